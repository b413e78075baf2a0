"""Team work: who has a claim open (advisory presence) and the change feed colleagues' desks refresh from.

Revision ID: 0007
Revises: 0006
"""

from alembic import op  # noqa: F401  (filled in by the issue's work this session)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
