"""Chain verification: each hop's state (found / not found / no source) and its evidence.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hop_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hop_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("articles_searched", sa.Integer(), nullable=False),
        sa.Column("misattributed", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["hop_id"], ["attribution_hop.id"], name=op.f("fk_hop_check_hop_id_attribution_hop"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_hop_check_claim_id_claim"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_hop_check_outlet_id_outlet"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hop_check")),
        sa.UniqueConstraint("hop_id", name=op.f("uq_hop_check_hop_id")),
    )
    op.create_index(op.f("ix_hop_check_claim_id"), "hop_check", ["claim_id"])
    op.create_index(op.f("ix_hop_check_outlet_id"), "hop_check", ["outlet_id"])
    op.create_table(
        "claim_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("suggestion", sa.String(length=16), nullable=True),
        sa.Column("possible_misattribution", sa.Boolean(), nullable=False),
        sa.Column("first_article_id", sa.Integer(), nullable=True),
        sa.Column("first_published_on", sa.Date(), nullable=True),
        sa.Column("changed", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], name=op.f("fk_claim_check_claim_id_claim"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["first_article_id"], ["article.id"],
                                name=op.f("fk_claim_check_first_article_id_article"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_check")),
        sa.UniqueConstraint("claim_id", name=op.f("uq_claim_check_claim_id")),
    )


def downgrade() -> None:
    op.drop_table("claim_check")
    op.drop_index(op.f("ix_hop_check_outlet_id"), table_name="hop_check")
    op.drop_index(op.f("ix_hop_check_claim_id"), table_name="hop_check")
    op.drop_table("hop_check")
