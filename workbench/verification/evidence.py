"""Searching one outlet's stored articles for a claim: calibrated similarity, any language, best first."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.matching.matcher import rank
from workbench.matching.settings import MatchSettings
from workbench.storage.models import Article, AttributionHop, Claim, Outlet, Source
from workbench.verification.states import Evidence

EVIDENCE_PER_HOP = 3


def articles_of(session: Session, outlet_id: int, *, excluding_article_id: int | None) -> int:
    """How many live articles of this outlet are stored (the claim's own article not counted)."""
    query = select(func.count(Article.id)).where(Article.publisher_id == outlet_id, Article.deleted.is_(False))
    if excluding_article_id is not None:
        query = query.where(Article.id != excluding_article_id)
    return session.scalar(query) or 0


class OutletClaims:
    """The live claims of each outlet's live articles, read once per outlet for one verification batch
    (the filter rank() applies to its candidates: one set lookup per candidate instead of a query per hop)."""

    def __init__(self, session: Session):
        self.session = session
        self._by_outlet: dict[int, dict[int, int]] = {}

    def of(self, outlet_id: int) -> dict[int, int]:
        """claim id → article id, for this outlet."""
        if outlet_id not in self._by_outlet:
            self._by_outlet[outlet_id] = dict(self.session.execute(
                select(Claim.id, Claim.article_id).join(Article, Article.id == Claim.article_id)
                .where(Article.publisher_id == outlet_id, Article.deleted.is_(False), Claim.deleted.is_(False))).all())
        return self._by_outlet[outlet_id]

    def keep(self, outlet_id: int, excluding_article_id: int | None):
        claims = self.of(outlet_id)
        return lambda claim_ids: {i for i in claim_ids if claims.get(i, excluding_article_id) != excluding_article_id}


def _credits(session: Session, claim_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """Each claim's chain as (outlet id, outlet name) of its outlet hops, outermost first."""
    rows = session.execute(
        select(AttributionHop.claim_id, Outlet.id, Outlet.name)
        .join(Source, Source.id == AttributionHop.source_id).join(Outlet, Outlet.id == Source.outlet_id)
        .where(AttributionHop.claim_id.in_(claim_ids)).order_by(AttributionHop.claim_id, AttributionHop.position))
    out: dict[int, list[tuple[int, str]]] = {}
    for claim_id, outlet_id, name in rows:
        out.setdefault(claim_id, []).append((outlet_id, name))
    return out


def search_outlet(session: Session, text: str, *, outlet_id: int, excluding_article_id: int | None,
                  settings: MatchSettings, outlet_claims: OutletClaims | None = None,
                  limit: int = EVIDENCE_PER_HOP) -> list[Evidence]:
    """The outlet's stored claims that say text, at least `settings.suggested_threshold` similar, best first.

    Candidates are scored among this outlet's claims only: the question is which of its claims says it.
    """
    keep = (outlet_claims or OutletClaims(session)).keep(outlet_id, excluding_article_id)
    scored = [s for s in rank(session.connection(), text, settings=settings, among=keep)
              if s.similarity >= settings.suggested_threshold][:limit]
    if not scored:
        return []
    ids = [s.claim_id for s in scored]
    rows = {row.id: row for row in session.execute(
        select(Claim.id, Claim.text, Claim.article_id, Article.title, Article.published_on)
        .join(Article, Article.id == Claim.article_id).where(Claim.id.in_(ids)))}
    credits = _credits(session, ids)
    return [Evidence(article_id=rows[s.claim_id].article_id, claim_id=s.claim_id, similarity=round(s.similarity, 1),
                     sentence=rows[s.claim_id].text, article_title=rows[s.claim_id].title,
                     published_on=rows[s.claim_id].published_on,
                     credits=tuple(o for o, _ in credits.get(s.claim_id, [])),
                     credit_names=tuple(n for _, n in credits.get(s.claim_id, [])))
            for s in scored if s.claim_id in rows]
