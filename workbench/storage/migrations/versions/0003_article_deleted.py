"""Articles can be deleted and restored: a `deleted` flag on article (its claims are deleted with it).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch (copy-and-rename) of article would cascade-delete every claim.
    op.add_column("article", sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("article", "deleted")  # SQLite 3.35+ drops a column in place
