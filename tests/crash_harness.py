"""Kill-and-verify harness shared by tests/test_crash_safety.py (small) and bench/bench_crash_safety.py,
bench/bench_kills.py (full).

It SIGKILLs real subprocesses (a batch `main.py import`, a scripted review session) at random moments
and, after every kill, checks the database: integrity, every article complete or absent, no lost edit.
Reviews of several fields, backups and restores run in forked children (the modules are loaded once, so a
thousand kills take minutes, not hours), each killed while it works: nothing torn, nothing half-applied.
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
    torn_files: int = 0  # a backup or restored database at its chosen name that is not whole
    half_applied: int = 0  # a multi-field review stored in part
    leftovers: int = 0  # temporary files still there after the next start
    caught_midway: int = 0  # kills that found a backup or restore half done (its temporary file was there)
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


# --- forked children: multi-field reviews, backups, restores ------------------------------------------------

class ForkedChild:
    """A forked child running work(out) with out a line-buffered pipe to the parent; never returns in the child.

    The parent holds no open database connection when it forks; the child opens its own.
    """

    def __init__(self, work):
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child
            os.close(read_end)
            code = 0
            try:
                with os.fdopen(write_end, "w", buffering=1) as out:
                    work(out)
            except BaseException as error:  # shown to the parent as a line, then counted as a user-visible error
                code = 1
                os.write(2, f"error in child: {type(error).__name__}: {error}\n".encode())
            os._exit(code)
        os.close(write_end)
        self.reader = LineReader(os.fdopen(read_end, encoding="utf-8"))

    def kill(self, figures: KillFigures) -> bool:
        """SIGKILL the child; False when it had already ended by itself (an error in it is counted)."""
        ended, status = os.waitpid(self.pid, os.WNOHANG)
        if ended:
            if status != 0:
                figures.user_visible_errors += 1
                figures.problems.append(f"a child failed by itself (status {status}); its error is on stderr")
            return False
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        return True


def kill_forked(work, rng: Random, figures: KillFigures, *, most_lines: int,
                most_delay: float) -> tuple[bool, list[str]]:
    """Fork work, wait for a random number of its `done` lines and a random moment, SIGKILL it."""
    child = ForkedChild(work)
    seen: list[str] = []
    wanted = rng.randint(0, most_lines)
    while sum(line.startswith("done ") for line in seen) < wanted:
        line = child.reader.next_line()
        if line is None:
            break
        seen.append(line)
    time.sleep(rng.uniform(0.0, most_delay))
    killed = child.kill(figures)
    seen.extend(child.reader.rest())
    return killed, seen


def _review_values(claim_verdict: str, attribution_verdict: str, rng: Random) -> tuple[str, str]:
    from workbench.enums import AttributionVerdict, ClaimVerdict

    return (rng.choice([v.value for v in ClaimVerdict if v.value != claim_verdict]),
            rng.choice([v.value for v in AttributionVerdict if v.value != attribution_verdict]))


def kill_multi_field_reviews(work: Path, *, kills: int, seed: int) -> KillFigures:
    """Kill children that each review claims with three fields at once (`verdict --claim --attribution --note`).

    Every review sets both verdicts to new values and a note naming the review, so a claim whose note names
    one review but whose verdicts are another's was stored in part.
    """
    from workbench.usecases.claims import get_claim
    from workbench.usecases.review import review_claim

    rng = Random(seed)
    figures = KillFigures()
    db_path, claim_ids = prepare_review_db(work)
    begun: dict[str, tuple[int, str, str]] = {"": (0, "unreviewed", "unchecked")}
    reported: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    for round_number in range(kills * 3):
        if figures.kills >= kills:
            break

        def work_fn(out, round_number=round_number):
            db = connect(f"sqlite:///{db_path}")
            child_rng = Random(seed * 7919 + round_number)
            for n in range(10**6):
                claim_id = child_rng.choice(claim_ids)
                now = get_claim(db, claim_id)
                claim_verdict, attribution_verdict = _review_values(now.claim_verdict, now.attribution_verdict,
                                                                    child_rng)
                note = f"review-{round_number}-{n}"
                out.write(f"begin {claim_id} {claim_verdict} {attribution_verdict} {note}\n")
                record = review_claim(db, claim_id, claim_verdict=claim_verdict,
                                      attribution_verdict=attribution_verdict, note=note)
                out.write(f"done {claim_id} {claim_verdict} {attribution_verdict} {note} {record.version}\n")

        killed, seen = kill_forked(work_fn, rng, figures, most_lines=8, most_delay=0.02)
        figures.kills += killed
        for line in seen:
            kind, claim_id, claim_verdict, attribution_verdict, note, *version = line.split()
            begun[note] = (int(claim_id), claim_verdict, attribution_verdict)
            if kind == "done":
                figures.edits_reported += 1
                reported[int(claim_id)].append(("claim_verdict", claim_verdict, int(version[0])))
                reported[int(claim_id)].append(("attribution_verdict", attribution_verdict, int(version[0])))
        verify(db_path, figures)
        _count_half_applied(db_path, begun, figures)
        count_lost(reported, db_path, figures)
    return figures


def _count_half_applied(db_path: Path, begun: dict[str, tuple[int, str, str]], figures: KillFigures) -> None:
    db = connect(f"sqlite:///{db_path}")
    try:
        with db.reading() as session:
            rows = session.execute(text("SELECT id, note, claim_verdict, attribution_verdict FROM claim")).all()
    finally:
        db.close()
    half = 0
    for claim_id, note, claim_verdict, attribution_verdict in rows:
        _claim, want_claim, want_attribution = begun.get(note, (claim_id, None, None))
        if (claim_verdict, attribution_verdict) != (want_claim, want_attribution):
            half += 1
            figures.problems.append(f"claim {claim_id}: note {note!r} but verdicts {claim_verdict}/"
                                    f"{attribution_verdict}, that review set {want_claim}/{want_attribution}")
    figures.half_applied = half


def _whole_database(path: Path, claims: int | None = None) -> bool:
    """The file opens, passes integrity_check and, when given, holds that many claims."""
    import sqlite3
    from contextlib import closing

    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return False
            return claims is None or conn.execute("SELECT count(*) FROM claim").fetchone()[0] == claims
    except sqlite3.DatabaseError:
        return False


def _padded_review_db(work: Path, *, megabytes: int) -> tuple[Path, int]:
    """A review database grown to about `megabytes` (long notes), so a copy of it takes long enough to kill."""
    db_path, claim_ids = prepare_review_db(work)
    db = connect(f"sqlite:///{db_path}")
    try:
        size = megabytes * 2**20 // (2 * len(claim_ids))
        with db.writing() as session:  # notes are not replayed from the history, so check still passes
            session.execute(text(f"UPDATE claim SET note = hex(randomblob({size}))"))
    finally:
        db.close()
    return db_path, len(claim_ids)


def kill_backups(work: Path, *, kills: int, seed: int, megabytes: int = 24) -> KillFigures:
    """Kill children making backups one after another: every file at a chosen name must be a whole copy."""
    from workbench.storage.backups import PARTIAL_SUFFIX, backup_to

    rng = Random(seed)
    figures = KillFigures()
    db_path, claims = _padded_review_db(work, megabytes=megabytes)
    out = work / "backups-made"
    out.mkdir()
    for round_number in range(kills * 3):
        if figures.kills >= kills:
            break

        def work_fn(stream, round_number=round_number):
            db = connect(f"sqlite:///{db_path}")
            for n in range(10**6):
                target = backup_to(db, out / f"copy-{round_number}-{n}.sqlite")
                stream.write(f"done {target.name}\n")

        killed, _seen = kill_forked(work_fn, rng, figures, most_lines=2, most_delay=0.3)
        figures.kills += killed
        for copy in sorted(out.glob("copy-*.sqlite")):
            if not _whole_database(copy, claims):
                figures.torn_files += 1
                figures.problems.append(f"backup {copy.name} is torn ({copy.stat().st_size:,} bytes)")
            copy.unlink()
        partials = list(out.glob(f".*{PARTIAL_SUFFIX}"))  # hidden names, never the chosen one; removed here
        figures.caught_midway += bool(partials)
        for partial in partials:
            partial.unlink()
        verify(db_path, figures)
    return figures


def kill_restores(work: Path, *, kills: int, seed: int) -> KillFigures:
    """Kill children restoring one of two backups after another onto one database.

    After each kill the database is whole and is one of the two, `check` passes, and the next start leaves no
    staging file behind; every copy kept aside is whole.
    """
    from workbench.storage.backups import backup_to
    from workbench.usecases.claims import set_note

    rng = Random(seed)
    figures = KillFigures()
    db_path, claim_ids = prepare_review_db(work)
    db = open_database(db_path)
    backups = {}
    try:
        for marker in ("backup-a", "backup-b"):
            set_note(db, claim_ids[0], marker)
            backups[marker] = backup_to(db, work / f"{marker}.sqlite")
    finally:
        db.close()
    for round_number in range(kills * 3):
        if figures.kills >= kills:
            break

        def work_fn(stream, round_number=round_number):
            from workbench.storage.restore import restore_database

            for n in range(10**6):
                marker = ("backup-a", "backup-b")[(round_number + n) % 2]
                restore_database(backups[marker], db_path)
                stream.write(f"done {marker}\n")

        killed, _seen = kill_forked(work_fn, rng, figures, most_lines=2, most_delay=0.3)
        figures.kills += killed
        figures.caught_midway += any(db_path.parent.glob(f".{db_path.name}.restoring*"))
        _verify_restored(db_path, claim_ids[0], figures)
    return figures


def _verify_restored(db_path: Path, marked_claim: int, figures: KillFigures) -> None:
    if not _whole_database(db_path):
        figures.torn_files += 1
        figures.problems.append(f"{db_path.name} is not whole after a killed restore")
        return
    db = open_database(db_path)  # the next start: cleans what the killed restore left
    try:
        with db.reading() as session:
            marker = session.execute(text("SELECT note FROM claim WHERE id = :id"), {"id": marked_claim}).scalar()
    finally:
        db.close()
    if marker not in ("backup-a", "backup-b"):
        figures.torn_files += 1
        figures.problems.append(f"{db_path.name} is neither backup after a killed restore (note {marker!r})")
    verify(db_path, figures)
    staged = list(db_path.parent.glob(f".{db_path.name}.restoring*"))
    figures.leftovers += len(staged)
    figures.problems.extend(f"left after the next start: {path.name}" for path in staged)
    for kept in sorted((db_path.parent / "backups").glob("*-before-restore-*.sqlite")):
        if not _whole_database(kept):
            figures.torn_files += 1
            figures.problems.append(f"the copy kept aside {kept.name} is torn")
        kept.unlink()
    for partial in (db_path.parent / "backups").glob(".*.partial"):
        partial.unlink()
