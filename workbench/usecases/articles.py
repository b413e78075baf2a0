"""Importing articles (text, extraction, claims and chains in one transaction) and listing them."""

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from workbench.catalog.aliases import AliasIndex
from workbench.enums import ClaimOrigin, ClaimVerdict
from workbench.errors import IsnadError, NotFound
from workbench.extraction.extractor import Extraction, extract
from workbench.intake import Document, IntakeLimits, read_document
from workbench.storage.models import Article, AttributionHop, Claim, Outlet
from workbench.usecases.catalog.index import catalog_index
from workbench.usecases.convert import article_record
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor, ArticleRecord, ArticleRow, ImportResult
from workbench.usecases.sources import resolve_source


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def import_document(
    db, document: Document, *, catalog: AliasIndex | None = None, actor: Actor | None = None
) -> ImportResult:
    """Store a document as an article with its extracted claims, unless the same text is already there.

    Extraction runs before the write transaction, so the database is locked only for the inserts;
    the article, its claims and their hops are written together or not at all.
    """
    sha = text_sha256(document.text)
    with db.reading() as session:
        duplicate = _existing(session, sha)
    if duplicate is not None:
        return duplicate
    catalog = catalog if catalog is not None else catalog_index(db)
    extraction = extract(document.text, catalog=catalog)
    with db.writing() as session:
        duplicate = _existing(session, sha)  # another process may have imported it meanwhile
        if duplicate is not None:
            return duplicate
        article = _new_article(session, document, sha, extraction, catalog)
        claim_ids = _store_claims(session, article, extraction)
        record_event(session, entity="article", field="imported", new=sha, article_id=article.id,
                     entity_id=article.id, actor=actor)
    return ImportResult(article_id=article.id, sha256=sha, claims=len(claim_ids), status="imported",
                        title=article.title, claim_ids=tuple(claim_ids))


def _existing(session: Session, sha: str) -> ImportResult | None:
    row = session.execute(select(Article.id, Article.title).where(Article.sha256 == sha)).first()
    if row is None:
        return None
    claim_ids = session.scalars(select(Claim.id).where(Claim.article_id == row.id, Claim.deleted.is_(False)))
    ids = tuple(claim_ids)
    return ImportResult(article_id=row.id, sha256=sha, claims=len(ids), status="duplicate", title=row.title,
                        claim_ids=ids)


def _new_article(session, document: Document, sha: str, extraction: Extraction, catalog: AliasIndex) -> Article:
    publisher = None
    if document.site_name:
        hit = catalog.exact(document.site_name)
        if hit is not None and hit.kind == "outlet":
            publisher = session.scalar(select(Outlet).where(Outlet.name == hit.name))
    article = Article(
        title=(document.title or "").strip()[:500] or _first_line(document.text),
        publisher=publisher,
        url=document.url,
        published_on=document.published,
        language=extraction.language,
        text=document.text,
        sha256=sha,
        source_name=document.source_name,
        source_format=document.format,
        boilerplate=[list(span) for span in extraction.boilerplate],
    )
    session.add(article)
    session.flush()
    return article


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= 120 else line[:117].rstrip() + "…"


def _store_claims(session: Session, article: Article, extraction: Extraction) -> list[int]:
    claim_ids = []
    for extracted in extraction.claims:
        claim = Claim(
            article=article,
            start=extracted.start,
            end=extracted.end,
            text=extracted.text,
            language=extraction.language,
            cue=extracted.cue,
            origin=ClaimOrigin.EXTRACTED.value,
        )
        session.add(claim)
        for position, hop in enumerate(extracted.chain):
            source = resolve_source(session, kind=hop.kind, outlet_name=hop.outlet, name=hop.name,
                                    role=hop.role, affiliation=hop.affiliation, surface=hop.surface)
            claim.hops.append(AttributionHop(position=position, source=source, cue=extracted.cue if position == 0
                                             else None, start=hop.start, end=hop.end, surface=hop.surface,
                                             confidence=hop.confidence, confirmed=False))
        session.flush()
        claim_ids.append(claim.id)
    return claim_ids


@dataclass(frozen=True)
class BatchOutcome:
    """One file of a batch import: its result, or why it was refused."""

    path: Path
    result: ImportResult | None
    error: str | None


def import_files(
    db,
    paths: Iterable[Path],
    *,
    actor: Actor | None = None,
    limits: IntakeLimits | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterable[BatchOutcome]:
    """Import files one by one, yielding each outcome as it is stored; one file in memory at a time.

    Each article is its own transaction, so stopping (cancel, Ctrl-C, a crash) keeps every article
    already reported and leaves no part of the one in progress.
    """
    paths = list(paths)
    catalog = catalog_index(db)
    limits = limits or IntakeLimits()
    for done, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            return
        try:
            document = read_document(path, limits=limits)
            outcome = BatchOutcome(path, import_document(db, document, catalog=catalog, actor=actor), None)
        except IsnadError as error:  # refused input, or a file the extractor could not store
            outcome = BatchOutcome(path, None, str(error))
        yield outcome
        if progress is not None:
            progress(done, len(paths))


def list_articles(db, *, search: str = "", limit: int | None = None) -> list[ArticleRow]:
    """The articles, newest first, with claim and reviewed counts; `search` filters on title and publisher."""
    live = Claim.deleted.is_(False)
    counts = (
        select(
            Claim.article_id.label("article_id"),
            func.count(Claim.id).label("claims"),
            func.sum(case((Claim.claim_verdict != ClaimVerdict.UNREVIEWED.value, 1), else_=0)).label("reviewed"),
        )
        .where(live, Claim.article_id.is_not(None))
        .group_by(Claim.article_id)
        .subquery()
    )
    query = (
        select(Article.id, Article.title, Outlet.name, Article.published_on, Article.language,
               func.coalesce(counts.c.claims, 0), func.coalesce(counts.c.reviewed, 0), Article.imported_at,
               Article.sha256)
        .outerjoin(Outlet, Outlet.id == Article.publisher_id)
        .outerjoin(counts, counts.c.article_id == Article.id)
        .order_by(Article.imported_at.desc(), Article.id.desc())
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(Article.title.ilike(pattern) | Outlet.name.ilike(pattern))
    if limit is not None:
        query = query.limit(limit)
    with db.reading() as session:
        return [ArticleRow(*row) for row in session.execute(query)]


def get_article(db, article_id: int) -> ArticleRecord:
    with db.reading() as session:
        article = session.get(Article, article_id, options=[selectinload(Article.publisher)])
        if article is None:
            raise NotFound(f"no article {article_id}")
        return article_record(article)

