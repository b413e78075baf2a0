"""Matches between claims, and the reviewer's links: find, suggest, confirm or reject, and clusters.

Similarities are percentages from the calibrated matcher. A link's pair is unordered: a decision on
A↔B holds whichever claim was under review. Confirmed links group claims into clusters transitively.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from workbench.enums import LinkStatus, parse_enum
from workbench.errors import NotFound
from workbench.matching.matcher import rank
from workbench.matching.settings import MatchSettings
from workbench.matching.terms import word_count
from workbench.matching.upkeep import install_index_upkeep
from workbench.settings import load_settings
from workbench.storage.models import Article, Claim, ClaimLink, Outlet, utcnow
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor

install_index_upkeep()
_OVERFETCH = 3
# The statements every match runs, built once with their ids bound at execution: building a select with
# IN, OR and joins cost about a millisecond per match, more than running it.
_IDS = bindparam("ids", expanding=True)
# What a MatchRecord shows of a stored claim (read as columns, by name, as the ORM object would give them).
_MATCH_ROWS = (
    select(Claim.id, Claim.external_ref, Claim.text, Claim.claim_verdict, Claim.attribution_verdict, Claim.article_id,
           Claim.language, Claim.source_url, Claim.claim_date, Claim.source_title, Article.title, Outlet.name)
    .outerjoin(Article, Article.id == Claim.article_id).outerjoin(Outlet, Outlet.id == Article.publisher_id)
    .where(Claim.id.in_(_IDS))
)
_CONFIRMED_AMONG = select(ClaimLink.claim_id, ClaimLink.matched_claim_id).where(
    ClaimLink.status == LinkStatus.CONFIRMED.value, or_(ClaimLink.claim_id.in_(_IDS), ClaimLink.matched_claim_id.in_(_IDS)))


@lru_cache(maxsize=8)
def _eligible_statement(*, other_claim: bool, other_article: bool, language: bool):
    """Live claims among :ids, and with these: not :claim, not of :article, in :languages."""
    query = select(Claim.id).where(Claim.id.in_(_IDS), Claim.deleted.is_(False))
    if other_claim:
        query = query.where(Claim.id != bindparam("claim"))
    if other_article:
        query = query.where(or_(Claim.article_id.is_(None), Claim.article_id != bindparam("article")))
    if language:
        query = query.where(Claim.language.in_(bindparam("languages", expanding=True)))
    return query


def _desk_or(settings: MatchSettings | None) -> MatchSettings:
    """The settings given, else the desk's saved thresholds (Settings), so the GUI and CLI level matches alike."""
    return settings or MatchSettings.from_desk(load_settings())


@dataclass(frozen=True)
class MatchRecord:
    """A stored claim matching a text or claim, with how it was judged and any link decision on it."""

    claim_id: int
    external_ref: str | None
    text: str
    similarity: float
    level: str | None  # "likely_same", "suggested", or None when under the suggested threshold
    claim_verdict: str
    attribution_verdict: str
    article_id: int | None
    article_title: str | None
    outlet: str | None
    link_id: int | None = None
    link_status: str | None = None
    cluster_verdicts: tuple[str, ...] = ()
    cluster_size: int = 1
    language: str = "und"  # the stored claim's: a match may be in another language than the text
    source_url: str | None = None  # the fact-check's address, for archive claims
    claim_date: str | None = None
    source_title: str | None = None


@dataclass(frozen=True)
class LinkRecord:
    id: int
    claim_id: int
    matched_claim_id: int
    similarity: float
    status: str
    decided_by: int | None
    decided_at: datetime | None


@dataclass(frozen=True)
class ClusterMember:
    claim_id: int
    external_ref: str | None
    text: str
    claim_verdict: str
    attribution_verdict: str


@dataclass(frozen=True)
class ClusterRecord:
    """The claims confirmed to be one claim; `verdicts` are the distinct reviewed verdicts among them."""

    claim_id: int
    members: tuple[ClusterMember, ...]
    verdicts: tuple[str, ...]


def _cluster_ids(session: Session, claim_id: int) -> set[int]:
    seen, frontier = {claim_id}, [claim_id]
    while frontier:
        rows = session.execute(
            select(ClaimLink.claim_id, ClaimLink.matched_claim_id).where(
                ClaimLink.status == LinkStatus.CONFIRMED.value,
                or_(ClaimLink.claim_id.in_(frontier), ClaimLink.matched_claim_id.in_(frontier)),
            )
        )
        frontier = [i for pair in rows for i in pair if i not in seen]
        seen.update(frontier)
    return seen


def _confirmed_among(session: Session, ids: list[int]) -> set[int]:
    """Which of ids have any confirmed link (the others are clusters of one)."""
    if not ids:
        return set()
    rows = session.connection().execute(_CONFIRMED_AMONG, {"ids": ids})
    return {i for pair in rows for i in pair} & set(ids)


def _cluster_verdicts(session: Session, ids: Iterable[int]) -> tuple[str, ...]:
    verdicts = session.scalars(select(Claim.claim_verdict).where(Claim.id.in_(list(ids)), Claim.deleted.is_(False)))
    return tuple(sorted({v for v in verdicts if v != "unreviewed"}))


def _link_between(session: Session, a: int, b: int) -> ClaimLink | None:
    return session.scalars(select(ClaimLink).where(or_(
        (ClaimLink.claim_id == a) & (ClaimLink.matched_claim_id == b),
        (ClaimLink.claim_id == b) & (ClaimLink.matched_claim_id == a),
    ))).first()


def _matches(session: Session, text: str, *, top: int, settings: MatchSettings, language: str | None,
             exclude_article_id: int | None, exclude_claim_id: int | None, min_similarity: float | None,
             link_claim_id: int | None = None) -> list[MatchRecord]:
    settings = _desk_or(settings)
    floor = settings.suggested_threshold if min_similarity is None else min_similarity

    def eligible(claim_ids: list[int]) -> list[int]:
        # Before scoring: the claim itself or its own article's claims ranked first would make every real
        # match look second best, and the calibration was fitted on pools without them.
        query = _eligible_statement(other_claim=exclude_claim_id is not None,
                                    other_article=exclude_article_id is not None, language=bool(language))
        return conn.execute(query, {"ids": claim_ids, "claim": exclude_claim_id, "article": exclude_article_id,
                                    "languages": [language, "und"]}).scalars().all()

    conn = session.connection()  # Core, not ORM, on the hot path: plain rows, no objects to build
    scored = [s for s in rank(conn, text, settings=settings, among=eligible) if s.similarity >= floor]
    scored = scored[: top * _OVERFETCH + 10]
    if not scored:
        return []
    rows = conn.execute(_MATCH_ROWS, {"ids": [s.claim_id for s in scored]})  # all eligible: live, in this read
    found = {row[0]: (row, row[-2], row[-1]) for row in rows}
    query_short = word_count(text) < settings.short_claim_words
    linked = _confirmed_among(session, list(found))
    out = []
    for s in scored:
        claim, title, outlet = found[s.claim_id]
        short = query_short or word_count(claim.text) < settings.short_claim_words
        link = _link_between(session, link_claim_id, claim.id) if link_claim_id is not None else None
        if claim.id in linked:
            cluster = _cluster_ids(session, claim.id)
            verdicts = _cluster_verdicts(session, cluster)
        else:
            cluster, verdicts = {claim.id}, tuple(v for v in [claim.claim_verdict] if v != "unreviewed")
        out.append(MatchRecord(
            claim.id, claim.external_ref, claim.text, round(s.similarity, 1), settings.level(s.similarity, short=short),
            claim.claim_verdict, claim.attribution_verdict, claim.article_id, title, outlet,
            link.id if link else None, link.status if link else None, verdicts, len(cluster),
            claim.language, claim.source_url, claim.claim_date, claim.source_title,
        ))
        if len(out) >= top:
            break
    return out


def find_matches(db, text: str, *, top: int = 10, language: str | None = None, exclude_article_id: int | None = None,
                 min_similarity: float | None = None, settings: MatchSettings | None = None) -> list[MatchRecord]:
    """Stored claims that text repeats, most similar first (by default only those at least "suggested")."""
    with db.reading() as session:
        return _matches(session, text, top=top, settings=_desk_or(settings), language=language,
                        exclude_article_id=exclude_article_id, exclude_claim_id=None, min_similarity=min_similarity)


def matches_for_claim(db, claim_id: int, *, top: int = 10, actor: Actor | None = None,
                      settings: MatchSettings | None = None) -> list[MatchRecord]:
    """A stored claim's matches among all other claims (not its own article); stores them as suggested links.

    A link a reviewer already confirmed or rejected keeps its decision; only its similarity is refreshed.
    """
    settings = _desk_or(settings)
    # Ranking only reads, and it encodes the claim's text (the encoder's first load takes seconds): it runs
    # before the write transaction, which only stores the links.
    with db.reading() as session:
        text = _live_claim(session, claim_id).text
        matches = _claim_matches(session, claim_id, top=top, settings=settings)
    with db.writing() as session:
        claim = _live_claim(session, claim_id)
        if claim.text != text:  # edited in between: rank its new text (the encoder is loaded by now)
            matches = _claim_matches(session, claim_id, top=top, settings=settings)
        out = []
        for match in matches:
            link = _link_between(session, claim.id, match.claim_id)
            if link is None:
                link = ClaimLink(claim_id=claim.id, matched_claim_id=match.claim_id, similarity=match.similarity,
                                 status=LinkStatus.SUGGESTED.value)
                session.add(link)
                session.flush()
            else:
                link.similarity = match.similarity
            out.append(_with_link(match, link))
        return out


def _live_claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None or claim.deleted:
        raise NotFound(f"no claim {claim_id}")
    return claim


def _claim_matches(session: Session, claim_id: int, *, top: int, settings: MatchSettings) -> list[MatchRecord]:
    claim = _live_claim(session, claim_id)
    return _matches(session, claim.text, top=top, settings=settings, language=None,
                    exclude_article_id=claim.article_id, exclude_claim_id=claim.id, min_similarity=None)


def _with_link(match: MatchRecord, link: ClaimLink) -> MatchRecord:
    from dataclasses import replace

    return replace(match, link_id=link.id, link_status=link.status)


def _link_record(link: ClaimLink) -> LinkRecord:
    return LinkRecord(link.id, link.claim_id, link.matched_claim_id, link.similarity, link.status, link.decided_by,
                      link.decided_at)


def decide_link(db, link_id: int, status: str, *, actor: Actor | None = None) -> LinkRecord:
    """Confirm, reject, or put back to suggested one link; the change is appended to the review history."""
    new = parse_enum(LinkStatus, status).value
    actor = actor or Actor()
    with db.writing() as session:
        link = session.get(ClaimLink, link_id)
        if link is None:
            raise NotFound(f"no link {link_id}")
        if link.status != new:
            claim = session.get(Claim, link.claim_id)
            record_event(session, entity="link", field="status", old=link.status, new=new, actor=actor, claim=claim,
                         entity_id=link.id, note=f"claim {link.claim_id} ↔ claim {link.matched_claim_id}")
            link.status = new
            link.decided_by = actor.reviewer_id
            link.decided_at = utcnow() if new != LinkStatus.SUGGESTED.value else None
        return _link_record(link)


def cluster_of(db, claim_id: int) -> ClusterRecord:
    """The claims confirmed to be the same as this one (itself included), and their verdicts."""
    with db.reading() as session:
        if session.get(Claim, claim_id) is None:
            raise NotFound(f"no claim {claim_id}")
        ids = _cluster_ids(session, claim_id)
        claims = session.scalars(select(Claim).where(Claim.id.in_(ids), Claim.deleted.is_(False)).order_by(Claim.id))
        members = tuple(ClusterMember(c.id, c.external_ref, c.text, c.claim_verdict, c.attribution_verdict)
                        for c in claims)
        return ClusterRecord(claim_id, members, _cluster_verdicts(session, ids))


def top_matches_for_claims(db, claim_ids: Iterable[int], *, top: int = 3,
                           settings: MatchSettings | None = None) -> dict[int, list[MatchRecord]]:
    """Each claim's best matches outside its own article (read-only; for `import --json` and summaries)."""
    settings = _desk_or(settings)
    out: dict[int, list[MatchRecord]] = {}
    with db.reading() as session:
        for claim_id in claim_ids:
            claim = session.get(Claim, claim_id)
            if claim is None or claim.deleted:
                out[claim_id] = []
                continue
            out[claim_id] = _matches(session, claim.text, top=top, settings=settings, language=None,
                                     exclude_article_id=claim.article_id, exclude_claim_id=claim.id,
                                     min_similarity=None, link_claim_id=claim.id)
    return out
