"""The open article's live claims in reading order, addressed by id, and kept up to date from edit results."""

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from workbench.usecases.records import ClaimRecord


def _reading_order(claim: ClaimRecord) -> tuple[int, int]:
    return (-1 if claim.start is None else claim.start, claim.id)  # as list_claims orders them


class ArticleClaims:
    """Claims by position and by id. An edit's returned records replace or add or drop just those claims,
    so a verdict in an article of 20,000 claims does not reload the other 19,999."""

    def __init__(self, claims: Iterable[ClaimRecord] = ()) -> None:
        self.set(claims)

    def set(self, claims: Iterable[ClaimRecord]) -> None:
        self._rows = list(claims)
        self._index = {c.id: i for i, c in enumerate(self._rows)}
        self._reviewed = sum(1 for c in self._rows if c.is_reviewed)
        self._starts = [_reading_order(c)[0] for c in self._rows]
        self._longest = max((c.end - c.start for c in self._rows if c.start is not None), default=0)

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[ClaimRecord]:
        return iter(self._rows)

    def __getitem__(self, item):
        return self._rows[item]

    def index_of(self, claim_id: int | None) -> int:
        return self._index.get(claim_id, -1)

    def get(self, claim_id: int | None) -> ClaimRecord | None:
        index = self._index.get(claim_id)
        return None if index is None else self._rows[index]

    def reviewed(self) -> int:
        """How many have a verdict (kept as a count: the status bar asks after every key)."""
        return self._reviewed

    def overlapping(self, low: int, high: int) -> list[ClaimRecord]:
        """The claims with text in the article span [low, high), found by bisection on the starts."""
        begin = bisect_left(self._starts, low - self._longest)
        return [c for c in self._rows[begin:bisect_left(self._starts, high)]
                if c.start is not None and c.end > low]

    def take_in(self, records: Iterable[ClaimRecord], article_id: int) -> None:
        """Apply what edits returned: a changed claim replaces its row, a new one is placed in reading order,
        a deleted one (or one now in another article) leaves."""
        moved = []
        for record in records:
            index = self._index.get(record.id)
            stays = not record.deleted and record.article_id == article_id
            if index is not None and stays and _reading_order(self._rows[index]) == _reading_order(record):
                self._reviewed += record.is_reviewed - self._rows[index].is_reviewed
                self._rows[index] = record
                if record.start is not None:
                    self._longest = max(self._longest, record.end - record.start)
            elif index is not None or stays:
                moved.append(record)
        if moved:
            changed = {r.id: r for r in moved}
            rows = [changed.pop(c.id, c) for c in self._rows] + list(changed.values())
            self.set(sorted((c for c in rows if not c.deleted and c.article_id == article_id), key=_reading_order))
