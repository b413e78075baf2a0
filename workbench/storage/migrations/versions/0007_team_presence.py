"""Team work: who has a claim open (advisory presence) and the change feed colleagues' desks refresh from.

The change feed is the review history itself (every change writes an event); on PostgreSQL a statement
trigger on it sends NOTIFY isnad_changes, so open desks learn of a commit without polling the table.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NOTIFY_FUNCTION = (
    "CREATE FUNCTION isnad_notify_changes() RETURNS trigger AS $$ BEGIN "
    "PERFORM pg_notify('isnad_changes', ''); RETURN NULL; END $$ LANGUAGE plpgsql"
)
NOTIFY_TRIGGER = (
    "CREATE TRIGGER review_event_notify AFTER INSERT ON review_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION isnad_notify_changes()"
)


def upgrade() -> None:
    op.create_table(
        "reviewer_presence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["reviewer_id"], ["reviewer.id"],
                                name=op.f("fk_reviewer_presence_reviewer_id_reviewer"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_reviewer_presence_claim_id_claim"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewer_presence")),
        sa.UniqueConstraint("reviewer_id", name=op.f("uq_reviewer_presence_reviewer_id")),
    )
    op.create_index(op.f("ix_reviewer_presence_claim_id"), "reviewer_presence", ["claim_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(NOTIFY_FUNCTION)
        op.execute(NOTIFY_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER review_event_notify ON review_event")
        op.execute("DROP FUNCTION isnad_notify_changes()")
    op.drop_index(op.f("ix_reviewer_presence_claim_id"), table_name="reviewer_presence")
    op.drop_table("reviewer_presence")
