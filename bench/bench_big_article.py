"""The desk inside one article of 20,000 claims: opening it, J/K to the next/previous claim, a verdict key.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_big_article.py [--claims 20000] [--presses 40]
Prints medians and the slowest press, and memory; asserts nothing. Targets: opening the article ≤ 1 s,
≤ 50 ms per J/K and per verdict.
Each press is timed from the key event to the end of the event processing it causes (the repaint too).
The first match look-up loads the matcher; the figures are taken after it.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere; the package itself needs no path tricks
    sys.path.insert(0, str(ROOT))


def timed_presses(window, keys, *, presses: int) -> tuple[list[float], list[float]]:
    """Milliseconds per key press on the focused reader, each followed by the event processing it causes:
    wall time, and this process's CPU time (which other load on the machine does not inflate)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    times, cpu = [], []
    for i in range(presses):
        key = keys[i % len(keys)]
        started, cpu_started = time.perf_counter(), time.process_time()
        QTest.keyClick(window.reader, key)
        QApplication.processEvents()  # the layout and the repaint the key asked for
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return times, cpu


def settle(window) -> None:
    """Let the background match look-ups finish (the first one loads the matcher)."""
    from PySide6.QtWidgets import QApplication

    while window.runner.busy():
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def memory() -> str:
    """This process's resident memory now and at its peak (Linux /proc), in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return (f"resident {int(fields['VmRSS'].split()[0]) / 1024:.0f} MB, "
            f"peak {int(fields['VmHWM'].split()[0]) / 1024:.0f} MB")


def report(label: str, measured: tuple[list[float], list[float]]) -> None:
    times, cpu = measured
    print(f"{label:<34} median {statistics.median(times):7.1f} ms   slowest {max(times):7.1f} ms   "
          f"(cpu median {statistics.median(cpu):.1f} ms; {len(times)} presses)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--opens", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from bench.bench_reports import populate
    from ui.app import article_font, setup_application
    from ui.main_window import MainWindow
    from workbench.matching.upkeep import reindex
    from workbench.storage.database import open_database
    from workbench.usecases.sessions import start_session

    folder = Path(tempfile.mkdtemp(prefix="isnad-big-"))
    db = open_database(folder / "big.sqlite")
    started = time.perf_counter()
    article_id = populate(db, articles=1, claims_per_article=args.claims)[0]
    reindex(db)  # an import keeps the claim index up to date; the bulk insert above does not
    print(f"database with one article of {args.claims:,} claims: {time.perf_counter() - started:.1f} s")
    setup_application([], language="en")
    window = MainWindow(db, actor=start_session(db, "Bench"), text_font=article_font(),
                        qsettings=QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat),
                        show_session_summary=False)
    window.resize(1500, 920)
    window.show()
    QApplication.processEvents()
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"memory before opening it: {memory()}")
    opened, opened_cpu = [], []
    for _ in range(args.opens):  # opened again and again: the figure is a median, not one noisy run
        started, cpu = time.perf_counter(), time.process_time()
        window.open_article(article_id)
        QApplication.processEvents()  # the first layout and paint of the reader
        opened.append((time.perf_counter() - started) * 1000)
        opened_cpu.append((time.process_time() - cpu) * 1000)
    print(f"{'open the article':<34} median {statistics.median(opened):7.0f} ms   slowest {max(opened):7.0f} ms   "
          f"(cpu median {statistics.median(opened_cpu):.0f} ms; {args.opens} opens)")
    print(f"memory with it open: {memory()}")
    window.select_claim(window.claims[len(window.claims) // 2].id)  # the middle, far from both ends
    window.reader.setFocus()
    settle(window)
    report("J (next claim)", timed_presses(window, [Qt.Key.Key_J], presses=args.presses))
    report("K (previous claim)", timed_presses(window, [Qt.Key.Key_K], presses=args.presses))
    settle(window)  # the matches of the last claim are found off the GUI thread; a verdict waits for none
    report("verdict keys 2 / 3", timed_presses(window, [Qt.Key.Key_2, Qt.Key.Key_3], presses=args.presses))
    print(f"memory after the presses: {memory()}")
    window.runner.shutdown()
    window.close()
    db.close()


if __name__ == "__main__":
    main()
