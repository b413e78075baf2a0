"""Articles: importing them (text, extraction, claims and chains in one transaction), listing them, correcting
their details, and deleting or restoring them (recorded in the history)."""

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from workbench.catalog.aliases import AliasIndex
from workbench.enums import ClaimOrigin, ClaimVerdict
from workbench.errors import EditConflict, InvalidValue, IsnadError, NotFound
from workbench.extraction.extractor import Extraction, extract
from workbench.intake import Document, IntakeLimits, read_document
from workbench.intake.collection import split_at_headlines
from workbench.matching.index import entry_for, index_for
from workbench.matching.upkeep import encode_committed, encodes_inline
from workbench.storage.bulk import insert_rows
from workbench.storage.models import Article, AttributionHop, Claim, Outlet, ReviewEvent
from workbench.usecases.catalog.index import catalog_index
from workbench.usecases.catalog.rows import find_outlet
from workbench.usecases.convert import article_record
from workbench.usecases.extracted_hops import HOP_COLUMNS, hop_rows, resolve_sources
from workbench.usecases.history import record_event
from workbench.usecases.records import (
    Actor,
    ArticleDetails,
    ArticleRecord,
    ArticleRemoval,
    ArticleRow,
    ImportResult,
)
from workbench.usecases.verification import reverify_for_article
from workbench.verification.publisher import publisher_outlet_name


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# The phases of one file's import, in order; progress hears (phase, done, total) within each.
READING, FINDING_CLAIMS, STORING, INDEXING = "reading", "finding claims", "storing", "indexing"
IMPORT_PHASES = (READING, FINDING_CLAIMS, STORING, INDEXING)
PhaseProgress = Callable[[str, int, int], None]


class ImportCancelled(Exception):
    """The reviewer cancelled an import under way: nothing of that article was stored."""


def import_document(
    db, document: Document, *, catalog: AliasIndex | None = None, actor: Actor | None = None,
    publisher_id: int | None = None, progress: PhaseProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Store a document as an article with its extracted claims, unless the same text is already there.

    Extraction runs before the write transaction, so the database is locked only for the inserts;
    the article, its claims, their hops and their index rows are written together or not at all. `publisher_id`
    (a catalog outlet) overrides the page's own site name. A new article of an outlet that checked claims cite
    re-verifies them (workbench.usecases.verification). `progress` hears each phase (FINDING_CLAIMS: characters
    read; STORING and INDEXING: claims); `cancelled()` turning true stops it with ImportCancelled, nothing stored.
    """
    report = _phase_reporter(progress, cancelled)
    sha = text_sha256(document.text)
    _bring_back_deleted(db, sha, actor)
    with db.reading() as session:
        duplicate = _existing(session, sha)
    if duplicate is not None:
        return duplicate
    catalog = catalog if catalog is not None else catalog_index(db)
    report(FINDING_CLAIMS, 0, len(document.text))
    extraction = extract(document.text, catalog=catalog,
                         progress=lambda done, total: report(FINDING_CLAIMS, done, total))
    report(FINDING_CLAIMS, len(document.text), len(document.text))
    with db.writing() as session:
        duplicate = _existing(session, sha)  # another process may have imported it meanwhile
        if duplicate is not None:
            return duplicate
        article = _new_article(session, document, sha, extraction, catalog, publisher_id)
        claim_ids = _store_claims(session, article, extraction, report)
        record_event(session, entity="article", field="imported", new=sha, article_id=article.id,
                     entity_id=article.id, actor=actor)
        report(INDEXING, len(claim_ids), len(claim_ids))  # the last moment Cancel still leaves nothing stored
        article_id, title = article.id, article.title
    if claim_ids and encodes_inline([c.text for c in extraction.claims]):  # as the ORM's upkeep does: a long article is backfilled
        encode_committed(db.engine, {i: c.text for i, c in zip(claim_ids, extraction.claims, strict=True)})
    reverify_for_article(db, article_id)
    return ImportResult(article_id=article_id, sha256=sha, claims=len(claim_ids), status="imported",
                        title=title, claim_ids=tuple(claim_ids))


def _phase_reporter(progress: PhaseProgress | None, cancelled: Callable[[], bool] | None) -> PhaseProgress:
    def report(phase: str, done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled(f"cancelled while {phase}")
        if progress is not None:
            progress(phase, done, total)

    return report


def _bring_back_deleted(db, sha: str, actor: Actor | None) -> None:
    """Importing a deleted article's text again restores it, with the claims it had (recorded as a restore)."""
    with db.reading() as session:
        article_id = session.scalar(select(Article.id).where(Article.sha256 == sha, Article.deleted.is_(True)))
    if article_id is not None:
        restore_article(db, last_removal(db, article_id), actor=actor)


def _existing(session: Session, sha: str) -> ImportResult | None:
    row = session.execute(select(Article.id, Article.title).where(Article.sha256 == sha)).first()
    if row is None:
        return None
    claim_ids = session.scalars(select(Claim.id).where(Claim.article_id == row.id, Claim.deleted.is_(False)))
    ids = tuple(claim_ids)
    return ImportResult(article_id=row.id, sha256=sha, claims=len(ids), status="duplicate", title=row.title,
                        claim_ids=ids)


def _new_article(session, document: Document, sha: str, extraction: Extraction, catalog: AliasIndex,
                 publisher_id: int | None) -> Article:
    publisher = session.get(Outlet, publisher_id) if publisher_id is not None else None
    if publisher_id is not None and publisher is None:
        raise NotFound(f"no outlet {publisher_id} in the catalog")
    if publisher is None and document.site_name:
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


_ROWS_PER_BATCH = 5000  # claims per insert between two progress reports


def _store_claims(session: Session, article: Article, extraction: Extraction, report: PhaseProgress) -> list[int]:
    """Insert the claims, their hops and their index rows in bulk (the ORM took minutes for a 1 MB article)."""
    claims, total = extraction.claims, len(extraction.claims)
    report(STORING, 0, total)
    sources = resolve_sources(session, claims)
    claim_ids: list[int] = []
    for first in range(0, total, _ROWS_PER_BATCH):
        batch = claims[first:first + _ROWS_PER_BATCH]
        ids = insert_rows(session, Claim.__table__, columns=("start", "end", "text", "cue"),
                          rows=[(c.start, c.end, c.text, c.cue) for c in batch], ids=True,
                          same={"article_id": article.id, "language": extraction.language,
                                "origin": ClaimOrigin.EXTRACTED.value})
        hops = [(claim_id, *row) for claim_id, claim in zip(ids, batch, strict=True)
                for row in hop_rows(claim, sources=sources)]
        insert_rows(session, AttributionHop.__table__, columns=("claim_id", *HOP_COLUMNS), rows=hops)
        claim_ids += ids
        report(STORING, len(claim_ids), total)
    conn = session.connection()
    index = index_for(conn)
    report(INDEXING, 0, total)
    for first in range(0, total, _ROWS_PER_BATCH):
        batch = zip(claim_ids[first:first + _ROWS_PER_BATCH], claims[first:first + _ROWS_PER_BATCH], strict=True)
        index.add(conn, [entry_for(claim_id, claim.text) for claim_id, claim in batch], fresh=True)
        report(INDEXING, min(first + _ROWS_PER_BATCH, total), total)
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
    publisher_id: int | None = None,
    phases: PhaseProgress | None = None,
    split: bool = False,
) -> Iterable[BatchOutcome]:
    """Import files one by one, yielding each outcome as it is stored; one file in memory at a time.

    Each article is its own transaction, so stopping (cancel, Ctrl-C, a crash) keeps every article
    already reported and leaves no part of the one in progress. `progress` hears files done, `phases` each
    file's phases (see import_document; READING counts bytes). With `split`, a file holding several articles
    one after another is stored as one article per headline (workbench.intake.collection), an outcome each.
    """
    paths = list(paths)
    catalog = catalog_index(db)
    limits = limits or IntakeLimits()
    report = _phase_reporter(phases, None)
    for done, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            return
        try:
            size = path.stat().st_size if path.is_file() else 0
            report(READING, 0, size)
            document = read_document(path, limits=limits)
            report(READING, size, size)
            parts = split_at_headlines(document) if split else [document]
        except IsnadError as error:  # refused input
            parts = []
            yield BatchOutcome(path, None, str(error))
        for part in parts:
            try:
                outcome = BatchOutcome(path, import_document(db, part, catalog=catalog, actor=actor,
                                                             publisher_id=publisher_id, progress=phases,
                                                             cancelled=cancelled), None)
            except ImportCancelled:
                return
            except IsnadError as error:  # a file the extractor could not store
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
        .where(Article.deleted.is_(False))
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


# --- correcting an article's details, deleting and restoring it ------------------------------------------

MAX_TITLE = 500
MAX_URL = 2000
# The note on each claim's "deleted" event when its article is deleted; restore finds those claims by it.
WITH_ARTICLE = "deleted with article {}"


def article_details(article: ArticleRecord) -> ArticleDetails:
    return ArticleDetails(article.title, article.publisher_id, article.url, article.published_on)


def _live_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None or article.deleted:
        raise NotFound(f"no article {article_id}")
    return article


def _checked(details: ArticleDetails) -> ArticleDetails:
    title = " ".join(details.title.split())
    if not title:
        raise InvalidValue("an article needs a title")
    if len(title) > MAX_TITLE:
        raise InvalidValue(f"the title is longer than {MAX_TITLE} characters")
    url = (details.url or "").strip() or None
    if url is not None and (not url.lower().startswith(("http://", "https://")) or len(url) > MAX_URL
                            or any(ch.isspace() for ch in url)):
        raise InvalidValue(f"{url!r} is not a web address (http:// or https://, no spaces)")
    return ArticleDetails(title, details.publisher_id, url, details.published_on)


def _outlet_name(session: Session, outlet_id: int | None) -> str | None:
    if outlet_id is None:
        return None
    name = session.scalar(select(Outlet.name).where(Outlet.id == outlet_id))
    if name is None:
        raise NotFound(f"no outlet {outlet_id} in the catalog")
    return name


def publisher_named(db, name: str) -> int:
    """The id of the catalog outlet with this name or alias (any script), for a publisher typed by hand;
    NotFound names the closest outlets."""
    outlet_name = publisher_outlet_name(catalog_index(db), name)
    with db.reading() as session:
        return find_outlet(session, outlet_name).id


def edit_article(db, article_id: int, details: ArticleDetails, *, expected: ArticleDetails | None = None,
                 actor: Actor | None = None) -> ArticleRecord:
    """Correct an article's title, publisher, address and date; each changed field is one history event.

    `expected` is what the reviewer saw: if the article changed since, EditConflict and nothing is written.
    """
    details = _checked(details)
    with db.writing() as session:
        article = _live_article(session, article_id)
        current = ArticleDetails(article.title, article.publisher_id, article.url, article.published_on)
        if expected is not None and current != expected:
            raise EditConflict(f"article {article_id} was changed elsewhere; reload it and apply your edit again")
        new_publisher = _outlet_name(session, details.publisher_id)
        changes = [
            ("title", article.title, details.title),
            ("publisher", _outlet_name(session, article.publisher_id), new_publisher),
            ("url", article.url, details.url),
            ("published_on", article.published_on, details.published_on),
        ]
        for field, old, new in changes:
            if old != new:
                record_event(session, entity="article", field=field, old=old, new=new, article_id=article_id,
                             entity_id=article_id, actor=actor)
        article.title, article.publisher_id = details.title, details.publisher_id
        article.url, article.published_on = details.url, details.published_on
        session.flush()
        session.refresh(article, ["publisher"])
        return article_record(article)


def delete_article(db, article_id: int, *, actor: Actor | None = None) -> ArticleRemoval:
    """Delete an article and its live claims, in one transaction, with a history event for each.

    Nothing is erased: the rows stay, hidden everywhere, so restore_article brings back exactly this.
    """
    with db.writing() as session:
        article = _live_article(session, article_id)
        claims = session.scalars(select(Claim).where(Claim.article_id == article_id, Claim.deleted.is_(False))
                                 .order_by(Claim.id)).all()
        record_event(session, entity="article", field="deleted", old=False, new=True, article_id=article_id,
                     entity_id=article_id, actor=actor, note=f"{len(claims)} claims")
        for claim in claims:
            record_event(session, entity="claim", field="deleted", old=False, new=True, claim=claim, actor=actor,
                         note=WITH_ARTICLE.format(article_id))
            claim.deleted = True
            claim.version += 1
        article.deleted = True
        return ArticleRemoval(article_id, tuple(c.id for c in claims))


def last_removal(db, article_id: int) -> ArticleRemoval:
    """What the latest deletion of a deleted article hid, read back from the history (for the command line)."""
    with db.reading() as session:
        article = session.get(Article, article_id)
        if article is None or not article.deleted:
            raise InvalidValue(f"article {article_id} is not deleted")
        since = session.scalar(select(func.max(ReviewEvent.id)).where(
            ReviewEvent.article_id == article_id, ReviewEvent.entity == "article", ReviewEvent.field == "deleted",
            ReviewEvent.new_value == str(True)))
        claim_ids = session.scalars(select(ReviewEvent.claim_id).where(
            ReviewEvent.id > since, ReviewEvent.field == "deleted", ReviewEvent.new_value == str(True),
            ReviewEvent.note == WITH_ARTICLE.format(article_id)).order_by(ReviewEvent.claim_id)).all()
    return ArticleRemoval(article_id, tuple(claim_ids))


def restore_article(db, removal: ArticleRemoval, *, actor: Actor | None = None) -> ArticleRecord:
    """Undo delete_article: the article and exactly the claims it hid come back, each change in the history."""
    with db.writing() as session:
        article = session.get(Article, removal.article_id)
        if article is None:
            raise NotFound(f"no article {removal.article_id}")
        if not article.deleted:
            raise InvalidValue(f"article {removal.article_id} is not deleted")
        claims = session.scalars(select(Claim).where(Claim.id.in_(removal.claim_ids))).all()
        if len(claims) != len(removal.claim_ids) or any(
                c.article_id != article.id or not c.deleted for c in claims):
            raise EditConflict(f"the claims of article {article.id} were changed since it was deleted; "
                               "nothing was restored")
        record_event(session, entity="article", field="deleted", old=True, new=False, article_id=article.id,
                     entity_id=article.id, actor=actor, note=f"{len(claims)} claims")
        for claim in claims:
            record_event(session, entity="claim", field="deleted", old=True, new=False, claim=claim, actor=actor,
                         note=f"restored with article {article.id}")
            claim.deleted = False
            claim.version += 1
        article.deleted = False
        session.flush()
        return article_record(article)


# "لندن (رويترز) -", "CAIRO (Reuters) -": a wire credit in the first lines names who published the article.
_CREDIT = re.compile(r"\(([^()\n]{2,40})\)")
_CREDIT_SPAN = 400


def suggest_publisher(db, article_id: int) -> int | None:
    """The catalog outlet the article's dateline credits, e.g. "(رويترز)" → Reuters; None if there is none."""
    article = get_article(db, article_id)
    catalog = catalog_index(db)
    for match in _CREDIT.finditer(article.text[:_CREDIT_SPAN]):
        hit = catalog.exact(match.group(1))
        if hit is not None and hit.kind == "outlet":
            with db.reading() as session:
                return session.scalar(select(Outlet.id).where(Outlet.name == hit.name))
    return None
