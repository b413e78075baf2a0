"""Import time per MB and peak memory for prose, one huge sentence and many short lines: it must stay linear.

Each case runs in its own process (read the file, extract, store and index it in a fresh SQLite database), so
its peak memory is its own. CPU seconds are quoted beside wall seconds because the machine is shared; PASS/FAIL
compares the CPU seconds per MB of the phases that grow with the file (read, find claims, store, index) with the
2 s/MB target, and each phase's share is shown. What a process pays once whatever the size (the vector encoder's
first load, seconds, when the article is short enough for inline vectors) is shown apart, in seconds.
Then the product owner's check: a 280 KB single-sentence article through `main.py import` end to end (a new
process and database, as he runs it), wall and CPU seconds, with the load average beside them.
Run from the project root: .venv/bin/python -m bench.bench_import_scaling [--full]
"""

import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_EN_CUES = "the minister said that officials told reporters that the agency reported that sources claimed that "
_AR_CUES = "وقال الوزير إن المسؤولين أكدوا أن الوكالة ذكرت أن مصادر أفادت بأن "


def _repeat_to(unit: str, n_bytes: int) -> str:
    text = unit * (n_bytes // len(unit.encode("utf-8")) + 1)
    return text.encode("utf-8")[:n_bytes].decode("utf-8", "ignore")


def _prose(n_bytes: int) -> str:
    """The real reporting fixtures, numbered copies one after another."""
    sources = sorted(glob.glob("tests/data/real/*/*.txt") + glob.glob("tests/data/gold/*.txt"))
    base = "\n\n".join(Path(p).read_text(encoding="utf-8") for p in sources)
    parts, size, copy = [], 0, 0
    while size < n_bytes:
        part = f"\n\n[{copy}]\n{base}"
        parts.append(part)
        size += len(part.encode("utf-8"))
        copy += 1
    return "".join(parts)


def cases(full: bool) -> list[tuple[str, str]]:
    """(name, text) of every case; --full gives the sizes the adversarial probe used."""
    mb = 2**20
    listed = [
        ("prose 1 MB", _prose(mb)),
        ("one English sentence 280 KB", _repeat_to(_EN_CUES, 280 * 1024)),
        ("one Arabic sentence 280 KB", _repeat_to(_AR_CUES, 280 * 1024)),
        ("100k short lines", "".join(f"He said item {i} is ready.\n" for i in range(100_000))),
        # a speaker, then a verb without one whose gender agrees with nobody before: each cue reads back the
        # chains for a report under way and for the speaker it continues, which must not cost the whole text
        ("100k short Arabic lines", "".join(f"وقال الوزير إن البند {i} جاهز.\nوأضافت أن البند {i} متأخر.\n"
                                            for i in range(50_000))),
    ]
    if full:
        listed += [
            ("prose 19 MB", _prose(19 * mb)),
            ("one Arabic sentence 1M characters", _repeat_to(_AR_CUES, 2 * 1_000_000 - 16)),
            ("1M short lines", "".join(f"He said {i} ok.\n" for i in range(1_000_000))),
        ]
    return listed


TARGET_S_PER_MB = 2.0


def run_one(path: str, db_path: str) -> dict:
    """Import one file into a new database, as the desk and `main.py import` do; the figures of this process,
    with the CPU seconds of each phase (from the import's own progress reports)."""
    from workbench.storage.database import open_database
    from workbench.usecases.articles import IMPORT_PHASES, import_files
    from workbench.usecases.catalog.index import catalog_index

    db = open_database(db_path)
    catalog_index(db)  # loaded once per desk, not per import
    started: dict[str, float] = {}
    last: dict[str, float] = {}

    def heard(phase: str, _done: int, _total: int) -> None:
        started.setdefault(phase, time.process_time())
        last[phase] = time.process_time()

    wall, cpu = time.perf_counter(), time.process_time()
    [outcome] = import_files(db, [Path(path)], phases=heard)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    ends = [*(started[p] for p in IMPORT_PHASES[1:]), last[IMPORT_PHASES[-1]]]
    phases = {p: end - started[p] for p, end in zip(IMPORT_PHASES, ends, strict=True)}
    # After the last phase: the commit, the claims' vectors when the article is short (the encoder's first
    # load is seconds), and re-verifying the claims that cite its outlet.
    phases["commit, vectors, re-verify"] = cpu + min(started.values()) - last[IMPORT_PHASES[-1]]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"wall": wall, "cpu": cpu, "claims": outcome.result.claims, "peak_mb": peak_mb, "phases": phases}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="add the 19 MB, 1M-character and 1M-line cases")
    parser.add_argument("--one", nargs=2, metavar=("FILE", "DB"), help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return
    print(f"{'case':36} {'MB':>6} {'claims':>8} {'wall s':>8} {'cpu s':>7} {'cpu s/MB':>9} {'peak MB':>8}"
          f"  CPU s/MB of: read / find claims / store / index = growing with size (target {TARGET_S_PER_MB})"
          f"  + once: commit, vectors, re-verify (s)")
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, text) in enumerate(cases(args.full)):
            path = Path(folder) / f"case{number}.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size / 2**20
            child = subprocess.run([sys.executable, "-m", "bench.bench_import_scaling", "--one", str(path),
                                    str(Path(folder) / f"case{number}.db")], capture_output=True, text=True)
            if child.returncode:
                print(f"{name:36} failed: {child.stderr.strip().splitlines()[-1:]}")
                continue
            f = json.loads(child.stdout.strip().splitlines()[-1])
            *growing, once = f["phases"].values()
            per_mb = sum(growing) / size
            phases = " / ".join(f"{seconds / size:.2f}" for seconds in growing)
            verdict = "PASS" if per_mb <= TARGET_S_PER_MB else "FAIL"
            print(f"{name:36} {size:6.2f} {f['claims']:8} {f['wall']:8.2f} {f['cpu']:7.2f} {f['cpu'] / size:9.2f} "
                  f"{f['peak_mb']:8.0f}  {phases} = {per_mb:.2f} CPU {verdict}  + {once:.2f} s", flush=True)
        print("\nThe product owner's check, `main.py import` of one 280 KB sentence (target: under 15 s wall):")
        for number, (name, text) in enumerate(cases(False)):
            if "sentence" in name:
                print(f"  {name:34} {_through_main(Path(folder), number, text)}", flush=True)


def _through_main(folder: Path, number: int, text: str) -> str:
    """Wall and CPU seconds of `main.py import FILE` in a new process and database, and the load meanwhile."""
    path, db = folder / f"main{number}.txt", folder / f"main{number}.db"
    path.write_text(text, encoding="utf-8")
    before, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    child = subprocess.run([sys.executable, "main.py", "--db", str(db), "import", str(path)], capture_output=True,
                           text=True)
    wall, after = time.perf_counter() - wall, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    said = (child.stdout.strip().splitlines() or child.stderr.strip().splitlines() or [""])[-1]
    return f"wall {wall:5.2f} s, CPU {cpu:5.2f} s, load {os.getloadavg()[0]:.1f}: {said}"


if __name__ == "__main__":
    main()
