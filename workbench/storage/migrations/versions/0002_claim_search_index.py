"""Claim search index: an FTS5 table of every live claim's index form (SQLite only), filled from the claims.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # other databases get their own index implementation
    from workbench.matching.fts5 import Fts5ClaimIndex
    from workbench.matching.index import entry_for

    index = Fts5ClaimIndex()
    index.create(conn)
    rows = conn.exec_driver_sql("SELECT id, text, source_title FROM claim WHERE deleted = 0 ORDER BY id")
    index.add(conn, (entry_for(i, body, title) for i, body, title in rows.fetchall()), fresh=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    from workbench.matching.fts5 import DROP_STATEMENTS

    for statement in DROP_STATEMENTS:
        conn.exec_driver_sql(statement)
