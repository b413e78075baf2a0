"""Reports as JSON: the full report structure, with the derived shares spelled out, written as it is read."""

import dataclasses
import json
from collections.abc import Iterable, Iterator
from datetime import datetime

from workbench.reports.model import OutletRow, Summary

# Figures the model computes rather than stores; a JSON reader should not have to recompute them.
DERIVED = {
    Summary: ("attributed_share", "anonymous_share"),
    OutletRow: ("reviewed", "disputed_or_false", "disputed_share"),
}
# What json.dumps(value, ensure_ascii=False, indent=1) uses; its iterencode yields the same text in pieces.
ENCODER = json.JSONEncoder(ensure_ascii=False, indent=1)


class Streamed(list):
    """A JSON array whose items are made while the encoder writes them (the encoder asks only whether it is
    empty, then iterates once); it holds one item at a time."""

    _UNREAD, _NOTHING = object(), object()

    def __init__(self, items: Iterable) -> None:
        super().__init__()
        self._items = iter(items)
        self._first = self._UNREAD

    def __bool__(self) -> bool:
        if self._first is self._UNREAD:
            self._first = next(self._items, self._NOTHING)
        return self._first is not self._NOTHING

    def __len__(self) -> int:
        return int(bool(self))

    def __iter__(self) -> Iterator:
        if self:
            yield self._first
            yield from self._items


def plain(value):
    """value as JSON-ready dicts, lists and scalars (a report's claims and history as Streamed arrays)."""
    if dataclasses.is_dataclass(value):
        result = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in DERIVED.get(type(value), ()):
            result[name] = plain(getattr(value, name))
        return {"type": type(value).__name__, **result} if type(value).__name__.endswith("Report") else result
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):  # a report's claims or history
        return Streamed(plain(v) for v in value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def json_parts(value) -> Iterator[str]:
    """json.dumps(value, ensure_ascii=False, indent=1) + a newline, in pieces."""
    yield from ENCODER.iterencode(value)
    yield "\n"


def report_json(report) -> str:
    """Any report as indented JSON, UTF-8 text kept readable (not \\u-escaped)."""
    return "".join(json_parts(plain(report)))
