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
from pathlib import Path

from sqlalchemy import insert, select

from workbench.enums import ClaimOrigin, ClaimVerdict
from workbench.errors import InputRefused
from workbench.matching.index import entry_for, index_for
from workbench.storage.models import Claim, ReviewEvent, utcnow
from workbench.text.normalize import comparison_key
from workbench.usecases.records import Actor

MAX_ERRORS_LISTED = 50
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


def _rows(path: Path, errors: list[str]):
    """(line, _Row) for each good row; bad rows become error messages. Reads lazily."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputRefused(f"cannot read {path}: {error.strerror or error}") from None
    with handle:
        try:
            first = handle.readline()
        except UnicodeDecodeError:
            raise InputRefused(f"{path} is not UTF-8 text; save it as UTF-8 and import again") from None
        delimiter = _delimiter(path, first)
        header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter), [])]
        missing = [name for name in ("id", "text") if name not in header]
        if missing:
            raise InputRefused(f"{path.name}: the header needs columns id and text (missing: {', '.join(missing)})")
        col = {name: header.index(name) for name in ("id", "text", "verdict", "url", "date", "title") if name in header}
        reader = csv.reader(handle, delimiter=delimiter)
        line = 1
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise InputRefused(f"{path.name}: not UTF-8 after line {line}; nothing after it was read") from None
            except csv.Error as error:
                raise InputRefused(f"{path.name} line {reader.line_num + 1}: {error}") from None
            line = reader.line_num + 1  # the header was read before the reader started
            if not any(f.strip() for f in fields):
                continue

            def get(name, fields=fields):
                i = col.get(name)
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
                yield _Row(ref, text, get("verdict"), get("url"), get("date"), get("title"))


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
    imported = skipped = 0
    was_cancelled = False
    for batch in _batches(_rows(path, errors), batch_size):
        with db.writing() as session:
            done, repeated = _store_batch(session, batch, actor, errors)
        imported, skipped = imported + done, skipped + repeated
        if progress:
            progress(imported + skipped, None)
        if cancelled and cancelled():
            was_cancelled = True
            break
    return ArchiveImportResult(imported, skipped, tuple(errors[:MAX_ERRORS_LISTED]), len(errors), was_cancelled)


def _store_batch(session, batch: list[_Row], actor: Actor, errors: list[str]) -> tuple[int, int]:
    refs = {row.ref for row in batch}
    existing = set(session.scalars(select(Claim.external_ref).where(Claim.external_ref.in_(refs))))
    fresh, seen = [], set()
    for row in batch:
        if row.ref in existing or row.ref in seen:
            continue
        seen.add(row.ref)
        fresh.append(row)
    if not fresh:
        return 0, len(batch)
    now = utcnow()
    claims, events = [], []
    for row in fresh:
        verdict = map_verdict(row.verdict)
        note = f"archive verdict: {row.verdict}" if row.verdict and verdict is None else ""
        claims.append({
            "external_ref": row.ref, "text": row.text, "language": guess_language(row.text), "note": note,
            "evidence": [], "version": 1, "claim_verdict": (verdict or ClaimVerdict.UNREVIEWED).value,
            "attribution_verdict": "unchecked", "origin": ClaimOrigin.ARCHIVE.value, "deleted": False,
            "source_url": (row.url or None) and row.url[:2000], "source_title": (row.title or None) and row.title[:1000],
            "claim_date": (row.date or None) and row.date[:40], "created_at": now, "updated_at": now,
        })
    ids = _insert_claims(session, claims)
    for claim_id, claim in zip(ids, claims, strict=True):
        if claim["claim_verdict"] != ClaimVerdict.UNREVIEWED.value:
            events.append({
                "claim_id": claim_id, "article_id": None, "entity": "claim", "entity_id": claim_id,
                "field": "claim_verdict", "old_value": ClaimVerdict.UNREVIEWED.value,
                "new_value": claim["claim_verdict"], "note": "archive import", "reviewer_id": actor.reviewer_id,
                "session_id": actor.session_id, "created_at": now,
            })
    if events:
        session.execute(insert(ReviewEvent), events)
    conn = session.connection()
    index = index_for(conn)
    entries = (entry_for(i, c["text"], c["source_title"]) for i, c in zip(ids, claims, strict=True))
    if hasattr(index, "create"):
        index.add(conn, entries, fresh=True)
    else:
        index.add(conn, entries)
    return len(fresh), len(batch) - len(fresh)


def _insert_claims(session, claims: list[dict]) -> list[int]:
    """Insert claim rows in bulk and return their ids in order."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        rows = session.execute(insert(Claim).returning(Claim.id, sort_by_parameter_order=True), claims)
        return [r[0] for r in rows]
    # Under BEGIN IMMEDIATE nobody else writes, so ids can be handed out here: one executemany, no RETURNING.
    start = (conn.exec_driver_sql("SELECT max(id) FROM claim").scalar() or 0) + 1
    ids = list(range(start, start + len(claims)))
    columns = ["id", *claims[0].keys()]
    cursor = conn.connection.driver_connection.cursor()
    cursor.executemany(
        f"INSERT INTO claim ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [(i, *(_sql_value(v) for v in c.values())) for i, c in zip(ids, claims, strict=True)],
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



