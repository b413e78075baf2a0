"""Real separate processes on one database, shared by tests/test_concurrency.py and bench/bench_concurrency.py.

An import and several scripted reviewers run at once (nothing may say "database is locked", everything must
land), and pairs of reviewers save the same claim from the same version (exactly one wins, never both).
"""

import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

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


def _verdict_cli(db_path: Path, claim_id: int, verdict: str, version: int, reviewer: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "verdict", str(claim_id), "--claim", verdict,
         "--version", str(version), "--reviewer", reviewer],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def race_same_claim(db_path: Path, claim_id: int, *, rounds: int) -> ConflictFigures:
    """Two `verdict` commands save one claim from the same version at once, `rounds` times."""
    figures = ConflictFigures()
    choices = [("false", "verified"), ("misleading", "disputed"), ("unverifiable", "false")]
    for number in range(rounds):
        db = connect(f"sqlite:///{db_path}")
        try:
            version = get_claim(db, claim_id).version
        finally:
            db.close()
        wanted = choices[number % len(choices)]
        procs = [_verdict_cli(db_path, claim_id, verdict, version, f"desk-{side}")
                 for side, verdict in enumerate(wanted)]
        results = [(*p.communicate(timeout=RUN_TIMEOUT), p.returncode) for p in procs]
        figures.rounds += 1
        winners = [i for i, (_out, _err, code) in enumerate(results) if code == 0]
        losers = [(err, code) for _out, err, code in results if code != 0]
        if len(winners) == 2:
            figures.silent_overwrites += 1
        if len(winners) == 1:
            figures.one_winner += 1
        for err, _code in losers:
            lines = err.strip().splitlines()
            if len(lines) == 1 and "changed elsewhere" in lines[0] and "Traceback" not in err:
                figures.conflicts_shown += 1
            else:
                figures.problems.append(f"round {number}: the losing save said {err.strip()[:300]!r}")
        db = connect(f"sqlite:///{db_path}")
        try:
            after = get_claim(db, claim_id)
        finally:
            db.close()
        if len(winners) == 1 and (after.version != version + 1 or after.claim_verdict != wanted[winners[0]]):
            figures.wrong_final_state += 1
            figures.problems.append(f"round {number}: claim is {after.claim_verdict} v{after.version}")
    return figures
