"""`check`: is the database sound, is the history append-only and unbroken, do current verdicts equal its replay,
and does the search index hold exactly the live claims."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import DateTime, inspect, text
from sqlalchemy.exc import DBAPIError

from workbench.enums import AttributionVerdict, ClaimVerdict
from workbench.errors import IsnadError
from workbench.storage import migrate, pg_maintenance
from workbench.storage.history_chain import CHAINED_FIELDS, chain_problems

# The fields whose current value must equal the replay of the history, and their value before any event.
VERDICT_DEFAULTS = {
    "claim_verdict": ClaimVerdict.UNREVIEWED.value,
    "attribution_verdict": AttributionVerdict.UNCHECKED.value,
}
HISTORY_TRIGGERS = {
    "sqlite": ("review_event_no_update", "review_event_no_delete", "review_event_no_replace"),
    "postgresql": ("review_event_no_change", "review_event_no_replace"),
}
REINDEX_HINT = "run `python main.py reindex` to rebuild it"
MISSING_IDS_SHOWN = 10
INDEX_TERMS_SAMPLE = 1000  # claims whose indexed words are compared with what this Isnad makes of their text
MAX_LINES_PER_CHECK = 100


@dataclass(frozen=True)
class CheckResult:
    """One check and the problems it found, one line each (none means it passed)."""

    name: str
    problems: tuple[str, ...]
    skipped: str | None = None  # why the check could not run here (then it found nothing either way)

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
    # SQLite's own file and foreign key checks; on a server, every foreign key checked in SQL and the index
    # pages by amcheck (skipped, saying so, where it is not installed).
    file_checks = [("integrity_check", _integrity_check), ("foreign_key_check", _foreign_key_check)]
    checks: list[tuple[str, Callable[[object], Iterable[str]]]] = [
        ("schema is one this Isnad knows", _schema_known),
        *(file_checks if db.is_sqlite else pg_maintenance.server_checks()),
        ("history is append-only", _history_triggers),
        ("history chain is unbroken", _history_chain),
        ("verdicts equal the replay of the history", _verdicts_replay),
        ("every article is complete", _articles_complete),
        ("search index holds every live claim", _search_index),
        ("search index reads words as this Isnad does", _index_terms_current),
    ]
    results = []
    for name, check in checks:
        try:
            results.append(CheckResult(name, _capped(check(db))))
        except pg_maintenance.CheckSkipped as skipped:
            results.append(CheckResult(name, (), skipped=str(skipped)))
        except DBAPIError as error:
            results.append(CheckResult(name, (f"could not run: {_one_line(error)}",)))
        except IsnadError as error:  # a storage failure the engine said in one line (workbench.storage.failures)
            results.append(CheckResult(name, (f"could not run: {error}",)))
    return CheckReport(tuple(results))


def _capped(lines: Iterable[str]) -> tuple[str, ...]:
    found = list(lines)
    if len(found) > MAX_LINES_PER_CHECK:
        extra = len(found) - MAX_LINES_PER_CHECK
        found = [*found[:MAX_LINES_PER_CHECK], f"… and {extra} more like these"]
    return tuple(found)


def _one_line(error: DBAPIError) -> str:
    return str(error.orig if error.orig is not None else error).splitlines()[0]


def _schema_known(db) -> Iterator[str]:
    """A newer Isnad's database would be misjudged by the checks below; an older one is checked as it is."""
    revision = migrate.current_revision(db)
    if revision is None:
        yield "no schema revision: this is not an Isnad database"
    elif not migrate.is_known_revision(revision):
        yield migrate.newer_schema_message(revision)


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


def _history_chain(db) -> Iterator[str]:
    columns = ", ".join(("id", "prev_hash", "event_hash", *CHAINED_FIELDS))
    events = text(f"SELECT {columns} FROM review_event ORDER BY id").columns(created_at=DateTime)
    with db.engine.connect() as conn:
        yield from chain_problems(conn.execution_options(yield_per=2000).execute(events).mappings())


def _search_index(db) -> Iterator[str]:
    """The index (claim_search, FTS5 or PostgreSQL) must hold one row per live claim and no other."""
    if db.engine.dialect.name not in ("sqlite", "postgresql"):
        return
    with db.engine.connect() as conn:
        if "claim_search" not in inspect(conn).get_table_names():
            yield f"the search index (claim_search) is missing, so match finds nothing; {REINDEX_HINT}"
            return
        missing = conn.exec_driver_sql(
            "SELECT id FROM claim WHERE NOT deleted AND id NOT IN (SELECT rowid FROM claim_search) ORDER BY id"
        ).scalars().all()
        extra = conn.exec_driver_sql(
            "SELECT rowid FROM claim_search WHERE rowid NOT IN (SELECT id FROM claim WHERE NOT deleted) "
            "ORDER BY rowid").scalars().all()
    if missing:
        yield (f"{_count(missing, 'live claim')} {'is' if len(missing) == 1 else 'are'} not in the search index, "
               f"so match misses {'it' if len(missing) == 1 else 'them'} ({_ids(missing)}); {REINDEX_HINT}")
    if extra:
        yield (f"the search index holds {_count(extra, 'row')} for deleted or missing claims ({_ids(extra)}); "
               f"{REINDEX_HINT}")


def _index_terms_current(db) -> Iterator[str]:
    """A sample of live claims, spread over the ids, must be indexed under the words this Isnad's terms give them:
    an upgrade that reads words differently leaves the old index matching old words until `reindex`."""
    from workbench.matching.index import entry_for, index_for

    with db.engine.connect() as conn:
        if "claim_search" not in inspect(conn).get_table_names():
            return  # said by the check before
        live = conn.exec_driver_sql("SELECT count(*) FROM claim WHERE NOT deleted").scalar()
        step = max(1, live // INDEX_TERMS_SAMPLE)
        sample = conn.execute(text("SELECT id, text, source_title FROM claim WHERE NOT deleted AND id % :step = 0 "
                                   "ORDER BY id LIMIT :n"), {"step": step, "n": INDEX_TERMS_SAMPLE}).all()
        indexed = index_for(conn).entries(conn, [claim_id for claim_id, _, _ in sample])
    stale = []
    for claim_id, claim_text, title in sample:
        expected = entry_for(claim_id, claim_text, title)
        if claim_id in indexed and indexed[claim_id] != (expected.terms, expected.title_terms):
            stale.append(claim_id)
    if stale:
        yield (f"{len(stale)} of {len(sample)} sampled claims are indexed under other word forms than this Isnad "
               f"reads ({_ids(stale)}), so match can miss them; {REINDEX_HINT}")


def _count(ids: list[int], noun: str) -> str:
    return f"{len(ids)} {noun}{'s' if len(ids) != 1 else ''}"


def _ids(ids: list[int]) -> str:
    shown = ", ".join(map(str, ids[:MISSING_IDS_SHOWN]))
    return f"ids {shown}{', …' if len(ids) > MISSING_IDS_SHOWN else ''}"


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
