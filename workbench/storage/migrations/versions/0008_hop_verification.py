"""Chain verification: each hop's state (found / not found / no source) and its evidence.

Revision ID: 0008
Revises: 0007
"""

from alembic import op  # noqa: F401  (filled in by the issue's work this session)

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
