"""Review history made tamper-evident: a hash chain over events, and REPLACE refused on the history.

Revision ID: 0006
Revises: 0005
"""

from alembic import op  # noqa: F401  (filled in by the issue's work this session)

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
