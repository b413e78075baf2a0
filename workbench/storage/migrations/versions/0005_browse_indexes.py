"""Claims browser indexes: a covering index for filtering and paging claims, and hops by source then claim.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Newest article first, each in reading order: a page or a count of claims reads this index alone.
    op.create_index("ix_claim_browse", "claim", [sa.text("article_id DESC"), "start", "id", "deleted",
                                                  "claim_verdict", "attribution_verdict", "language"])
    op.create_index("ix_hop_source_claim", "attribution_hop", ["source_id", "claim_id"])


def downgrade() -> None:
    op.drop_index("ix_hop_source_claim", table_name="attribution_hop")
    op.drop_index("ix_claim_browse", table_name="claim")
