"""The outlets and sources dashboard's figures: per outlet, month by month, and who cites whom, counted in SQL.

A claim counts for an outlet when its chain names the outlet (as in the outlet report). Shares:
disputed or false is a share of the reviewed claims, misattributed a share of the claims whose attribution
was checked, anonymous a share of all the claims (those with an anonymous source anywhere in their chain).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import aliased

from workbench.enums import AttributionVerdict, ClaimVerdict, SourceKind
from workbench.errors import InvalidValue
from workbench.reports.model import CitationGraph, GraphEdge, GraphNode, share
from workbench.reports.safety import reveal_controls
from workbench.storage.models import Article, AttributionHop, Claim, Outlet, Source
from workbench.usecases.records import SourceRecord

GRAPH_EDGES = 40  # the most-cited links only: past a few dozen arrows a diagram is no longer read
UNDATED = "undated"


@dataclass(frozen=True)
class DashboardFilter:
    """Which claims the dashboard counts: by their article's publication date, and a set of articles."""

    published_from: date | None = None
    published_to: date | None = None
    article_ids: tuple[int, ...] = ()  # empty: every article


@dataclass(frozen=True)
class Figures:
    claims: int
    reviewed: int
    disputed_or_false: int
    checked: int
    misattributed: int
    anonymous: int

    @property
    def disputed_share(self) -> float:
        return share(self.disputed_or_false, self.reviewed)

    @property
    def misattribution_rate(self) -> float:
        return share(self.misattributed, self.checked)

    @property
    def anonymous_share(self) -> float:
        return share(self.anonymous, self.claims)


@dataclass(frozen=True)
class OutletFigures:
    outlet_id: int
    name: str
    figures: Figures


@dataclass(frozen=True)
class MonthFigures:
    month: str  # "2024-03", or UNDATED for articles without a date
    figures: Figures


@dataclass(frozen=True)
class Dashboard:
    outlets: tuple[OutletFigures, ...]  # most claims first
    months: tuple[MonthFigures, ...]  # oldest first, undated last
    graph: CitationGraph


def _claims(dashboard_filter: DashboardFilter):
    """The live article claims the filter keeps, as a select of Claim.id."""
    f = dashboard_filter
    if f.published_from and f.published_to and f.published_from > f.published_to:
        raise InvalidValue("the 'from' date is after the 'to' date")
    query = (select(Claim.id).join(Article, Article.id == Claim.article_id)
             .where(Claim.deleted.is_(False), Article.deleted.is_(False)))
    if f.published_from is not None:
        query = query.where(Article.published_on >= f.published_from)
    if f.published_to is not None:
        query = query.where(Article.published_on <= f.published_to)
    if f.article_ids:
        query = query.where(Claim.article_id.in_(f.article_ids))
    return query


def _counted(columns):
    """The figure columns over rows that have claim_verdict, attribution_verdict and anonymous columns."""
    unreviewed = ClaimVerdict.UNREVIEWED.value
    bad = (ClaimVerdict.DISPUTED.value, ClaimVerdict.FALSE.value)
    return (
        func.count(),
        func.sum(case((columns.claim_verdict != unreviewed, 1), else_=0)),
        func.sum(case((columns.claim_verdict.in_(bad), 1), else_=0)),
        func.sum(case((columns.attribution_verdict != AttributionVerdict.UNCHECKED.value, 1), else_=0)),
        func.sum(case((columns.attribution_verdict == AttributionVerdict.MISATTRIBUTED.value, 1), else_=0)),
        func.sum(columns.anonymous),
    )


def _figures(row) -> Figures:
    return Figures(*(int(v or 0) for v in row))


def dashboard(db, dashboard_filter: DashboardFilter | None = None, *, outlet_id: int | None = None) -> Dashboard:
    """Every outlet named in a kept claim's chain, the months (of every kept claim, or of outlet_id's), and
    the who-cites-whom graph of the kept claims."""
    kept = _claims(dashboard_filter or DashboardFilter())
    anonymous = (select(AttributionHop.claim_id).join(Source, Source.id == AttributionHop.source_id)
                 .where(Source.kind == SourceKind.ANONYMOUS.value))
    per_claim = (
        select(Claim.id.label("claim_id"), Claim.claim_verdict, Claim.attribution_verdict, Article.published_on,
               case((Claim.id.in_(anonymous), 1), else_=0).label("anonymous"))
        .join(Article, Article.id == Claim.article_id).where(Claim.id.in_(kept)).subquery()
    )
    # One row per (outlet, claim), so an outlet named twice in one chain counts the claim once.
    naming = (select(Source.outlet_id, AttributionHop.claim_id)
              .join(Source, Source.id == AttributionHop.source_id)
              .where(Source.outlet_id.is_not(None)).distinct().subquery())
    outlets_query = (
        select(Outlet.id, Outlet.name, *_counted(per_claim.c))
        .join(naming, naming.c.outlet_id == Outlet.id).join(per_claim, per_claim.c.claim_id == naming.c.claim_id)
        .group_by(Outlet.id, Outlet.name)
    )
    months_source = per_claim
    if outlet_id is not None:
        months_source = (select(per_claim).join(naming, naming.c.claim_id == per_claim.c.claim_id)
                         .where(naming.c.outlet_id == outlet_id).subquery())
    months_query = (select(months_source.c.published_on, *_counted(months_source.c))
                    .group_by(months_source.c.published_on))
    with db.reading() as session:
        outlets = [OutletFigures(i, reveal_controls(name), _figures(rest))
                   for i, name, *rest in session.execute(outlets_query)]
        by_month: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
        for published_on, *rest in session.execute(months_query):
            month = published_on.strftime("%Y-%m") if published_on else UNDATED
            by_month[month] = [a + int(b or 0) for a, b in zip(by_month[month], rest, strict=True)]
        graph = _graph(session, kept)
    outlets.sort(key=lambda o: (-o.figures.claims, o.name.casefold()))
    months = sorted(by_month, key=lambda m: (m == UNDATED, m))
    return Dashboard(tuple(outlets), tuple(MonthFigures(m, Figures(*by_month[m])) for m in months), graph)


def _graph(session, kept) -> CitationGraph:
    """Publishers cite their claims' first hops, every hop cites the next; only the GRAPH_EDGES most-cited links."""
    first = aliased(AttributionHop)
    inner = aliased(AttributionHop)
    publisher_links = (
        select(Article.publisher_id, first.source_id, func.count(distinct(first.claim_id)))
        .select_from(first).join(Claim, Claim.id == first.claim_id).join(Article, Article.id == Claim.article_id)
        .where(first.position == 0, first.claim_id.in_(kept), Article.publisher_id.is_not(None))
        .group_by(Article.publisher_id, first.source_id)
    )
    hop_links = (
        select(first.source_id, inner.source_id, func.count(distinct(first.claim_id)))
        .select_from(first).join(inner, (inner.claim_id == first.claim_id) & (inner.position == first.position + 1))
        .where(first.claim_id.in_(kept), first.source_id != inner.source_id)
        .group_by(first.source_id, inner.source_id)
    )
    links = [(f"p{a}", f"s{b}", n) for a, b, n in session.execute(publisher_links)]
    links += [(f"s{a}", f"s{b}", n) for a, b, n in session.execute(hop_links)]
    links = sorted(links, key=lambda r: -r[2])[:GRAPH_EDGES]
    keys = {k for a, b, _n in links for k in (a, b)}
    publishers = [int(k[1:]) for k in keys if k.startswith("p")]
    sources = [int(k[1:]) for k in keys if k.startswith("s")]
    names = dict(session.execute(select(Outlet.id, Outlet.name).where(Outlet.id.in_(publishers))).all())
    records = {
        row[0]: SourceRecord(*row) for row in session.execute(
            select(Source.id, Source.kind, Source.name, Source.role, Source.affiliation, Source.outlet_id,
                   Outlet.name).outerjoin(Outlet, Outlet.id == Source.outlet_id).where(Source.id.in_(sources)))
    }
    layers = _layers(links)
    claims: dict[str, int] = defaultdict(int)
    for a, b, n in links:
        claims[a] += n if a.startswith("p") else 0
        claims[b] += n
    nodes = [GraphNode(f"p{i}", reveal_controls(name), "publisher", 0, claims[f"p{i}"]) for i, name in names.items()]
    nodes += [GraphNode(f"s{i}", reveal_controls(r.label), r.kind, layers[f"s{i}"], claims[f"s{i}"])
              for i, r in records.items()]
    return CitationGraph(tuple(nodes), tuple(GraphEdge(a, b, n) for a, b, n in links))


def _layers(links: list[tuple[str, str, int]]) -> dict[str, int]:
    """Each box's column: publishers 0, a source one past the nearest box citing it (1 if none cites it)."""
    layer = {a: 0 for a, _b, _n in links if a.startswith("p")}
    changed = True
    while changed:
        changed = False
        for a, b, _n in links:
            if a in layer and layer.get(b, 1 << 30) > layer[a] + 1:
                layer[b] = layer[a] + 1
                changed = True
    for a, b, _n in links:
        layer.setdefault(a, 1)
        layer.setdefault(b, layer[a] + 1)
    return layer
