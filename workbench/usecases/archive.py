"""Loading a desk's archive of checked claims from CSV/TSV: streamed in batches, every id kept, indexed at once.

Each batch is one transaction (claims, their verdict history and their index rows together), so an
interrupted import keeps the batches already done and a re-run skips them by id.
"""

import csv
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

from sqlalchemy import insert, select

from workbench.enums import ClaimOrigin, ClaimVerdict
from workbench.errors import InputRefused
from workbench.intake.files import open_regular_file
from workbench.matching.index import entry_for, index_for
from workbench.reports.safety import printable_name
from workbench.storage.bulk import insert_rows
from workbench.storage.history_chain import chain_rows
from workbench.storage.models import Claim, ReviewEvent, utcnow
from workbench.text.normalize import comparison_key
from workbench.usecases.records import Actor

MAX_ERRORS_LISTED = 50
_REFS_PER_QUERY = 900  # under SQLite's oldest limit of 999 bound values
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_VERDICT_WORDS = {
    ClaimVerdict.FALSE: ("false", "fake", "pants on fire", "mostly false", "incorrect", "wrong", "fabricated",
                         "hoax", "scam", "fiction", "زايف", "زايفه", "كاذب", "كاذبه", "خاطي", "خطا", "مفبرك",
                         "مفبركه", "مزيف", "مزيفه", "غير صحيح", "اشاعه", "كذب"),
    ClaimVerdict.MISLEADING: ("misleading", "mixture", "half true", "mixed", "out of context", "miscaptioned",
                              "missing context", "partly false", "partially false", "exaggerated", "distorted",
                              "مضلل", "مضلله", "نصف صحيح", "مجتزا", "خارج السياق", "مبالغ فيه"),
    ClaimVerdict.VERIFIED: ("true", "correct", "mostly true", "accurate", "verified", "confirmed", "صحيح",
                            "صحيحه", "حقيقي", "حقيقيه", "موثق", "مؤكد", "موكد"),
    ClaimVerdict.DISPUTED: ("disputed", "contested", "متنازع عليه", "مختلف عليه"),
    ClaimVerdict.UNVERIFIABLE: ("unproven", "unverified", "unverifiable", "no evidence", "undetermined",
                                "research in progress", "unsupported", "غير مؤكد", "لا دليل", "غير قابل للتحقق",
                                "لم يثبت"),
}
_VERDICTS = {comparison_key(w): v for v, words in _VERDICT_WORDS.items() for w in words} | {
    v.value: v for v in ClaimVerdict
}


@dataclass(frozen=True)
class ArchiveImportResult:
    """What `claims import` did; `errors` are one-line messages naming the file's line."""

    imported: int
    skipped_existing: int
    errors: tuple[str, ...]
    error_count: int = 0
    cancelled: bool = False
    notes: tuple[str, ...] = ()  # rows read specially (a quoted text over lines, a stray quote, a repeated id)
    stopped: str | None = None  # why reading stopped before the end; every row before that line is stored


@lru_cache(maxsize=4096)  # an archive spells its few ratings the same way on thousands of rows
def map_verdict(raw: str | None) -> ClaimVerdict | None:
    """The verdict a free-text archive rating means, None for blank or unknown ratings."""
    key = comparison_key(raw or "")
    return _VERDICTS.get(key) if key else None


def guess_language(text: str) -> str:
    if _ARABIC.search(text):
        return "ar"
    return "en" if re.search(r"\b(the|and|of|is|are|to|in|was)\b", text, re.IGNORECASE) else "und"


def _delimiter(path: Path, header: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".tsv", ".tab"):
        return "\t"
    if suffix == ".csv":
        return ","
    counts = {d: header.count(d) for d in ("\t", ",", ";")}
    return max(counts, key=counts.get) if max(counts.values()) else ","


@dataclass
class _Row:
    ref: str
    text: str
    verdict: str | None
    url: str | None
    date: str | None
    title: str | None
    line: int


_SAMPLE_LINES = 1000
_MAX_LINE_BYTES = 4 * 1_000_000  # a claim's row of a million characters is not a claim
_MAX_ROW_LINES = 20  # a quoted CSV text may hold line breaks; one not closed within this many lines is a stray quote


def _uses_quoting(delimiter: str, sample: list[str]) -> bool:
    """CSV quotes fields (RFC 4180). TSV has no quoting, unless this file quotes consistently: some field starts
    with a quote, and every such field is a well-formed quoted field on its line."""
    if delimiter != "\t":
        return True
    quoted = [f for line in sample for f in line.split("\t") if f.startswith('"')]
    return bool(quoted) and all(len(f) > 1 and f.endswith('"') and '"' not in f[1:-1].replace('""', "")
                                for f in quoted)


@dataclass
class _Reading:
    """What reading the file noticed beside the rows: rows read specially, and where it had to stop."""

    notes: list[str]
    stopped: str | None = None


def _lines(raw, first_number: int, reading: _Reading, name: str):
    """(line number, text without its line end) of each line; stops, saying so, at one that is not UTF-8."""
    for number, data in enumerate(iter(lambda: raw.readline(_MAX_LINE_BYTES + 1), b""), start=first_number):
        if len(data) > _MAX_LINE_BYTES:
            reading.stopped = f"{name} line {number} is over {_MAX_LINE_BYTES:,} bytes long: not a row of claims"
            return
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as error:
            reading.stopped = (f"{name} line {number} is not UTF-8 (byte {error.start + 1} of the line); "
                               "nothing from it on was read: save the file as UTF-8 and import again")
            return
        yield number, line.rstrip("\r\n")


def _records(lines, delimiter: str, quoting: bool, reading: _Reading):
    """(first line, last line, fields) of each row; a field never runs over lines without a note saying so."""
    lines = iter(lines)
    for number, line in lines:
        if not quoting:
            yield number, number, line.split(delimiter)
            continue
        text, last, held = line, number, []
        while True:
            try:
                fields = next(csv.reader([text], delimiter=delimiter, strict=True), [])
                break
            except csv.Error:
                following = next(lines, None) if len(held) < _MAX_ROW_LINES else None
                if following is None:
                    # A stray quote: the line is read as written, and the lines after it are rows of their own.
                    reading.notes.append(f"line {number}: a quote opened on this line is never closed; "
                                         "the row was read with the quote as a character")
                    yield number, number, next(csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
                    yield from _records(held, delimiter, quoting, reading)
                    fields = None
                    break
                held.append(following)
                last = following[0]
                text += "\n" + following[1]
        if fields is None:
            continue
        if last > number:
            reading.notes.append(f"lines {number}-{last}: one row, its quoted text running over {last - number + 1} lines")
        yield number, last, fields


def _rows(path: Path, errors: list[str], reading: _Reading):
    """(line, _Row) for each good row; bad rows become error messages naming their line. Reads lazily."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        handle = open_regular_file(path)
    except InputRefused as refusal:
        raise InputRefused(f"{printable_name(str(path))}: {refusal}") from None
    name = printable_name(path.name)
    with handle:
        try:
            first = handle.readline(_MAX_LINE_BYTES + 1).decode("utf-8-sig").rstrip("\r\n")
        except UnicodeDecodeError:
            raise InputRefused(f"{name} is not UTF-8 text; save it as UTF-8 and import again") from None
        delimiter = _delimiter(path, first)
        header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter), [])]
        missing = [column for column in ("id", "text") if column not in header]
        if missing:
            raise InputRefused(f"{name}: the header needs columns id and text (missing: {', '.join(missing)})")
        col = {c: header.index(c) for c in ("id", "text", "verdict", "url", "date", "title") if c in header}
        lines = _lines(handle, 2, reading, name)
        sample = [next(lines, None) for _ in range(_SAMPLE_LINES)]
        sample = [item for item in sample if item is not None]
        quoting = _uses_quoting(delimiter, [line for _, line in sample])
        for line, _last, fields in _records(chain(sample, lines), delimiter, quoting, reading):
            if not any(f.strip() for f in fields):
                continue
            if any("\x00" in f for f in fields):
                errors.append(f"line {line}: contains a NUL character; refused")
                continue

            def get(column, fields=fields):
                i = col.get(column)
                value = fields[i].strip() if i is not None and i < len(fields) else ""
                return value or None

            ref, text = get("id"), get("text")
            if ref is None:
                errors.append(f"line {line}: no id")
            elif text is None:
                errors.append(f"line {line}: claim {ref!r} has no text")
            elif len(ref) > 300:
                errors.append(f"line {line}: id longer than 300 characters")
            else:
                yield _Row(ref, text, get("verdict"), get("url"), get("date"), get("title"), line)


def _batches(rows, size):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_claims_file(db, path, *, progress: Callable[[int, int | None], None] | None = None,
                       cancelled: Callable[[], bool] | None = None, batch_size: int = 10_000,
                       actor: Actor | None = None) -> ArchiveImportResult:
    """Import an archive file of checked claims (header: id, text; optional verdict, url, date, title)."""
    path, actor = Path(path), actor or Actor()
    errors: list[str] = []
    reading = _Reading([])
    imported = skipped = 0
    was_cancelled = False
    for batch in _batches(_rows(path, errors, reading), batch_size):
        with db.writing() as session:
            done, repeated = _store_batch(session, batch, actor, reading.notes)
        imported, skipped = imported + done, skipped + repeated
        if progress:
            progress(imported + skipped, None)
        if cancelled and cancelled():
            was_cancelled = True
            break
    stopped = reading.stopped and f"{reading.stopped}; {imported} claims before it are stored"
    return ArchiveImportResult(imported, skipped, tuple(errors[:MAX_ERRORS_LISTED]), len(errors), was_cancelled,
                               tuple(reading.notes[:MAX_ERRORS_LISTED]), stopped)


def _store_batch(session, batch: list[_Row], actor: Actor, notes: list[str]) -> tuple[int, int]:
    existing = _existing_refs(session, {row.ref for row in batch})
    fresh, seen = [], {}
    for row in batch:
        if row.ref in seen:
            notes.append(f"line {row.line}: id {row.ref!r} repeats line {seen[row.ref]}; skipped")
        if row.ref in existing or row.ref in seen:
            continue
        seen[row.ref] = row.line
        fresh.append(row)
    if not fresh:
        return 0, len(batch)
    now = utcnow()
    # The same for every claim of the batch: converted for the database once, not once per claim.
    constant = {"evidence": [], "version": 1, "attribution_verdict": "unchecked", "origin": ClaimOrigin.ARCHIVE.value,
                "deleted": False, "created_at": now, "updated_at": now}
    claims, events = [], []
    for row in fresh:
        verdict = map_verdict(row.verdict)
        note = f"archive verdict: {row.verdict}" if row.verdict and verdict is None else ""
        claims.append({
            "external_ref": row.ref, "text": row.text, "language": guess_language(row.text), "note": note,
            "claim_verdict": (verdict or ClaimVerdict.UNREVIEWED).value,
            "source_url": (row.url or None) and row.url[:2000], "source_title": (row.title or None) and row.title[:1000],
            "claim_date": (row.date or None) and row.date[:40],
        })
    ids = _insert_claims(session, claims, constant)
    for claim_id, claim in zip(ids, claims, strict=True):
        if claim["claim_verdict"] != ClaimVerdict.UNREVIEWED.value:
            events.append({
                "claim_id": claim_id, "article_id": None, "entity": "claim", "entity_id": claim_id,
                "field": "claim_verdict", "old_value": ClaimVerdict.UNREVIEWED.value,
                "new_value": claim["claim_verdict"], "note": "archive import", "reviewer_id": actor.reviewer_id,
                "session_id": actor.session_id, "created_at": now,
            })
    if events:
        chain_rows(session, events)  # the history's hash chain (workbench.storage.history_chain)
        insert_rows(session, ReviewEvent.__table__, columns=tuple(events[0]), rows=[tuple(e.values()) for e in events])
    conn = session.connection()
    index = index_for(conn)
    entries = (entry_for(i, c["text"], c["source_title"]) for i, c in zip(ids, claims, strict=True))
    if hasattr(index, "create"):
        index.add(conn, entries, fresh=True)
    else:
        index.add(conn, entries)
    return len(fresh), len(batch) - len(fresh)


def _existing_refs(session, refs: set[str]) -> set[str]:
    """Which of these archive ids are stored already (deleted claims included)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return set(session.scalars(select(Claim.external_ref).where(Claim.external_ref.in_(refs))))
    # A batch's 10,000 ids bound by SQLAlchemy's expanding IN cost more than the lookup itself.
    cursor, ordered, found = conn.connection.driver_connection.cursor(), list(refs), set()
    for first in range(0, len(ordered), _REFS_PER_QUERY):
        part = ordered[first:first + _REFS_PER_QUERY]
        found.update(ref for (ref,) in cursor.execute(
            f"SELECT external_ref FROM claim WHERE external_ref IN ({', '.join('?' * len(part))})", part))
    return found


def _insert_claims(session, claims: list[dict], constant: dict) -> list[int]:
    """Insert claim rows (each its own values and the batch's constant ones) in bulk; their ids in order."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        rows = session.execute(insert(Claim).returning(Claim.id, sort_by_parameter_order=True),
                               [claim | constant for claim in claims])
        return [r[0] for r in rows]
    # Under BEGIN IMMEDIATE nobody else writes, so ids can be handed out here: one executemany, no RETURNING.
    start = (conn.exec_driver_sql("SELECT max(id) FROM claim").scalar() or 0) + 1
    ids = list(range(start, start + len(claims)))
    columns = ["id", *claims[0].keys(), *constant.keys()]
    fixed = tuple(_sql_value(v) for v in constant.values())
    cursor = conn.connection.driver_connection.cursor()
    cursor.executemany(
        f"INSERT INTO claim ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [(i, *c.values(), *fixed) for i, c in zip(ids, claims, strict=True)],
    )
    return ids


def _sql_value(value):
    if isinstance(value, list):
        return json.dumps(value)
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ")
    return value



