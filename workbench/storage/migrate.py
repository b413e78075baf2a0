"""Schema migrations with Alembic: what revision a database is at, and upgrading it (after a backup)."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from workbench.errors import IsnadError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_known_revision(revision: str) -> bool:
    """Whether this Isnad's migrations include revision (a newer Isnad's are unknown to it)."""
    return revision in {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def newer_schema_message(revision: str) -> str:
    return (f"this database was made by a newer Isnad, revision {revision}; this one knows up to "
            f"{head_revision()}: update Isnad to open it (the file was left untouched)")


def current_revision(db) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db, revision: str = "head") -> None:
    """Run migrations up to revision on db's engine (in one transaction per migration)."""
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def upgrade_to_head(db) -> bool:
    """Bring db to the current schema. Returns True when the database was new (empty).

    The check and the upgrade run under one write lock (BEGIN IMMEDIATE): when two processes open a new
    database at once, one migrates and the other waits, then finds the schema at head.
    """
    head = head_revision()
    revision = current_revision(db)
    if revision == head:
        return False
    if revision is not None and not is_known_revision(revision):
        raise IsnadError(newer_schema_message(revision))  # before the write lock and any backup copy
    config = alembic_config()
    with db.engine.execution_options(isnad_write=True).begin() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        if revision == head:
            return False
        tables = set(inspect(conn).get_table_names())
        if revision is None and tables - {"alembic_version"}:
            raise IsnadError(f"{db.url} holds other tables and is not an Isnad database; choose another --db")
        if revision is not None:
            from workbench.storage.backups import backup_before_migration

            backup_before_migration(db, revision)
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return revision is None
