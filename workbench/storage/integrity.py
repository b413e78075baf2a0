"""`check`: is the database sound, is the history append-only, and do current verdicts equal its replay."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from workbench.enums import AttributionVerdict, ClaimVerdict

# The fields whose current value must equal the replay of the history, and their value before any event.
VERDICT_DEFAULTS = {
    "claim_verdict": ClaimVerdict.UNREVIEWED.value,
    "attribution_verdict": AttributionVerdict.UNCHECKED.value,
}
HISTORY_TRIGGERS = {
    "sqlite": ("review_event_no_update", "review_event_no_delete"),
    "postgresql": ("review_event_no_change",),
}
MAX_LINES_PER_CHECK = 100


@dataclass(frozen=True)
class CheckResult:
    """One check and the problems it found, one line each (none means it passed)."""

    name: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CheckReport:
    """Every check run on one database; ok only when none found a problem."""

    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def problems(self) -> list[str]:
        return [p for r in self.results for p in r.problems]


def check_database(db) -> CheckReport:
    """Run every check; a check that cannot run (e.g. a malformed file) reports that as its problem."""
    # SQLite's own file and foreign key checks; on a server, keys are enforced on every write and its pages
    # are checked with the server's tools (pg_amcheck).
    file_checks = [("integrity_check", _integrity_check), ("foreign_key_check", _foreign_key_check)]
    checks: list[tuple[str, Callable[[object], Iterable[str]]]] = [
        *(file_checks if db.is_sqlite else []),
        ("history is append-only", _history_triggers),
        ("verdicts equal the replay of the history", _verdicts_replay),
        ("every article is complete", _articles_complete),
    ]
    results = []
    for name, check in checks:
        try:
            problems = _capped(check(db))
        except DBAPIError as error:
            problems = (f"could not run: {_one_line(error)}",)
        results.append(CheckResult(name, problems))
    return CheckReport(tuple(results))


def _capped(lines: Iterable[str]) -> tuple[str, ...]:
    found = list(lines)
    if len(found) > MAX_LINES_PER_CHECK:
        extra = len(found) - MAX_LINES_PER_CHECK
        found = [*found[:MAX_LINES_PER_CHECK], f"… and {extra} more like these"]
    return tuple(found)


def _one_line(error: DBAPIError) -> str:
    return str(error.orig if error.orig is not None else error).splitlines()[0]


def _integrity_check(db) -> Iterator[str]:
    with db.engine.connect() as conn:
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                yield f"integrity_check: {line}"


def _foreign_key_check(db) -> Iterator[str]:
    with db.engine.connect() as conn:
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            yield f"{table} row {rowid} points at a missing {parent} row"


def _history_triggers(db) -> Iterator[str]:
    dialect = db.engine.dialect.name
    expected = HISTORY_TRIGGERS.get(dialect)
    if expected is None:
        return
    if dialect == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'review_event'"
    else:
        query = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'review_event'::regclass"
    with db.engine.connect() as conn:
        present = {row[0] for row in conn.exec_driver_sql(query)}
    for name in expected:
        if name not in present:
            yield f"trigger {name} is missing: the review history could be changed or deleted"


def _verdicts_replay(db) -> Iterator[str]:
    """Replay each claim's verdict events in id order from the defaults and compare with the claim."""
    fields = tuple(VERDICT_DEFAULTS)
    claims = text("SELECT id, claim_verdict, attribution_verdict FROM claim ORDER BY id")
    events = text(
        "SELECT claim_id, id, field, old_value, new_value FROM review_event "
        "WHERE claim_id IS NOT NULL AND field IN ('claim_verdict', 'attribution_verdict') ORDER BY claim_id, id"
    )
    with db.engine.connect() as claims_conn, db.engine.connect() as events_conn:
        event_groups = groupby(events_conn.execution_options(yield_per=2000).execute(events), key=lambda e: e[0])
        pending = next(event_groups, None)
        for claim_id, *stored in claims_conn.execution_options(yield_per=2000).execute(claims):
            while pending is not None and pending[0] < claim_id:
                yield f"history has verdict events for claim {pending[0]}, which does not exist"
                pending = next(event_groups, None)
            claim_events = []
            if pending is not None and pending[0] == claim_id:
                claim_events = list(pending[1])
                pending = next(event_groups, None)
            yield from _replay_one(claim_id, dict(zip(fields, stored, strict=True)), claim_events)
        while pending is not None:
            yield f"history has verdict events for claim {pending[0]}, which does not exist"
            pending = next(event_groups, None)


def _replay_one(claim_id: int, stored: dict[str, str], events: list) -> Iterator[str]:
    replayed = dict(VERDICT_DEFAULTS)
    for _claim_id, event_id, field, old, new in events:
        if old != replayed[field]:
            yield (f"claim {claim_id}: history event {event_id} says {field} was {old!r}, "
                   f"but the events before it give {replayed[field]!r}")
        replayed[field] = new
    for field, value in stored.items():
        if value != replayed[field]:
            yield f"claim {claim_id}: {field} is {value!r} but the history replays to {replayed[field]!r}"


def _articles_complete(db) -> Iterator[str]:
    """Import writes an article, its claims and its "imported" event in one transaction: all or none."""
    query = text(
        "SELECT a.id, a.sha256 FROM article a WHERE NOT EXISTS (SELECT 1 FROM review_event e "
        "WHERE e.article_id = a.id AND e.entity = 'article' AND e.field = 'imported') ORDER BY a.id"
    )
    with db.engine.connect() as conn:
        for article_id, sha in conn.execute(query):
            yield f"article {article_id} ({sha[:12]}) has no import record: it may be half-written"
