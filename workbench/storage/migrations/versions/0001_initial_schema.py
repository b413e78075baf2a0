"""Initial schema: catalog, articles, claims, chains, review history (append-only), links, sessions.

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 16:07:16.804222
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outlet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('domain', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlet')),
    sa.UniqueConstraint('name', name=op.f('uq_outlet_name'))
    )
    op.create_table('reviewer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviewer')),
    sa.UniqueConstraint('name', name=op.f('uq_reviewer_name'))
    )
    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('publisher_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=True),
    sa.Column('source_format', sa.String(length=16), nullable=False),
    sa.Column('boilerplate', sa.JSON(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['publisher_id'], ['outlet.id'], name=op.f('fk_article_publisher_id_outlet'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article')),
    sa.UniqueConstraint('sha256', name=op.f('uq_article_sha256'))
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_imported_at'), ['imported_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_publisher_id'), ['publisher_id'], unique=False)

    op.create_table('review_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['reviewer_id'], ['reviewer.id'], name=op.f('fk_review_session_reviewer_id_reviewer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_session'))
    )
    with op.batch_alter_table('review_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_session_reviewer_id'), ['reviewer_id'], unique=False)

    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('role', sa.String(length=300), nullable=True),
    sa.Column('affiliation', sa.String(length=300), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=600), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlet.id'], name=op.f('fk_source_outlet_id_outlet'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source')),
    sa.UniqueConstraint('outlet_id', name=op.f('uq_source_outlet_id'))
    )
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_key'), ['key'], unique=False)

    op.create_table('alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.CheckConstraint('(outlet_id IS NULL) <> (source_id IS NULL)', name=op.f('ck_alias_one_owner')),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlet.id'], name=op.f('fk_alias_outlet_id_outlet'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_alias_source_id_source'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alias')),
    sa.UniqueConstraint('key', name=op.f('uq_alias_key'))
    )
    with op.batch_alter_table('alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alias_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_alias_source_id'), ['source_id'], unique=False)

    op.create_table('claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('external_ref', sa.String(length=300), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('cue', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('claim_verdict', sa.String(length=16), nullable=False),
    sa.Column('attribution_verdict', sa.String(length=16), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('source_url', sa.String(length=2000), nullable=True),
    sa.Column('source_title', sa.String(length=1000), nullable=True),
    sa.Column('claim_date', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_claim_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim')),
    sa.UniqueConstraint('external_ref', name=op.f('uq_claim_external_ref'))
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index('ix_claim_article_start', ['article_id', 'start'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_claim_verdict'), ['claim_verdict'], unique=False)

    op.create_table('attribution_hop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('cue', sa.String(length=200), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('surface', sa.String(length=500), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_attribution_hop_claim_id_claim'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_attribution_hop_source_id_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attribution_hop'))
    )
    with op.batch_alter_table('attribution_hop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attribution_hop_source_id'), ['source_id'], unique=False)
        batch_op.create_index('ix_hop_claim_position', ['claim_id', 'position'], unique=False)

    op.create_table('claim_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('matched_claim_id', sa.Integer(), nullable=False),
    sa.Column('similarity', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_claim_link_claim_id_claim'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by'], ['reviewer.id'], name=op.f('fk_claim_link_decided_by_reviewer')),
    sa.ForeignKeyConstraint(['matched_claim_id'], ['claim.id'], name=op.f('fk_claim_link_matched_claim_id_claim'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_link')),
    sa.UniqueConstraint('claim_id', 'matched_claim_id', name='uq_claim_link_pair')
    )
    with op.batch_alter_table('claim_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_link_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_link_matched_claim_id'), ['matched_claim_id'], unique=False)

    op.create_table('review_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=16), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('reviewer_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_review_event_article_id_article')),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_review_event_claim_id_claim')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['reviewer.id'], name=op.f('fk_review_event_reviewer_id_reviewer')),
    sa.ForeignKeyConstraint(['session_id'], ['review_session.id'], name=op.f('fk_review_event_session_id_review_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_event'))
    )
    with op.batch_alter_table('review_event', schema=None) as batch_op:
        batch_op.create_index('ix_event_claim', ['claim_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_event_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_event_session_id'), ['session_id'], unique=False)



    _make_history_append_only()


# The review history is append-only: the database itself refuses to change or remove a row.
_SQLITE_TRIGGERS = [
    "CREATE TRIGGER review_event_no_update BEFORE UPDATE ON review_event "
    "BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END",
    "CREATE TRIGGER review_event_no_delete BEFORE DELETE ON review_event "
    "BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END",
]
_POSTGRES_TRIGGERS = [
    "CREATE FUNCTION review_event_refuse() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'review history is append-only' USING ERRCODE = 'integrity_constraint_violation'; "
    "END $$ LANGUAGE plpgsql",  # an integrity error, as SQLite's RAISE(ABORT) in a trigger is
    "CREATE TRIGGER review_event_no_change BEFORE UPDATE OR DELETE ON review_event "
    "FOR EACH ROW EXECUTE FUNCTION review_event_refuse()",
]


def _make_history_append_only() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRES_TRIGGERS}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER review_event_no_change ON review_event")
        op.execute("DROP FUNCTION review_event_refuse")
    with op.batch_alter_table('review_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_event_session_id'))
        batch_op.drop_index(batch_op.f('ix_review_event_article_id'))
        batch_op.drop_index('ix_event_claim')

    op.drop_table('review_event')
    with op.batch_alter_table('claim_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_link_matched_claim_id'))
        batch_op.drop_index(batch_op.f('ix_claim_link_claim_id'))

    op.drop_table('claim_link')
    with op.batch_alter_table('attribution_hop', schema=None) as batch_op:
        batch_op.drop_index('ix_hop_claim_position')
        batch_op.drop_index(batch_op.f('ix_attribution_hop_source_id'))

    op.drop_table('attribution_hop')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_claim_verdict'))
        batch_op.drop_index('ix_claim_article_start')

    op.drop_table('claim')
    with op.batch_alter_table('alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alias_source_id'))
        batch_op.drop_index(batch_op.f('ix_alias_outlet_id'))

    op.drop_table('alias')
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_key'))

    op.drop_table('source')
    with op.batch_alter_table('review_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_session_reviewer_id'))

    op.drop_table('review_session')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_publisher_id'))
        batch_op.drop_index(batch_op.f('ix_article_imported_at'))

    op.drop_table('article')
    op.drop_table('reviewer')
    op.drop_table('outlet')
