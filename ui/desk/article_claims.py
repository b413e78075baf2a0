"""The open article's live claims in reading order, addressed by id, and kept up to date from edit results."""

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from workbench.usecases.article_claims import ArticleClaimRows
from workbench.usecases.records import ClaimRecord


def _start(start: int | None) -> int:
    return -1 if start is None else start  # claims without a span first, as the database orders them


class ArticleClaims:
    """Claims by position and by id. Ids, starts, ends, versions and "reviewed" are kept as plain lists, so
    bookkeeping never builds a record: given the rows of article_claims, only the claims someone looks at
    become ClaimRecords. An edit's returned records replace or add or drop just those claims, so a verdict in
    an article of 20,000 claims does not reload the other 19,999."""

    def __init__(self, claims: ArticleClaimRows | Iterable[ClaimRecord] = ()) -> None:
        self.set(claims)

    def set(self, claims: ArticleClaimRows | Iterable[ClaimRecord]) -> None:
        if isinstance(claims, ArticleClaimRows):
            self._lazy = claims
            self._columns(list(range(len(claims))), claims.ids, claims.starts, claims.ends, claims.versions,
                          claims.reviewed)
        else:
            self._lazy = None
            self._arrange([_entry(c) for c in claims])

    def _arrange(self, entries: list[tuple]) -> None:
        """Entries are (record or position in the lazy rows, id, start, end, version, reviewed), in order."""
        self._columns(*(list(column) for column in zip(*entries, strict=True)) if entries else ([],) * 6)

    def _columns(self, entries: list, ids: list[int], starts: list[int | None], ends: list[int | None],
                 versions: list[int], reviewed: list[bool]) -> None:
        self._entries, self._ids, self._ends, self._versions = entries, list(ids), list(ends), list(versions)
        self._index = dict(zip(ids, range(len(ids)), strict=True))
        self._starts = [-1 if start is None else start for start in starts]
        self._reviewed_flags = list(reviewed)
        self._reviewed = sum(self._reviewed_flags)
        self._longest = max((end - start for start, end in zip(self._starts, self._ends, strict=True)
                             if start >= 0 and end is not None), default=0)

    def _record(self, index: int) -> ClaimRecord:
        entry = self._entries[index]
        return entry if isinstance(entry, ClaimRecord) else self._lazy[entry]

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[ClaimRecord]:
        return (self._record(i) for i in range(len(self)))

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [self._record(i) for i in range(*item.indices(len(self)))]
        return self._record(item if item >= 0 else len(self) + item)

    def index_of(self, claim_id: int | None) -> int:
        return self._index.get(claim_id, -1)

    def get(self, claim_id: int | None) -> ClaimRecord | None:
        index = self._index.get(claim_id)
        return None if index is None else self._record(index)

    def versions(self) -> dict[int, int]:
        """Each claim's version as read, for the edits' conflict check, without building the records."""
        return dict(zip(self._ids, self._versions, strict=True))

    def reviewed(self) -> int:
        """How many have a verdict (kept as a count: the status bar asks after every key)."""
        return self._reviewed

    def next_unreviewed(self, after: int) -> ClaimRecord | None:
        """The first claim without a verdict after position `after`, wrapping round to the start."""
        flags = self._reviewed_flags
        for index in [*range(after + 1, len(flags)), *range(0, min(after + 1, len(flags)))]:
            if not flags[index]:
                return self._record(index)
        return None

    def overlapping(self, low: int, high: int) -> list[ClaimRecord]:
        """The claims with text in the article span [low, high), found by bisection on the starts."""
        begin = max(bisect_left(self._starts, low - self._longest), bisect_left(self._starts, 0))
        return [self._record(i) for i in range(begin, bisect_left(self._starts, high)) if self._ends[i] > low]

    def take_in(self, records: Iterable[ClaimRecord], article_id: int) -> None:
        """Apply what edits returned: a changed claim replaces its row, a new one is placed in reading order,
        a deleted one (or one now in another article) leaves."""
        moved = []
        for record in records:
            index = self._index.get(record.id)
            stays = not record.deleted and record.article_id == article_id
            if index is not None and stays and self._starts[index] == _start(record.start):
                self._reviewed += record.is_reviewed - self._reviewed_flags[index]
                self._entries[index], self._ends[index] = record, record.end
                self._versions[index], self._reviewed_flags[index] = record.version, record.is_reviewed
                if record.start is not None:
                    self._longest = max(self._longest, record.end - record.start)
            elif index is not None or stays:
                moved.append(record)
        if moved:
            changed = {r.id: r for r in moved}
            kept = [self._entry_at(i) for i, claim_id in enumerate(self._ids) if claim_id not in changed]
            staying = [_entry(r) for r in changed.values() if not r.deleted and r.article_id == article_id]
            self._arrange(sorted(kept + staying, key=lambda e: (_start(e[2]), e[1])))

    def _entry_at(self, index: int) -> tuple:
        return (self._entries[index], self._ids[index], None if self._starts[index] < 0 else self._starts[index],
                self._ends[index], self._versions[index], self._reviewed_flags[index])


def _entry(record: ClaimRecord) -> tuple:
    return (record, record.id, record.start, record.end, record.version, record.is_reviewed)
