"""The claims browser's queries: which claims across all articles pass a filter, and their rows, a page at a time.

Filtering runs in the database and returns ids only; the browser fetches the rows it shows. Words typed in
the search go through the claim search index (workbench.matching.index), read-only: the rarest word's
postings are fetched once and the other words are checked against each hit's indexed terms, so a hit holds
every word (in any of its indexed spellings).
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from workbench.enums import AttributionVerdict, ClaimVerdict, SourceKind
from workbench.errors import InvalidValue
from workbench.matching.index import index_for
from workbench.matching.terms import index_terms, variants
from workbench.storage.models import Article, AttributionHop, Claim, Outlet, Reviewer, ReviewEvent, Source
from workbench.usecases.records import SourceRecord

UNATTRIBUTED = "unattributed"  # the source-kind filter's value for claims with no chain at all
SOURCE_KIND_FILTERS = (*(k.value for k in SourceKind), UNATTRIBUTED)


@dataclass(frozen=True)
class ClaimFilter:
    """What the browser shows: every field left empty lets every claim through.

    `outlet_id` keeps claims whose chain names the outlet or whose article it published;
    `source_kind` keeps claims with a source of that kind anywhere in their chain ("unattributed": no chain);
    `reviewer_id` keeps claims that reviewer has edited; the dates bound the article's publication date.
    """

    text: str = ""
    claim_verdicts: tuple[str, ...] = ()
    attribution_verdicts: tuple[str, ...] = ()
    outlet_id: int | None = None
    source_kind: str | None = None
    reviewer_id: int | None = None
    published_from: date | None = None
    published_to: date | None = None
    language: str | None = None
    article_id: int | None = None


@dataclass(frozen=True)
class BrowseRow:
    """One line of the browser."""

    claim_id: int
    article_id: int
    article_title: str
    publisher: str | None
    published_on: date | None
    language: str
    text: str
    chain: tuple[str, ...]
    source_kinds: tuple[str, ...]
    claim_verdict: str
    attribution_verdict: str
    chain_surfaces: tuple[str | None, ...] = ()  # each hop's words in the article ("تقارير إعلامية"), if any


@dataclass(frozen=True)
class Choice:
    """An entry of a filter's drop-down list."""

    id: int
    label: str


@dataclass(frozen=True)
class BrowseChoices:
    """What the filters offer: the outlets and reviewers that occur, the languages, and the articles."""

    outlets: tuple[Choice, ...]
    reviewers: tuple[Choice, ...]
    languages: tuple[str, ...]
    articles: tuple[Choice, ...]


def _check(claim_filter: ClaimFilter) -> None:
    for value in claim_filter.claim_verdicts:
        if value not in ClaimVerdict._value2member_map_:
            raise InvalidValue(f"{value!r} is not a claim verdict")
    for value in claim_filter.attribution_verdicts:
        if value not in AttributionVerdict._value2member_map_:
            raise InvalidValue(f"{value!r} is not an attribution verdict")
    if claim_filter.source_kind is not None and claim_filter.source_kind not in SOURCE_KIND_FILTERS:
        raise InvalidValue(f"{claim_filter.source_kind!r} is not a source kind; use one of: "
                           + ", ".join(SOURCE_KIND_FILTERS))
    if (claim_filter.published_from and claim_filter.published_to
            and claim_filter.published_from > claim_filter.published_to):
        raise InvalidValue("the 'from' date is after the 'to' date")


TEXT_HITS_KEPT = 20_000  # a search word held by more claims keeps its best-ranked 20,000 (the status says so)


def _live_claims():
    """Claims of articles, not deleted (deleting an article deletes its claims, so no join is needed).

    Every column here and in the order is in the covering index ix_claim_browse, so a page or a count reads
    the index alone, never the claim rows with their texts.
    """
    return select(Claim.id).where(Claim.deleted.is_(False), Claim.article_id.is_not(None))


def _of_article(articles):
    return Claim.article_id.in_(articles)


def _with_hops(sources):
    # "+id": SQLite then walks ix_claim_browse in order and checks each id against the list, instead of
    # looking every listed claim up by id and sorting them all.
    return (Claim.id + 0).in_(
        select(AttributionHop.claim_id).where(AttributionHop.source_id.in_(sources)))


def _filtered(claim_filter: ClaimFilter, hits: set[int] | None):
    """The select of claim ids passing every field of the filter."""
    f = claim_filter
    query = _live_claims()
    if f.claim_verdicts:
        query = query.where(Claim.claim_verdict.in_(f.claim_verdicts))
    if f.attribution_verdicts:
        query = query.where(Claim.attribution_verdict.in_(f.attribution_verdicts))
    if f.outlet_id is not None:
        query = query.where(or_(_with_hops(select(Source.id).where(Source.outlet_id == f.outlet_id)),
                                _of_article(select(Article.id).where(Article.publisher_id == f.outlet_id))))
    if f.source_kind == UNATTRIBUTED:
        query = query.where(Claim.id.not_in(select(AttributionHop.claim_id)))
    elif f.source_kind is not None:
        query = query.where(_with_hops(select(Source.id).where(Source.kind == f.source_kind)))
    if f.reviewer_id is not None:
        query = query.where(Claim.id.in_(select(ReviewEvent.claim_id).where(ReviewEvent.reviewer_id == f.reviewer_id,
                                                                            ReviewEvent.claim_id.is_not(None))))
    if f.published_from is not None or f.published_to is not None:
        dated = select(Article.id)
        if f.published_from is not None:
            dated = dated.where(Article.published_on >= f.published_from)
        if f.published_to is not None:
            dated = dated.where(Article.published_on <= f.published_to)
        query = query.where(_of_article(dated))
    if f.language:
        query = query.where(Claim.language == f.language)
    if f.article_id is not None:
        query = query.where(Claim.article_id == f.article_id)
    if hits is not None:
        query = query.where(Claim.id.in_(sorted(hits)))
    return query


@dataclass(frozen=True)
class ClaimSearch:
    """A filter made ready to page through: the text search is done once, here, not on every page."""

    claim_filter: ClaimFilter
    hits: frozenset[int] | None
    hits_capped: bool


def prepare_search(db, claim_filter: ClaimFilter) -> ClaimSearch:
    """Check the filter and run its text search through the claim index."""
    _check(claim_filter)
    with db.reading() as session:
        hits, capped = text_hits(session.connection(), claim_filter.text)
    return ClaimSearch(claim_filter, None if hits is None else frozenset(hits), capped)


def count_claims(db, search: ClaimSearch) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(_filtered(search.claim_filter, search.hits).subquery()))


def claim_page(db, search: ClaimSearch, *, offset: int = 0, limit: int | None = None) -> list[int]:
    """The ids of the claims passing the filter, newest article first and each article in reading order;
    from offset, at most limit of them (None: all)."""
    query = (_filtered(search.claim_filter, search.hits)
             .order_by(Claim.article_id.desc(), Claim.start, Claim.id).offset(offset).limit(limit))
    with db.reading() as session:
        return list(session.scalars(query))


def find_claims(db, claim_filter: ClaimFilter) -> list[int]:
    """Every claim passing the filter, in the browser's order."""
    return claim_page(db, prepare_search(db, claim_filter))


def text_hits(conn: Connection, text: str) -> tuple[set[int] | None, bool]:
    """The claims whose indexed terms hold every word of text (None: no words, so no text filter), and
    whether the rarest word had more than TEXT_HITS_KEPT claims, so only its best-ranked ones were kept."""
    words = list(dict.fromkeys(index_terms(text)))
    if not words:
        return None, False
    index = index_for(conn)
    groups = [[w, *variants(w)] for w in words]
    frequencies = index.document_frequencies(conn, {t for g in groups for t in g})
    postings = [sum(frequencies.get(t, 0) for t in g) for g in groups]
    if not all(postings):
        return set(), False  # a word no claim holds
    rarest = min(range(len(groups)), key=postings.__getitem__)
    others = [set(g) for i, g in enumerate(groups) if i != rarest]
    hits = index.search(conn, [groups[rarest]], min(postings[rarest], TEXT_HITS_KEPT))
    found = {c.claim_id for c in hits if all(g & set(f"{c.terms} {c.title_terms}".split()) for g in others)}
    return found, postings[rarest] > TEXT_HITS_KEPT


def claim_rows(db, claim_ids: list[int]) -> list[BrowseRow]:
    """The browser rows of these claims, in the order given (ids that no longer exist are left out)."""
    if not claim_ids:
        return []
    query = (
        select(Claim.id, Claim.article_id, Article.title, Outlet.name, Article.published_on, Claim.language,
               Claim.text, Claim.claim_verdict, Claim.attribution_verdict)
        .join(Article, Article.id == Claim.article_id).outerjoin(Outlet, Outlet.id == Article.publisher_id)
        .where(Claim.id.in_(claim_ids))
    )
    hops = (
        select(AttributionHop.claim_id, AttributionHop.surface, Source.id, Source.kind, Source.name, Source.role,
               Source.affiliation, Source.outlet_id, Outlet.name)
        .join(Source, Source.id == AttributionHop.source_id).outerjoin(Outlet, Outlet.id == Source.outlet_id)
        .where(AttributionHop.claim_id.in_(claim_ids)).order_by(AttributionHop.claim_id, AttributionHop.position)
    )
    with db.reading() as session:
        chains: dict[int, list[tuple[SourceRecord, str | None]]] = {}
        for claim_id, surface, *source in session.execute(hops):
            chains.setdefault(claim_id, []).append((SourceRecord(*source), surface))
        found = {}
        for row in session.execute(query):
            chain = chains.get(row[0], [])
            found[row[0]] = BrowseRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                                      tuple(s.label for s, _ in chain), tuple(s.kind for s, _ in chain), row[7],
                                      row[8], tuple(surface for _, surface in chain))
    return [found[i] for i in claim_ids if i in found]


def browse_choices(db) -> BrowseChoices:
    """The filters' lists: outlets that publish or are cited, reviewers who edited claims, languages, articles."""
    with db.reading() as session:
        cited = select(Source.outlet_id).join(AttributionHop, AttributionHop.source_id == Source.id).distinct()
        published = select(Article.publisher_id).where(Article.deleted.is_(False)).distinct()
        outlets = session.execute(select(Outlet.id, Outlet.name).where(
            or_(Outlet.id.in_(cited), Outlet.id.in_(published))).order_by(Outlet.name)).all()
        reviewers = session.execute(select(Reviewer.id, Reviewer.name).where(
            Reviewer.id.in_(select(ReviewEvent.reviewer_id).where(ReviewEvent.claim_id.is_not(None)).distinct()))
            .order_by(Reviewer.name)).all()
        languages = session.scalars(select(Article.language).where(Article.deleted.is_(False)).distinct()
                                    .order_by(Article.language)).all()
        articles = session.execute(select(Article.id, Article.title).where(Article.deleted.is_(False))
                                   .order_by(Article.imported_at.desc(), Article.id.desc())).all()
    return BrowseChoices(tuple(Choice(*o) for o in outlets), tuple(Choice(*r) for r in reviewers),
                         tuple(languages), tuple(Choice(*a) for a in articles))
