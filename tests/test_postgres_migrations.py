"""Every migration runs on PostgreSQL: each revision, holding data, upgrades to head with the data intact,
every downgrade runs, and a new database at head equals the models."""

import json
from datetime import date, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import JSON, Boolean, Date, DateTime, MetaData, select, text

from tests.test_migrations import ROWS, all_revisions
from workbench.storage import migrate
from workbench.storage.database import connect
from workbench.storage.models import Base

SEARCH_INDEX = ("claim_search", "ix_claim_search_document")  # made by migration 0002, no model


def typed(column, value):
    """A ROWS value (written for SQLite) as PostgreSQL's driver wants it for this column."""
    if value is None:
        return None
    kind = type(column.type)
    if issubclass(kind, Boolean):
        return bool(value)
    if issubclass(kind, DateTime):
        return datetime.fromisoformat(value)
    if issubclass(kind, Date):
        return date.fromisoformat(value)
    if issubclass(kind, JSON):
        return json.loads(value)
    return value


def fill(db) -> dict[str, list[dict]]:
    """Insert the representative rows, each with the columns its table has at this revision."""
    inserted = {}
    with db.engine.begin() as conn:
        reflected = MetaData()
        reflected.reflect(conn)
        for name in [t.name for t in Base.metadata.sorted_tables if t.name in reflected.tables]:
            table = reflected.tables[name]
            rows = [{k: typed(table.c[k], v) for k, v in row.items() if k in table.c} for row in ROWS.get(name, [])]
            if rows:
                conn.execute(table.insert(), rows)
            inserted[name] = rows
    return inserted


def read_back(db, inserted: dict[str, list[dict]]) -> dict[str, list[dict]]:
    with db.engine.connect() as conn:
        reflected = MetaData()
        reflected.reflect(conn)
        found = {}
        for name, rows in inserted.items():
            table = reflected.tables[name]
            columns = [table.c[c] for c in (rows[0] if rows else ["id"])]
            found[name] = [dict(r._mapping) for r in conn.execute(select(*columns).order_by(table.c.id))]
        return found


@pytest.mark.parametrize("revision", all_revisions())
def test_data_at_every_revision_survives_the_upgrade_to_head(empty_postgres_url, revision):
    db = connect(empty_postgres_url)
    try:
        migrate.upgrade(db, revision)
        inserted = fill(db)
        assert sum(len(rows) for rows in inserted.values()) >= 10
        migrate.upgrade(db, "head")
        assert migrate.current_revision(db) == migrate.head_revision()
        assert read_back(db, inserted) == inserted
        with db.engine.connect() as conn:
            triggers = set(conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
            indexed = set(conn.execute(text("SELECT rowid FROM claim_search")).scalars())
        assert "review_event_no_change" in triggers
        if revision == "0001":  # 0002 builds the claim search index from the claims already stored
            assert indexed == {1, 2}
    finally:
        db.close()


def test_every_downgrade_runs_and_the_schema_comes_back(empty_postgres_url):
    db = connect(empty_postgres_url)
    try:
        migrate.upgrade(db, "head")
        for revision in reversed(["base", *all_revisions()[:-1]]):
            with db.engine.begin() as conn:
                config = migrate.alembic_config()
                config.attributes["connection"] = conn
                command.downgrade(config, revision)
            assert migrate.current_revision(db) == (None if revision == "base" else revision)
        with db.engine.connect() as conn:
            left = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
            functions = conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'review_event_refuse'"))
            assert left <= {"alembic_version"} and functions.scalar() == 0
        migrate.upgrade(db, "head")
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.close()


def test_a_new_database_at_head_equals_the_models(empty_postgres_url):
    db = connect(empty_postgres_url)
    migrate.upgrade(db, "head")

    def include(obj, name, type_, reflected, compare_to):
        return not (reflected and compare_to is None and name in SEARCH_INDEX)

    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include})
            differences = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert differences == []
