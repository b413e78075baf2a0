"""Storage: the ORM models, opening a database, migrations, and SQLite-specific pieces behind interfaces."""
