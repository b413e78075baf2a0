"""The domain model as SQLAlchemy 2.x typed declarative tables; only use cases touch these objects."""

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from workbench.enums import AttributionVerdict, ClaimOrigin, ClaimVerdict, LinkStatus


def utcnow() -> datetime:
    """Now, in UTC, without tzinfo: every stored time is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


# Named constraints keep Alembic batch migrations on SQLite deterministic.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Outlet(Base):
    """A news organisation in the catalog; its aliases in any script point here."""

    __tablename__ = "outlet"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str | None] = mapped_column(String(8))
    domain: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    aliases: Mapped[list["Alias"]] = relationship(back_populates="outlet", cascade="all, delete-orphan",
                                                  order_by="Alias.id")  # as added, on every database


class Source(Base):
    """Who a claim is attributed to: an outlet, a person, an organization or an anonymous source."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(300))
    affiliation: Mapped[str | None] = mapped_column(String(300))
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlet.id", ondelete="CASCADE"), unique=True)
    # The comparison form of name + role, so extraction reuses one source for one person.
    key: Mapped[str] = mapped_column(String(600), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    outlet: Mapped[Outlet | None] = relationship()
    aliases: Mapped[list["Alias"]] = relationship(back_populates="source", cascade="all, delete-orphan",
                                                  order_by="Alias.id")


class Alias(Base):
    """One spelling of an outlet's or a source's name; its comparison form is unique across the catalog."""

    __tablename__ = "alias"
    __table_args__ = (
        CheckConstraint("(outlet_id IS NULL) <> (source_id IS NULL)", name="one_owner"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlet.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)
    outlet: Mapped[Outlet | None] = relationship(back_populates="aliases")
    source: Mapped[Source | None] = relationship(back_populates="aliases")


class Article(Base):
    """An imported article: its text exactly as imported, identified by the sha256 of that text."""

    __tablename__ = "article"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    publisher_id: Mapped[int | None] = mapped_column(ForeignKey("outlet.id", ondelete="SET NULL"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    published_on: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="und")
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str | None] = mapped_column(String(500))
    source_format: Mapped[str] = mapped_column(String(16), default="txt")
    # [[start, end], ...] of page furniture (captions, share lines): kept in the text, never claims.
    boilerplate: Mapped[list] = mapped_column(JSON, default=list)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    publisher: Mapped[Outlet | None] = relationship()
    # A deleted article is hidden everywhere with its claims, and kept so that undo can restore it exactly.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    claims: Mapped[list["Claim"]] = relationship(back_populates="article", order_by="Claim.start")


class Claim(Base):
    """A claim: from an article (with its span) or from the desk's archive (with its external id).

    `version` grows by one on every reviewer edit; an edit names the version it was based on,
    so a concurrent edit is detected instead of silently overwritten.
    """

    __tablename__ = "claim"
    __table_args__ = (Index("ix_claim_article_start", "article_id", "start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    external_ref: Mapped[str | None] = mapped_column(String(300), unique=True)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="und")
    cue: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    claim_verdict: Mapped[str] = mapped_column(String(16), default=ClaimVerdict.UNREVIEWED.value, index=True)
    attribution_verdict: Mapped[str] = mapped_column(String(16), default=AttributionVerdict.UNCHECKED.value)
    origin: Mapped[str] = mapped_column(String(16), default=ClaimOrigin.EXTRACTED.value)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    source_url: Mapped[str | None] = mapped_column(String(2000))
    source_title: Mapped[str | None] = mapped_column(String(1000))
    claim_date: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    article: Mapped[Article | None] = relationship(back_populates="claims")
    hops: Mapped[list["AttributionHop"]] = relationship(
        back_populates="claim", order_by="AttributionHop.position", cascade="all, delete-orphan"
    )
    # The database enforces the version too: every UPDATE of a claim says `WHERE version = <the one read>`,
    # so an edit based on a version another writer has replaced changes no row (StaleDataError) and is refused.
    # The use cases set the new version themselves (one per reviewer edit).
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012


# The claims browser pages and counts claims through this index alone (see workbench.usecases.browse).
Index("ix_claim_browse", Claim.article_id.desc(), Claim.start, Claim.id, Claim.deleted, Claim.claim_verdict,
      Claim.attribution_verdict, Claim.language)


class AttributionHop(Base):
    """One hop of a claim's chain; position 0 is the source the article cites, the last who said it first."""

    __tablename__ = "attribution_hop"
    __table_args__ = (Index("ix_hop_claim_position", "claim_id", "position"),
                      Index("ix_hop_source_claim", "source_id", "claim_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"), index=True)
    cue: Mapped[str | None] = mapped_column(String(200))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    surface: Mapped[str | None] = mapped_column(String(500))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    claim: Mapped[Claim] = relationship(back_populates="hops")
    source: Mapped[Source] = relationship()


class Reviewer(Base):
    __tablename__ = "reviewer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReviewSession(Base):
    __tablename__ = "review_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewer.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    reviewer: Mapped[Reviewer] = relationship()


class ReviewEvent(Base):
    """One change, append-only: the database refuses to update, delete or replace these rows."""

    __tablename__ = "review_event"
    __table_args__ = (Index("ix_event_claim", "claim_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id"), index=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewer.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("review_session.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The hash chain (workbench.storage.history_chain): the previous event's hash, and this one's over both.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    event_hash: Mapped[str | None] = mapped_column(String(64))


class ReviewerPresence(Base):
    """Which claim a reviewer's desk has open, and since when it last said so: advisory, nothing is locked."""

    __tablename__ = "reviewer_presence"
    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewer.id", ondelete="CASCADE"), unique=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ClaimLink(Base):
    """A match between a claim under review and a stored claim, and the reviewer's decision on it."""

    __tablename__ = "claim_link"
    __table_args__ = (UniqueConstraint("claim_id", "matched_claim_id", name="uq_claim_link_pair"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    matched_claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    similarity: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default=LinkStatus.SUGGESTED.value)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("reviewer.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ClaimVector(Base):
    """A claim's sentence vector from one encoder model, int8 (scaled to its largest component).

    Ids only grow (AUTOINCREMENT): a vector index keeps up by reading the rows after the last id it saw.
    """

    __tablename__ = "claim_vector"
    __table_args__ = ({"sqlite_autoincrement": True},)
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), unique=True)
    model: Mapped[str] = mapped_column(String(60))
    vector: Mapped[bytes] = mapped_column(LargeBinary)


class HopCheck(Base):
    """What verifying one hop found: its state, how many of its outlet's articles were searched, and the
    matching claims of those articles (article, claim, similarity, sentence, date, whom they credit)."""

    __tablename__ = "hop_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    hop_id: Mapped[int] = mapped_column(ForeignKey("attribution_hop.id", ondelete="CASCADE"), unique=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlet.id", ondelete="SET NULL"), index=True)
    state: Mapped[str] = mapped_column(String(16))  # workbench.verification.states.HopState
    articles_searched: Mapped[int] = mapped_column(Integer, default=0)
    # The best evidence's own chain credits another outlet than the rest of this claim's chain.
    misattributed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    checked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ClaimCheck(Base):
    """A claim's verification as a whole: the suggested attribution verdict, the misattribution flag, the
    earliest appearance, and whether a re-verification (a new article of a cited outlet) changed a hop's state."""

    __tablename__ = "claim_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), unique=True)
    suggestion: Mapped[str | None] = mapped_column(String(16))
    possible_misattribution: Mapped[bool] = mapped_column(Boolean, default=False)
    first_article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    first_published_on: Mapped[date | None] = mapped_column(Date)
    changed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    checked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
