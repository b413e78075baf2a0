"""Kill-and-verify harness shared by tests/test_crash_safety.py (small) and bench/bench_crash_safety.py (full).

It SIGKILLs real subprocesses (a batch `main.py import`, a scripted review session) at random moments
and, after every kill, checks the database: integrity, every article complete or absent, no lost edit.
"""

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from sqlalchemy import text

from workbench.storage.database import connect, open_database
from workbench.storage.integrity import check_database
from workbench.usecases.articles import import_files

ROOT = Path(__file__).resolve().parents[1]
BASE_ARTICLES = [
    ROOT.parent / "shared" / "articles" / "ar-mosul-corridor.txt",
    ROOT / "tests" / "data" / "gold" / "en-mosul-advance.txt",
    ROOT / "tests" / "data" / "gold" / "ar-gaza-aid-convoy.txt",
    ROOT / "tests" / "data" / "gold" / "en-tabloid-relay.txt",
]
LINE_TIMEOUT = 60.0
INTEGRITY_CHECKS = {"integrity_check", "foreign_key_check"}
VERDICT_FIELDS = ("claim_verdict", "attribution_verdict")


@dataclass
class KillFigures:
    """What a kill run found; every count but kills and checked ones must be 0."""

    kills: int = 0
    integrity_failures: int = 0
    history_problems: int = 0
    articles_checked: int = 0
    half_written_articles: int = 0
    edits_reported: int = 0
    edits_lost: int = 0
    committed_unreported: int = 0
    user_visible_errors: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: "KillFigures") -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)


def base_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in BASE_ARTICLES if path.is_file()]


def make_articles(folder: Path, start: int, count: int) -> list[Path]:
    """Variants of the real articles, each with its numbers shifted by its index so every text differs."""
    folder.mkdir(parents=True, exist_ok=True)
    bases = base_texts()
    paths = []
    for number in range(start, start + count):
        base = bases[number % len(bases)]
        variant = re.sub(r"[0-9]+", lambda m, n=number: str(int(m.group()) + n), base)
        if variant == base:
            variant = f"{base.rstrip()}\n({number})\n"
        path = folder / f"article-{number:05d}.txt"
        path.write_text(variant, encoding="utf-8")
        paths.append(path)
    return paths


def article_shapes(db) -> dict[str, tuple[int, int]]:
    """sha256 → (claims, hops) of every stored article."""
    query = text(
        "SELECT a.sha256, count(DISTINCT c.id), count(h.id) FROM article a "
        "LEFT JOIN claim c ON c.article_id = a.id LEFT JOIN attribution_hop h ON h.claim_id = c.id "
        "GROUP BY a.id"
    )
    with db.reading() as session:
        return {sha: (claims, hops) for sha, claims, hops in session.execute(query)}


def reference_shapes(paths: list[Path], folder: Path) -> dict[str, tuple[int, int]]:
    """What a clean, uninterrupted import of the same files stores, per article."""
    db = open_database(folder / f"reference-{time.monotonic_ns()}.sqlite")
    try:
        for outcome in import_files(db, paths):
            if outcome.error is not None:
                raise AssertionError(f"{outcome.path.name} was refused: {outcome.error}")
        return article_shapes(db)
    finally:
        db.close()


class LineReader:
    """Reads a child's stdout on a thread, so the parent can wait for a line with a timeout."""

    def __init__(self, stream):
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self.thread.start()

    def _pump(self, stream) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, timeout: float = LINE_TIMEOUT) -> str | None:
        """The next line, or None at end of output."""
        return self.lines.get(timeout=timeout)

    def rest(self) -> list[str]:
        self.thread.join(timeout=LINE_TIMEOUT)
        found = []
        while not self.lines.empty():
            line = self.lines.get_nowait()
            if line is not None:
                found.append(line)
        return found


def spawn(args: list[str], stderr_file: Path) -> subprocess.Popen:
    """A child with stdout piped line by line and stderr to a file (a full stderr pipe would stall it)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with open(stderr_file, "w", encoding="utf-8") as stderr:
        return subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr,
                                text=True, env=env)


def kill_after(proc: subprocess.Popen, reader: LineReader, *, lines: int, prefix: str, delay: float,
               seen: list[str]) -> bool:
    """Wait for `lines` output lines starting with prefix, then `delay` seconds, then SIGKILL.

    Returns False when the process ended by itself first (that round is not a kill).
    """
    counted = 0
    while counted < lines:
        line = reader.next_line()
        if line is None:
            break
        seen.append(line)
        counted += line.startswith(prefix)
    if delay:
        time.sleep(delay)  # a random moment inside the next transaction is the point of the test
    if proc.poll() is not None:
        return False
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=LINE_TIMEOUT)
    return True


def verify(db_path: Path, figures: KillFigures, reference: dict[str, tuple[int, int]] | None = None) -> None:
    """After a kill: `check` passes, and every article matches its clean import (complete) or is absent."""
    db = connect(f"sqlite:///{db_path}")
    try:
        for result in check_database(db).results:
            if not result.ok:
                if result.name in INTEGRITY_CHECKS:
                    figures.integrity_failures += 1
                else:
                    figures.history_problems += 1
                figures.problems.extend(f"{result.name}: {p}" for p in result.problems)
        if reference is not None:
            for sha, shape in article_shapes(db).items():
                figures.articles_checked += 1
                if reference.get(sha) != shape:
                    figures.half_written_articles += 1
                    figures.problems.append(f"article {sha[:12]} has {shape}, a clean import has {reference.get(sha)}")
    finally:
        db.close()


def note_stderr_errors(stderr_file: Path, figures: KillFigures) -> None:
    """Count lines a user would have seen as failures (a kill itself prints nothing)."""
    lines = [line for line in stderr_file.read_text(encoding="utf-8").splitlines()
             if "Traceback" in line or "locked" in line.lower() or line.startswith("error")]
    figures.user_visible_errors += len(lines)
    figures.problems.extend(f"{stderr_file.name}: {line}" for line in lines)


def kill_imports(work: Path, *, kills: int, files_per_round: int, seed: int) -> KillFigures:
    """SIGKILL `main.py import` of fresh files at random moments, `kills` times, verifying after each."""
    rng = Random(seed)
    figures = KillFigures()
    db_path = work / "imports.sqlite"
    open_database(db_path).close()
    number, attempts, reference = 0, 0, {}
    while figures.kills < kills and attempts < kills * 3:
        attempts += 1
        paths = make_articles(work / "articles", number, files_per_round)
        number += files_per_round
        reference.update(reference_shapes(paths, work))
        proc = spawn(["main.py", "--db", str(db_path), "import", *map(str, paths)], work / "import.err")
        reader = LineReader(proc.stdout)
        killed = kill_after(proc, reader, lines=rng.randint(0, files_per_round - 2), prefix="article ",
                            delay=rng.uniform(0.0, 0.25), seen=[])
        figures.kills += killed
        note_stderr_errors(work / "import.err", figures)
        verify(db_path, figures, reference)
    return figures


def prepare_review_db(work: Path, *, articles: int = 2) -> tuple[Path, list[int]]:
    db_path = work / "reviews.sqlite"
    db = open_database(db_path)
    try:
        list(import_files(db, make_articles(work / "review-articles", 900, articles)))
        with db.reading() as session:
            claim_ids = list(session.scalars(text("SELECT id FROM claim ORDER BY id")))
    finally:
        db.close()
    return db_path, claim_ids


def parse_done(line: str) -> tuple[int, str, str, int]:
    _done, claim_id, change, version = line.split()
    field_name, value = change.split("=", 1)
    return int(claim_id), field_name, value, int(version)


def verdict_events(db_path: Path) -> dict[int, list[tuple[str, str]]]:
    db = connect(f"sqlite:///{db_path}")
    try:
        with db.reading() as session:
            rows = session.execute(text(
                "SELECT claim_id, field, new_value FROM review_event "
                "WHERE field IN ('claim_verdict', 'attribution_verdict') ORDER BY id"))
            events = defaultdict(list)
            for claim_id, field_name, value in rows:
                events[claim_id].append((field_name, value))
            versions = dict(session.execute(text("SELECT id, version FROM claim")).all())
    finally:
        db.close()
    return events, versions


def count_lost(reported: dict[int, list[tuple[str, str, int]]], db_path: Path, figures: KillFigures) -> None:
    """Every reported edit must be in the history, in order (a subsequence), and in the claim's version."""
    events, versions = verdict_events(db_path)
    lost = unreported = 0
    for claim_id, edits in reported.items():
        stored, position = events.get(claim_id, []), 0
        for field_name, value, version in edits:
            while position < len(stored) and stored[position] != (field_name, value):
                position += 1
            if position == len(stored) or versions.get(claim_id, 0) < version:
                lost += 1
                figures.problems.append(f"claim {claim_id}: reported edit {field_name}={value} (v{version}) is missing")
            else:
                position += 1
        unreported += len(stored) - len(edits)
    for claim_id, stored in events.items():
        if claim_id not in reported:
            unreported += len(stored)
    figures.edits_lost = lost
    figures.committed_unreported = unreported


def kill_reviews(work: Path, *, kills: int, seed: int) -> KillFigures:
    """SIGKILL a scripted review session at random moments, `kills` times, verifying after each."""
    rng = Random(seed)
    figures = KillFigures()
    db_path, claim_ids = prepare_review_db(work)
    reported: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    attempts = 0
    while figures.kills < kills and attempts < kills * 3:
        attempts += 1
        proc = spawn(["-m", "tests.scripted_reviewer", "--db", str(db_path), "--edits", "100000",
                      "--seed", str(rng.randrange(10**6)), *map(str, claim_ids)], work / "review.err")
        reader = LineReader(proc.stdout)
        seen: list[str] = []
        killed = kill_after(proc, reader, lines=rng.randint(0, 40), prefix="done ",
                            delay=rng.choice([0.0, rng.uniform(0.0, 0.01)]), seen=seen)
        figures.kills += killed
        seen.extend(reader.rest())
        for line in seen:
            if line.startswith("done "):
                claim_id, field_name, value, version = parse_done(line)
                reported[claim_id].append((field_name, value, version))
                figures.edits_reported += 1
        note_stderr_errors(work / "review.err", figures)
        verify(db_path, figures)
        count_lost(reported, db_path, figures)
    return figures
