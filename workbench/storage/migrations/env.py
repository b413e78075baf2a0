"""Alembic environment: runs migrations on the connection Isnad hands over (never from an ini file)."""

from alembic import context

from workbench.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Isnad runs migrations through workbench.storage.migrate, with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
