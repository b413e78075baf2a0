"""An article report's claims and review history, read from the database a chunk at a time on every pass a renderer
makes, so a report of 100,000 claims holds one chunk of records (and 24 bytes of ids a claim), never them all."""

from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator
from datetime import datetime

from sqlalchemy import select

from workbench.reports.model import ClaimEntry, HistoryLine
from workbench.reports.safety import reveal_controls
from workbench.storage.models import Claim, Reviewer, ReviewEvent
from workbench.usecases.article_claims import ArticleClaimRows
from workbench.usecases.id_chunks import id_chunks
from workbench.usecases.records import ClaimRecord

CLAIMS_PER_CHUNK = 500
EVENTS_PER_CHUNK = 2000


class ReportedIds:
    """The reported claims' ids in reading order; a claim's number in the report is its place there, from 1."""

    def __init__(self, ordered: array) -> None:
        self.ordered = ordered
        by_id = sorted(range(len(ordered)), key=ordered.__getitem__)
        self._sorted = array("q", (ordered[i] for i in by_id))
        self._numbers = array("q", (i + 1 for i in by_id))

    def __len__(self) -> int:
        return len(self.ordered)

    def number(self, claim_id: int | None) -> int | None:
        """The claim's number in the report, None if it is not reported."""
        if claim_id is None:
            return None
        at = bisect_left(self._sorted, claim_id)
        return self._numbers[at] if at < len(self._sorted) and self._sorted[at] == claim_id else None

    def chunks(self) -> Iterator[tuple[int, list[int]]]:
        """(index of the first, ids) of each chunk of claims, in reading order."""
        for start in range(0, len(self.ordered), CLAIMS_PER_CHUNK):
            yield start, self.ordered[start:start + CLAIMS_PER_CHUNK].tolist()


def reported_ids(db, article_id: int, claim_ids: Collection[int] | None) -> ReportedIds:
    """The article's live claims in reading order (as list_claims orders them), only claim_ids if given."""
    wanted = None if claim_ids is None else set(claim_ids)
    query = (select(Claim.id).where(Claim.article_id == article_id, Claim.deleted.is_(False))
             .order_by(Claim.start, Claim.id))
    with db.reading() as session:
        ids = session.connection().execute(query).scalars()
        return ReportedIds(array("q", (i for i in ids if wanted is None or i in wanted)))


class _ChunkRows(ArticleClaimRows):
    window = 2 * CLAIMS_PER_CHUNK  # one read for a whole chunk


def claim_records(db, ids: list[int]) -> list[ClaimRecord]:
    """The claims' full records, chains included, in the order of ids."""
    outline_columns = (Claim.id, Claim.start, Claim.end, Claim.version, Claim.claim_verdict)
    with db.reading() as session:
        rows = {row[0]: row for chunk in id_chunks(ids)
                for row in session.connection().execute(select(*outline_columns).where(Claim.id.in_(chunk)))}
    return list(_ChunkRows(db, [rows[i] for i in ids if i in rows]))


class ClaimStream:
    """The report's claims as ClaimEntry in reading order; each pass builds them again, a chunk at a time, with
    build(first number, records)."""

    def __init__(self, db, ids: ReportedIds, build: Callable[[int, list[ClaimRecord]], tuple[ClaimEntry, ...]]):
        self._db, self.ids, self._build = db, ids, build

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[ClaimEntry]:
        for start, chunk in self.ids.chunks():
            yield from self._build(start + 1, claim_records(self._db, chunk))

    def __getitem__(self, index: int) -> ClaimEntry:
        """One claim by its place (building only its chunk)."""
        position = range(len(self))[index]
        start = position - position % CLAIMS_PER_CHUNK
        chunk = self.ids.ordered[start:start + CLAIMS_PER_CHUNK].tolist()
        return self._build(start + 1, claim_records(self._db, chunk))[position - start]


class HistoryStream:
    """The article's review history, oldest first: its own events and those of the reported claims (a claim's
    number is its number in the report, None for a claim not reported)."""

    def __init__(self, db, article_id: int, ids: ReportedIds, *, selection: bool) -> None:
        self._db, self._article_id, self._ids, self._selection = db, article_id, ids, selection
        self.reviewers: tuple[str, ...] = ()
        self.count = 0
        reviewers: dict[str, None] = {}
        for line in self:
            self.count += 1
            if line.reviewer:
                reviewers[line.reviewer] = None
        self.reviewers = tuple(reviewers)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[HistoryLine]:
        query = (select(ReviewEvent.id, ReviewEvent.created_at, Reviewer.name, ReviewEvent.claim_id,
                        ReviewEvent.field, ReviewEvent.old_value, ReviewEvent.new_value, ReviewEvent.note)
                 .outerjoin(Reviewer, Reviewer.id == ReviewEvent.reviewer_id)
                 .where(ReviewEvent.article_id == self._article_id).order_by(ReviewEvent.id).limit(EVENTS_PER_CHUNK))
        last = 0
        while True:
            with self._db.reading() as session:
                rows = session.connection().execute(query.where(ReviewEvent.id > last)).all()
            for last, at, reviewer, claim_id, field, old, new, note in rows:  # noqa: B007 (last: the next page)
                number = self._ids.number(claim_id)
                if self._selection and claim_id is not None and number is None:
                    continue  # an event of a claim left out of the selection
                yield HistoryLine(at, reviewer, claim_id, number, field, reveal_controls(old), reveal_controls(new),
                                  reveal_controls(note))
            if len(rows) < EVENTS_PER_CHUNK:
                return

    def last_changes(self, field: str, claim_ids: list[int]) -> dict[int, datetime]:
        """When each of these claims last had `field` changed, by the history."""
        query = (select(ReviewEvent.claim_id, ReviewEvent.created_at)
                 .where(ReviewEvent.article_id == self._article_id, ReviewEvent.field == field)
                 .order_by(ReviewEvent.id))
        with self._db.reading() as session:
            connection = session.connection()
            return {claim_id: at for chunk in id_chunks(claim_ids)
                    for claim_id, at in connection.execute(query.where(ReviewEvent.claim_id.in_(chunk)))}
