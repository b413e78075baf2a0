"""Review history made tamper-evident: a hash chain over events, and REPLACE refused on the history.

Each event gets the previous event's hash and its own (workbench.storage.history_chain), computed here for
the events already stored. A BEFORE INSERT trigger refuses an insert onto an existing event's id, which
SQLite's INSERT OR REPLACE would otherwise turn into a silent delete and insert (the delete trigger does not
fire for REPLACE).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SQLITE_NO_REPLACE = (
    "CREATE TRIGGER review_event_no_replace BEFORE INSERT ON review_event "
    "WHEN EXISTS (SELECT 1 FROM review_event WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'review history is append-only: that event exists'); END"
)
_SQLITE_NO_UPDATE = (
    "CREATE TRIGGER review_event_no_update BEFORE UPDATE ON review_event "
    "BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END"
)
_POSTGRES_NO_REPLACE = (
    "CREATE FUNCTION review_event_refuse_replace() RETURNS trigger AS $$ BEGIN "
    "IF EXISTS (SELECT 1 FROM review_event WHERE id = NEW.id) THEN "
    "RAISE EXCEPTION 'review history is append-only: that event exists' "
    "USING ERRCODE = 'integrity_constraint_violation'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER review_event_no_replace BEFORE INSERT ON review_event "
    "FOR EACH ROW EXECUTE FUNCTION review_event_refuse_replace()",
)
_BATCH = 2000


def _events_table() -> sa.Table:
    return sa.table(
        "review_event", sa.column("id", sa.Integer), sa.column("claim_id", sa.Integer),
        sa.column("article_id", sa.Integer), sa.column("entity", sa.String), sa.column("entity_id", sa.Integer),
        sa.column("field", sa.String), sa.column("old_value", sa.Text), sa.column("new_value", sa.Text),
        sa.column("note", sa.Text), sa.column("reviewer_id", sa.Integer), sa.column("session_id", sa.Integer),
        sa.column("created_at", sa.DateTime), sa.column("prev_hash", sa.String), sa.column("event_hash", sa.String),
    )


def _backfill(conn) -> None:
    """Chain the events already stored, oldest first (the app itself refuses updates: its trigger is off)."""
    from workbench.storage.history_chain import CHAINED_FIELDS, GENESIS, event_hash

    events = _events_table()
    columns = [events.c.id, *(events.c[name] for name in CHAINED_FIELDS)]
    rows = conn.execute(sa.select(*columns).order_by(events.c.id)).mappings().all()
    update = (sa.update(events).where(events.c.id == sa.bindparam("event_id"))
              .values(prev_hash=sa.bindparam("prev"), event_hash=sa.bindparam("own")))
    previous, batch = GENESIS, []
    for row in rows:
        own = event_hash(previous, row)
        batch.append({"event_id": row["id"], "prev": previous, "own": own})
        previous = own
        if len(batch) == _BATCH:
            conn.execute(update, batch)
            batch = []
    if batch:
        conn.execute(update, batch)


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    # Plain ALTER TABLE (no batch copy of the table, which would drop its triggers on SQLite).
    op.add_column("review_event", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("review_event", sa.Column("event_hash", sa.String(length=64), nullable=True))
    if dialect == "sqlite":
        op.execute("DROP TRIGGER review_event_no_update")
        _backfill(conn)
        op.execute(_SQLITE_NO_UPDATE)
        op.execute(_SQLITE_NO_REPLACE)
    elif dialect == "postgresql":
        op.execute("ALTER TABLE review_event DISABLE TRIGGER review_event_no_change")
        _backfill(conn)
        op.execute("ALTER TABLE review_event ENABLE TRIGGER review_event_no_change")
        for statement in _POSTGRES_NO_REPLACE:
            op.execute(statement)
    else:
        _backfill(conn)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER review_event_no_replace")
        for name in ("event_hash", "prev_hash"):  # SQLite 3.35+: no copy of the table, its triggers stay
            op.execute(f"ALTER TABLE review_event DROP COLUMN {name}")
        return
    if dialect == "postgresql":
        op.execute("DROP TRIGGER review_event_no_replace ON review_event")
        op.execute("DROP FUNCTION review_event_refuse_replace")
    op.drop_column("review_event", "event_hash")
    op.drop_column("review_event", "prev_hash")
