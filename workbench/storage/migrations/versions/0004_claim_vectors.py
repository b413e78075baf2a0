"""Claim vectors: one int8 sentence vector per claim (filled by the background backfill, not here).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Encoding every stored claim takes minutes per 100k claims: the migration only makes the table,
    # and workbench.matching.vectors.backfill fills it while the claims stay matchable lexically.
    op.create_table(
        "claim_vector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=60), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_claim_vector_claim_id_claim"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_vector")),
        sa.UniqueConstraint("claim_id", name=op.f("uq_claim_vector_claim_id")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("claim_vector")
