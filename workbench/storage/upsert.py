"""INSERT … ON CONFLICT for both stores: create-if-missing and replace-by-key in one statement."""

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert


def insert_for(session):
    """The dialect's insert() (with on_conflict_do_nothing / _do_update) for the database session writes to."""
    return postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
