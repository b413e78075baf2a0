"""Claim search index: the index form of every live claim (FTS5 on SQLite, tsvector on PostgreSQL), filled.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from workbench.matching.index import entry_for, index_for

    conn = op.get_bind()
    index = index_for(conn)
    if not hasattr(index, "create"):
        return  # a database with no index implementation matches nothing, and needs no table
    index.create(conn)
    rows = conn.exec_driver_sql("SELECT id, text, source_title FROM claim WHERE NOT deleted ORDER BY id")
    index.add(conn, (entry_for(i, body, title) for i, body, title in rows.fetchall()), fresh=True)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        from workbench.matching.fts5 import DROP_STATEMENTS
    elif dialect == "postgresql":
        from workbench.matching.postgres_index import DROP_STATEMENTS
    else:
        return
    for statement in DROP_STATEMENTS:
        op.get_bind().exec_driver_sql(statement)
