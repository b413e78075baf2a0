"""Chain verification in reports: each hop's state and evidence for the article report, and per-outlet counts of
found / not found / misattributed hops for the outlet report (read from the stored checks, never recomputed)."""

from dataclasses import replace

from sqlalchemy import case, func, select

from workbench.reports.model import ChainLink, ClaimEntry, HopEvidence
from workbench.reports.safety import reveal_controls
from workbench.storage.models import Article, HopCheck, Outlet
from workbench.usecases.verification import stored_verifications
from workbench.verification.states import ClaimVerification, Evidence


def _articles(db, verifications: list[ClaimVerification]) -> dict[int, tuple[str | None, str | None]]:
    """article id → (url, publisher name) of every evidence article."""
    ids = {e.article_id for v in verifications for h in v.hops for e in h.evidence}
    if not ids:
        return {}
    with db.reading() as session:
        rows = session.execute(select(Article.id, Article.url, Outlet.name)
                               .outerjoin(Outlet, Outlet.id == Article.publisher_id).where(Article.id.in_(ids)))
        return {i: (url, name) for i, url, name in rows}


def _evidence(e: Evidence, articles) -> HopEvidence:
    url, publisher = articles.get(e.article_id, (None, None))
    return HopEvidence(e.article_id, e.claim_id, reveal_controls(e.article_title), url,
                       e.published_on.isoformat() if e.published_on else None, reveal_controls(publisher),
                       e.similarity, reveal_controls(e.sentence))


def with_verification(db, entries: tuple[ClaimEntry, ...]) -> tuple[ClaimEntry, ...]:
    """The entries with their chain's stored verification: state and evidence per hop, suggestion, first
    appearance. A claim never verified (or whose chain changed since) is left as it is."""
    verifications = stored_verifications(db, [e.claim_id for e in entries])
    articles = _articles(db, list(verifications.values()))
    out = []
    for entry in entries:
        v = verifications.get(entry.claim_id)
        if v is None or len(v.hops) != len(entry.chain):
            out.append(entry)
            continue
        chain = tuple(replace(link, state=hop.state.value, misattributed=hop.misattributed,
                              evidence=tuple(_evidence(e, articles) for e in hop.evidence))
                      for link, hop in zip(entry.chain, v.hops, strict=True))
        first = _evidence(v.first_appearance, articles) if v.first_appearance is not None else None
        out.append(replace(entry, chain=chain, suggested_attribution=v.suggested_attribution_verdict,
                           first_appearance=first))
    return tuple(out)


def outlet_checks(session) -> dict[int, tuple[int, int, int]]:
    """outlet id → (found, not found, found but misattributed) over the stored hop checks."""
    query = (select(HopCheck.outlet_id, func.sum(case((HopCheck.state == "found", 1), else_=0)),
                    func.sum(case((HopCheck.state == "not_found", 1), else_=0)),
                    func.sum(case((HopCheck.misattributed.is_(True), 1), else_=0)))
             .where(HopCheck.outlet_id.is_not(None)).group_by(HopCheck.outlet_id))
    return {i: (int(f or 0), int(n or 0), int(m or 0)) for i, f, n, m in session.execute(query)}


def chain_link_states(link: ChainLink) -> str:
    """A hop's state in words for text and CSV reports ("" when never verified)."""
    if link.state is None:
        return ""
    words = {"found": "found", "not_found": "not found", "no_source": "nothing to check"}[link.state]
    if link.evidence:
        best = link.evidence[0]
        words += f" (article {best.article_id}, {best.similarity:.0f} %)"
    return words + (", possible misattribution" if link.misattributed else "")
