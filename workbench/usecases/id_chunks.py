"""Ids in lists short enough for one SQL IN (...) each, so an article of 100,000 claims can be queried."""

from collections.abc import Iterable

# SQLite binds at most 999 variables per statement before 3.32 (32,766 after); one report query binds its
# list three times.
IDS_PER_QUERY = 300


def id_chunks(ids: Iterable[int]) -> list[list[int]]:
    """ids, in order, cut into lists of at most IDS_PER_QUERY."""
    ordered = list(ids)
    return [ordered[i:i + IDS_PER_QUERY] for i in range(0, len(ordered), IDS_PER_QUERY)]
