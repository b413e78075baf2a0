"""Real separate processes on one database, shared by tests/test_concurrency.py and bench/bench_concurrency.py.

An import and several scripted reviewers run at once (nothing may say "database is locked", everything must
land), and pairs of reviewers save the same claim from the same version (exactly one wins, never both).
"""

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from tests.crash_harness import (
    ROOT,
    KillFigures,
    article_shapes,
    count_lost,
    make_articles,
    parse_done,
    prepare_review_db,
    reference_shapes,
    spawn,
    verify,
)
from workbench.storage.database import connect
from workbench.storage.paths import database_url
from workbench.usecases.claims import get_claim

RUN_TIMEOUT = 240


@dataclass
class RaceFigures:
    """One run of an import racing reviewers; every count of trouble must be 0."""

    seconds: float = 0.0
    articles_imported: int = 0
    articles_missing: int = 0
    edits_saved: int = 0
    edits_lost: int = 0
    failed_processes: int = 0
    locked_messages: int = 0
    integrity_failures: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class ConflictFigures:
    """Two reviewers saving one claim from one version, `rounds` times."""

    rounds: int = 0
    one_winner: int = 0
    conflicts_shown: int = 0
    silent_overwrites: int = 0
    wrong_final_state: int = 0
    problems: list[str] = field(default_factory=list)


def _stderr_trouble(text: str) -> list[str]:
    return [line for line in text.splitlines() if "locked" in line.lower() or "Traceback" in line]


def race_import_and_reviewers(work: Path, *, files: int, reviewers: int, edits: int, seed: int = 1,
                              start_number: int = 0) -> RaceFigures:
    """A CLI import of `files` new articles while `reviewers` scripted reviewers edit disjoint claims."""
    figures = RaceFigures()
    db_path, claim_ids = prepare_review_db(work, articles=max(2, reviewers))
    paths = make_articles(work / "race-articles", start_number, files)
    reference = reference_shapes(paths, work)
    started = time.monotonic()
    importer = spawn(["main.py", "--db", str(db_path), "import", *map(str, paths)], work / "import.err")
    crew = []
    for number in range(reviewers):
        mine = claim_ids[number::reviewers]
        proc = spawn(["-m", "tests.scripted_reviewer", "--db", str(db_path), "--edits", str(edits),
                      "--seed", str(seed + number), "--reviewer", f"reviewer-{number}", *map(str, mine)],
                     work / f"reviewer-{number}.err")
        crew.append(proc)
    outputs = {}
    for proc in [importer, *crew]:
        try:
            outputs[proc.pid], _ = proc.communicate(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            outputs[proc.pid], _ = proc.communicate()
            figures.problems.append(f"process {proc.args[1:3]} did not finish in {RUN_TIMEOUT} s")
        figures.failed_processes += proc.returncode != 0
    figures.seconds = time.monotonic() - started
    for err in [work / "import.err", *(work / f"reviewer-{n}.err" for n in range(reviewers))]:
        trouble = _stderr_trouble(err.read_text(encoding="utf-8"))
        figures.locked_messages += len(trouble)
        figures.problems.extend(f"{err.name}: {line}" for line in trouble)

    reported = defaultdict(list)
    for proc in crew:
        for line in outputs[proc.pid].splitlines():
            if line.startswith("done "):
                claim_id, field_name, value, version = parse_done(line)
                reported[claim_id].append((field_name, value, version))
                figures.edits_saved += 1
    lost = KillFigures()
    count_lost(reported, db_path, lost)
    verify(db_path, lost)
    figures.edits_lost = lost.edits_lost
    figures.integrity_failures = lost.integrity_failures + lost.history_problems
    figures.problems.extend(lost.problems)

    db = connect(f"sqlite:///{db_path}")
    try:
        stored = article_shapes(db)
    finally:
        db.close()
    for sha, shape in reference.items():
        if stored.get(sha) == shape:
            figures.articles_imported += 1
        else:
            figures.articles_missing += 1
            figures.problems.append(f"article {sha[:12]}: stored {stored.get(sha)}, expected {shape}")
    return figures


def main_py(location, *args: str) -> subprocess.Popen:
    """`main.py --db LOCATION ARGS` as a separate process; LOCATION is a SQLite file or a PostgreSQL URL."""
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(location), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(procs: list[subprocess.Popen]) -> list[tuple[str, str, int]]:
    """(stdout, stderr, exit code) of each process, in order."""
    return [(*p.communicate(timeout=RUN_TIMEOUT), p.returncode) for p in procs]


@contextmanager
def writers_held(location) -> Iterator[callable]:
    """Hold the database's write lock; yields wait(procs), which returns once every process waits for it.

    Leaving the block releases the lock, so the waiting processes race for it at the same moment: the race
    is made certain instead of being left to timing. PostgreSQL shows its waiters in pg_stat_activity;
    SQLite does not, so there a process counts as waiting once it has the file open and a moment has passed.
    """
    url = database_url(location)
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        holder = sqlite3.connect(path, isolation_level=None, timeout=30)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield lambda procs: _wait_for_open_file(procs, path)
        finally:
            holder.execute("COMMIT")
            holder.close()
        return
    db = connect(url)
    try:
        with db.writing() as session:
            session.execute(text("SELECT 1"))  # the first statement takes the advisory write lock
            yield lambda procs: wait_for_lock_waiters(db, procs, len(procs))
    finally:
        db.close()


def _ended_early(procs: list[subprocess.Popen]) -> None:
    ended = [p for p in procs if p.poll() is not None]
    if ended:
        raise AssertionError(f"a process ended before the race: {ended[0].communicate()}")


def _wait_for_open_file(procs: list[subprocess.Popen], path: str) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT
    waiting: set[int] = set()
    while len(waiting) < len(procs):
        if time.monotonic() > deadline:
            raise AssertionError("the processes never opened the database")
        _ended_early(procs)
        for proc in procs:
            try:
                targets = {os.readlink(f"/proc/{proc.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{proc.pid}/fd")}
            except OSError:
                continue
            if path in targets:
                waiting.add(proc.pid)
        time.sleep(0.05)
    time.sleep(1.5)  # from opening the file to its first write (which waits) takes a fraction of this
    _ended_early(procs)


def wait_for_lock_waiters(db, procs: list[subprocess.Popen], count: int) -> None:
    """Wait until `count` other sessions on db's database wait for a lock (failing if a process ends first)."""
    query = text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                 "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            if conn.execute(query).scalar() >= count:
                return
        _ended_early(procs)
        time.sleep(0.05)
    raise AssertionError(f"{count} sessions never waited for the database's write lock")


@dataclass
class RaceRounds:
    """Rounds of two processes doing the same thing at once; `good` counts rounds that ended as they must."""

    rounds: int = 0
    good: int = 0
    tracebacks: int = 0
    problems: list[str] = field(default_factory=list)

    def judge(self, number: int, results: list[tuple[str, str, int]], good: bool) -> None:
        self.rounds += 1
        self.tracebacks += sum("Traceback" in err for _out, err, _code in results)
        self.good += good
        if not good:
            shown = [(code, out.strip()[-200:], err.strip()[-300:]) for out, err, code in results]
            self.problems.append(f"round {number}: {shown}")


def race(location, commands: list[list[str]]) -> list[tuple[str, str, int]]:
    """Run the commands as separate processes that reach the database's write lock at the same moment."""
    with writers_held(location) as wait:
        procs = [main_py(location, *command) for command in commands]
        wait(procs)
    return finish(procs)


def _claim_state(location, claim_id: int) -> tuple[int, str]:
    db = connect(database_url(location))
    try:
        claim = get_claim(db, claim_id)
        return claim.version, claim.claim_verdict
    finally:
        db.close()


def _one_line_conflict(err: str) -> bool:
    lines = err.strip().splitlines()
    return len(lines) == 1 and "changed elsewhere" in lines[0]


def race_same_claim(location, claim_id: int, *, rounds: int) -> ConflictFigures:
    """Two `verdict` commands save one claim from the same version at once, `rounds` times."""
    figures = ConflictFigures()
    choices = [("false", "verified"), ("misleading", "disputed"), ("unverifiable", "false")]
    for number in range(rounds):
        version, _verdict = _claim_state(location, claim_id)
        wanted = choices[number % len(choices)]
        results = race(location, [["verdict", str(claim_id), "--claim", verdict, "--version", str(version),
                                   "--reviewer", f"desk-{side}"] for side, verdict in enumerate(wanted)])
        figures.rounds += 1
        winners = [i for i, (_out, _err, code) in enumerate(results) if code == 0]
        figures.silent_overwrites += len(winners) == 2
        figures.one_winner += len(winners) == 1
        for _out, err, code in results:
            if code == 0:
                continue
            if _one_line_conflict(err):
                figures.conflicts_shown += 1
            else:
                figures.problems.append(f"round {number}: the losing save said {err.strip()[:300]!r}")
        after = _claim_state(location, claim_id)
        if len(winners) == 1 and after != (version + 1, wanted[winners[0]]):
            figures.wrong_final_state += 1
            figures.problems.append(f"round {number}: claim is {after[1]} v{after[0]}")
    return figures


def race_same_import(location, work: Path, *, rounds: int) -> RaceRounds:
    """Two `import` commands of one new article at once: both succeed, one imported and one already there
    (status "duplicate" in the JSON)."""
    figures = RaceRounds()
    for number, path in enumerate(make_articles(work / "same-import", 700, rounds)):
        results = race(location, [["import", "--json", str(path)]] * 2)
        statuses = sorted(_import_status(out) for out, _err, _code in results)
        good = [code for *_x, code in results] == [0, 0] and statuses == ["duplicate", "imported"]
        figures.judge(number, results, good)
    return figures


def _import_status(out: str) -> str:
    try:
        return json.loads(out)[0]["status"]
    except (ValueError, LookupError, TypeError):
        return f"unreadable: {out.strip()[:100]}"


def race_new_reviewer(location, claim_id: int, *, rounds: int) -> RaceRounds:
    """Two commands by one reviewer nobody has used yet: both succeed, and the reviewer is stored once."""
    figures = RaceRounds()
    for number in range(rounds):
        name = f"Layla {number}"
        results = race(location, [["verdict", str(claim_id), "--note", f"from {side}", "--reviewer", name]
                                  for side in range(2)])
        good = [code for *_x, code in results] == [0, 0] and _count(location, "reviewer", "name", name) == 1
        figures.judge(number, results, good)
    return figures


def race_same_claims_file(location, work: Path, *, rounds: int) -> RaceRounds:
    """Two `claims import` of one file of checked claims at once: both succeed, each claim is stored once."""
    figures = RaceRounds()
    folder = work / "claims-files"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(rounds):
        path = folder / f"checked-{number}.csv"
        refs = [f"desk-{number}-{row}" for row in range(5)]
        path.write_text("id,text,verdict\n" + "".join(
            f"{ref},The minister said {row + 10 * number} trucks crossed on day {row},false\n"
            for row, ref in enumerate(refs)), encoding="utf-8")
        results = race(location, [["claims", "import", "--no-vectors", str(path)]] * 2)
        stored = [_count(location, "claim", "external_ref", ref) for ref in refs]
        good = [code for *_x, code in results] == [0, 0] and stored == [1] * len(refs)
        figures.judge(number, results, good)
    return figures


def _count(location, table: str, column: str, value: str) -> int:
    db = connect(database_url(location))
    try:
        with db.reading() as session:
            return session.execute(text(f"SELECT count(*) FROM {table} WHERE {column} = :value"),
                                   {"value": value}).scalar()
    finally:
        db.close()
