"""Building report models from the database: the article, outlet and session reports."""

from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import aliased

from workbench.enums import AttributionVerdict, LinkStatus
from workbench.errors import InvalidValue, NotFound
from workbench.reports.model import (
    CLAIM_VERDICTS,
    ArticleReport,
    ChainLink,
    ClaimEntry,
    MatchEntry,
    OutletClaim,
    OutletReport,
    OutletRow,
    ReportHeader,
    SessionEvent,
    SessionReport,
    direction_of,
)
from workbench.reports.names import OutletNaming, outlet_naming, report_language
from workbench.reports.safety import reveal_controls
from workbench.reports.stream import ClaimStream, HistoryStream, ReportedIds, claim_records, reported_ids
from workbench.reports.tally import ArticleTally, counts
from workbench.reports.verification import outlet_checks, with_verification
from workbench.storage.models import Alias, Article, AttributionHop, Claim, ClaimLink, Outlet, Source
from workbench.text.normalize import comparison_key
from workbench.usecases.articles import get_article
from workbench.usecases.history import session_history
from workbench.usecases.id_chunks import id_chunks
from workbench.usecases.records import ClaimRecord
from workbench.usecases.sessions import session_summary

OUTLET_SORTS = ("claims", "disputed", "misattributions", "name")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def article_report(db, article_id: int, *, claim_ids: Collection[int] | None = None) -> ArticleReport:
    """The full attribution report of one article; deleted claims are left out.

    With claim_ids (a selection in the claims browser) only those claims are reported, and the history keeps
    their events and the article's own. The summary and graph are counted here in one pass over the claims;
    the claims and the history are read again, a chunk at a time, whenever a renderer goes through them.
    """
    article = get_article(db, article_id)
    ids = reported_ids(db, article_id, claim_ids)
    title = reveal_controls(article.title)
    direction = _article_direction(article.language, title, _first_claim_text(db, ids))
    naming = outlet_naming(db, report_language(article.language, direction))
    tally = ArticleTally(naming.outlet(article.publisher), naming)
    for _start, chunk in ids.chunks():
        for record in claim_records(db, chunk):
            tally.add(record)
    claims = ClaimStream(db, ids, lambda first, records: _claim_entries(db, ids, naming, first, records))
    history = HistoryStream(db, article_id, ids, selection=claim_ids is not None)
    header = ReportHeader(
        article_id=article.id, title=title, publisher=naming.outlet(article.publisher), url=article.url,
        published_on=article.published_on.isoformat() if article.published_on else None,
        language=article.language, direction=direction, reviewers=history.reviewers, generated_at=_now(),
    )
    return ArticleReport(header, tally.summary(), tally.graph(), claims, history)


def _first_claim_text(db, ids: ReportedIds) -> str | None:
    if not len(ids):
        return None
    with db.reading() as session:
        return session.scalar(select(Claim.text).where(Claim.id == ids.ordered[0]))


def _claim_entries(db, ids: ReportedIds, naming: OutletNaming, first: int,
                   records: list[ClaimRecord]) -> tuple[ClaimEntry, ...]:
    """One chunk of the report's claims, numbered from `first`, with their matches and verification."""
    matches = _confirmed_matches(db, [c.id for c in records], reported=ids)
    return with_verification(db, tuple(_claim_entry(n, c, matches.get(c.id, ()), naming)
                                       for n, c in enumerate(records, start=first)))


def _article_direction(language: str, title: str, first_claim: str | None) -> str:
    if language in ("ar", "fa", "ur", "he"):
        return "rtl"
    if language in ("und", ""):
        return direction_of(reveal_controls(first_claim) if first_claim is not None else title)
    return "ltr"


def _link(hop, naming: OutletNaming) -> ChainLink:
    return ChainLink(naming.label(hop.source), hop.source.kind, hop.confirmed,
                     outlet=reveal_controls(hop.source.outlet_name) or None)


def _claim_entry(number: int, claim: ClaimRecord, matches: tuple[MatchEntry, ...],
                 naming: OutletNaming) -> ClaimEntry:
    return ClaimEntry(
        number=number, claim_id=claim.id, text=reveal_controls(claim.text), cue=reveal_controls(claim.cue) or None,
        chain=tuple(_link(h, naming) for h in claim.chain), claim_verdict=claim.claim_verdict,
        attribution_verdict=claim.attribution_verdict, note=reveal_controls(claim.note),
        evidence=tuple(reveal_controls(e) for e in claim.evidence), matches=matches,
    )


def _percent(similarity: float) -> float:
    # Matching may store a fraction (0..1) or a score (0..100); reports always say percent.
    return round(similarity * 100 if similarity <= 1.0 else similarity, 1)


def _confirmed_matches(db, claim_ids: list[int], *, reported: ReportedIds) -> dict[int, tuple[MatchEntry, ...]]:
    """For each claim, its confirmed matches, whichever side of the link it is on."""
    other = aliased(Claim)
    found: dict[int, list[tuple[float, int, MatchEntry]]] = {}
    with db.reading() as session:
        for chunk in id_chunks(claim_ids):
            query = (
                select(ClaimLink.id, ClaimLink.claim_id, ClaimLink.matched_claim_id, ClaimLink.similarity, other,
                       Article.title)
                .join(other, other.id == case((ClaimLink.claim_id.in_(chunk), ClaimLink.matched_claim_id),
                                              else_=ClaimLink.claim_id))
                .outerjoin(Article, Article.id == other.article_id)
                .where(ClaimLink.status == LinkStatus.CONFIRMED.value,
                       or_(ClaimLink.claim_id.in_(chunk), ClaimLink.matched_claim_id.in_(chunk)))
            )
            in_chunk = set(chunk)
            for link_id, left, right, similarity, match, article_title in session.execute(query):
                if reported.number(left) is not None and left not in in_chunk:
                    continue  # a link between two reported claims belongs to its left one, met in another chunk
                mine = left if left in in_chunk else right
                found.setdefault(mine, []).append((-similarity, link_id, MatchEntry(
                    match.id, reveal_controls(match.text), reveal_controls(article_title or match.source_title),
                    _percent(similarity), match.claim_verdict, match.attribution_verdict)))
    return {k: tuple(entry for *_, entry in sorted(v, key=lambda item: item[:2])) for k, v in found.items()}


def outlet_report(db, *, outlet: str | None = None, sort_by: str = "claims") -> OutletReport:
    """Every outlet named in a chain, with its claims by verdict; with `outlet`, also that outlet's claims.

    One GROUP BY over hops ⋈ claims does the counting in the database, so 100,000 claims stay fast.
    """
    if sort_by not in OUTLET_SORTS:
        raise InvalidValue(f"cannot sort outlets by {sort_by!r}; use one of: {', '.join(OUTLET_SORTS)}")
    misattributed = AttributionVerdict.MISATTRIBUTED.value
    # One row per (outlet, claim) first, so an outlet named twice in one chain counts the claim once.
    per_claim = (
        select(Source.outlet_id.label("outlet_id"), Claim.claim_verdict.label("verdict"),
               Claim.attribution_verdict.label("attribution"))
        .select_from(AttributionHop)
        .join(Source, Source.id == AttributionHop.source_id)
        .join(Claim, Claim.id == AttributionHop.claim_id)
        .where(Source.outlet_id.is_not(None), Claim.deleted.is_(False))
        .group_by(Source.outlet_id, Claim.id)
        .subquery()
    )
    query = (
        select(Outlet.id, Outlet.name, Outlet.kind, per_claim.c.verdict, func.count(),
               func.sum(case((per_claim.c.attribution == misattributed, 1), else_=0)))
        .join(per_claim, per_claim.c.outlet_id == Outlet.id)
        .group_by(Outlet.id, per_claim.c.verdict)
    )
    with db.reading() as session:
        grouped: dict[int, dict] = {}
        for outlet_id, name, kind, verdict, count, misattributions in session.execute(query):
            row = grouped.setdefault(outlet_id, {"name": name, "kind": kind, "verdicts": Counter(), "mis": 0})
            row["verdicts"][verdict] += count
            row["mis"] += misattributions or 0
        chosen_id = _find_outlet(session, outlet) if outlet else None
        checks = outlet_checks(session)
    rows = [OutletRow(i, reveal_controls(r["name"]), r["kind"], sum(r["verdicts"].values()),
                      counts(CLAIM_VERDICTS, r["verdicts"]), r["mis"], *checks.get(i, (0, 0, 0)))
            for i, r in grouped.items()]
    rows.sort(key=_SORT_KEYS[sort_by])
    if chosen_id is None:
        return OutletReport(_now(), sort_by, tuple(rows))
    chosen = next((r for r in rows if r.outlet_id == chosen_id), None)
    return OutletReport(_now(), sort_by, tuple(rows), chosen, _outlet_claims(db, chosen_id))


_SORT_KEYS = {
    "claims": lambda r: (-r.claims, r.name.casefold()),
    "disputed": lambda r: (-r.disputed_share, -r.claims, r.name.casefold()),
    "misattributions": lambda r: (-r.misattributions, -r.claims, r.name.casefold()),
    "name": lambda r: r.name.casefold(),
}


def _find_outlet(session, name: str) -> int:
    """The outlet by its name or any alias, in any script or spelling the catalog knows."""
    outlet_id = session.scalar(select(Outlet.id).where(func.lower(Outlet.name) == name.strip().lower()))
    if outlet_id is None:
        outlet_id = session.scalar(select(Alias.outlet_id).where(Alias.key == comparison_key(name),
                                                                 Alias.outlet_id.is_not(None)))
    if outlet_id is None:
        raise NotFound(f"no outlet named {name!r}; `python main.py outlets` lists them")
    return outlet_id


def _outlet_claims(db, outlet_id: int) -> tuple[OutletClaim, ...]:
    """The claims whose chain names the outlet, article by article in reading order, with their chains."""
    hop_claims = (
        select(AttributionHop.claim_id).join(Source, Source.id == AttributionHop.source_id)
        .where(Source.outlet_id == outlet_id)
    )
    query = (
        select(Claim.id, Claim.article_id, Article.title, Claim.text, Claim.claim_verdict, Claim.attribution_verdict)
        .outerjoin(Article, Article.id == Claim.article_id)
        .where(Claim.id.in_(hop_claims), Claim.deleted.is_(False))
        .order_by(Claim.article_id, Claim.start, Claim.id)
    )
    chains_query = (
        select(AttributionHop.claim_id, Source.kind, Source.name, Source.role, Outlet.name)
        .join(Source, Source.id == AttributionHop.source_id).outerjoin(Outlet, Outlet.id == Source.outlet_id)
        .where(AttributionHop.claim_id.in_(hop_claims))
        .order_by(AttributionHop.claim_id, AttributionHop.position)
    )
    with db.reading() as session:
        chains: dict[int, list[str]] = {}
        for claim_id, _kind, name, role, outlet_name in session.execute(chains_query):
            label = outlet_name or " — ".join(p for p in (name, role) if p) or "(unnamed)"
            chains.setdefault(claim_id, []).append(reveal_controls(label))
        return tuple(
            OutletClaim(cid, aid, reveal_controls(title), reveal_controls(text), tuple(chains.get(cid, ())), cv, av)
            for cid, aid, title, text, cv, av in session.execute(query)
        )


def session_report(db, session_id: int) -> SessionReport:
    """What one reviewer did in one session, edit by edit, with the claims they touched."""
    summary = session_summary(db, session_id)
    entries = session_history(db, session_id)
    claim_ids = {e.claim_id for e in entries if e.claim_id is not None}
    article_ids = {e.article_id for e in entries if e.article_id is not None}
    with db.reading() as session:
        claims = {i: text for chunk in id_chunks(claim_ids)
                  for i, text in session.execute(select(Claim.id, Claim.text).where(Claim.id.in_(chunk)))}
        articles = {i: title for chunk in id_chunks(article_ids)
                    for i, title in session.execute(select(Article.id, Article.title).where(Article.id.in_(chunk)))}
    events = tuple(
        SessionEvent(e.created_at, reveal_controls(articles.get(e.article_id)), e.claim_id,
                     reveal_controls(claims.get(e.claim_id)), e.field, reveal_controls(e.old_value),
                     reveal_controls(e.new_value), reveal_controls(e.note))
        for e in entries
    )
    return SessionReport(replace(summary, reviewer=reveal_controls(summary.reviewer)), _now(), events)
