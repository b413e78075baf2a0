"""Claims browser speed with 2,000 articles and 100,000 claims: each filter change, and opening a claim in the desk.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_browser.py [--db PATH] [--repeat N]
Prints figures and asserts nothing. Targets: a filter change ≤ 100 ms, opening a claim ≤ 150 ms.
A filter change is timed from the widget's change to the table repainted with its first rows and the count.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The desk starts encoding every stored claim for semantic matching (minutes, once per database); it would
# compete with the browser for the CPU here, so this bench measures the browser with it off.
os.environ.setdefault("ISNAD_ENCODER", "none")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere; the package itself needs no path tricks
    sys.path.insert(0, str(ROOT))


def vary(path: Path) -> None:
    """On bench_gui's database: publishers, attribution verdicts, anonymous sources, a reviewer's edits."""
    from sqlalchemy import insert, select, update

    from workbench.matching.upkeep import reindex
    from workbench.storage.database import open_database
    from workbench.storage.models import Article, AttributionHop, Claim, Outlet, Reviewer, ReviewEvent, Source

    db = open_database(path)
    rng = random.Random(11)
    with db.writing() as session:
        outlets = session.scalars(select(Outlet.id).limit(40)).all()
        anonymous = session.execute(insert(Source).returning(Source.id), [
            {"kind": "anonymous", "role": role, "key": role} for role in ("مصادر محلية", "officials", "شهود عيان")
        ]).scalars().all()
        for article_id in range(1, 2001):
            session.execute(update(Article).where(Article.id == article_id).values(publisher_id=rng.choice(outlets)))
        claim_ids = session.scalars(select(Claim.id)).all()
        for verdict, share in (("confirmed", 0.2), ("misattributed", 0.05), ("not_found", 0.03)):
            chosen = rng.sample(claim_ids, int(len(claim_ids) * share))
            session.execute(update(Claim).where(Claim.id.in_(chosen)).values(attribution_verdict=verdict))
        inner = rng.sample(claim_ids, len(claim_ids) // 20)  # 5 % of claims rest on an anonymous source
        for i in range(0, len(inner), 5000):
            session.execute(update(AttributionHop).where(AttributionHop.claim_id.in_(inner[i:i + 5000]),
                                                         AttributionHop.position == 1)
                            .values(source_id=rng.choice(anonymous)))
        reviewer = session.execute(insert(Reviewer).returning(Reviewer.id), [{"name": "Bench Reviewer"}]).scalar()
        session.execute(insert(ReviewEvent), [
            {"claim_id": c, "article_id": (c - 1) // 50 + 1, "entity": "claim", "entity_id": c, "field": "note",
             "old_value": "", "new_value": "checked", "reviewer_id": reviewer}
            for c in rng.sample(claim_ids, 3000)])
    reindex(db)  # bench_gui inserts claims in bulk, past the index upkeep
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.close()


def measure(path: Path, repeat: int) -> None:
    from PySide6.QtCore import QSettings

    from ui.app import article_font, setup_application

    app = setup_application([], language="en")
    from ui.main_window import MainWindow
    from workbench.storage.database import open_database

    db = open_database(path)
    window = MainWindow(db, qsettings=QSettings(f"{tempfile.mkdtemp()}/bench.ini", QSettings.Format.IniFormat),
                        text_font=article_font(), show_session_summary=False)
    window.resize(1500, 920)
    window.show()
    window.restore_last_article()
    app.processEvents()
    t0 = time.perf_counter()
    window.views.open_browser()
    browser = window.views.browser
    app.processEvents()
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"browser opened (lists filled, first page of {browser.model.total:,} claims shown): "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms")

    def pick(combo, value):
        return lambda: combo.setCurrentIndex(combo.findData(value))

    def typed(edit, text):
        def change():
            edit.setText(text)
            edit.editingFinished.emit()
        return change

    def searched(text):
        def change():
            browser.search.setText(text)
            browser.apply_filter()  # what the debounce timer runs after the last keystroke
        return change

    b = browser
    outlet = b.outlet.itemData(5)
    article = b.article.itemData(700)
    reviewer = b.reviewer.itemData(1)
    scenarios = [
        ("claim verdict: false", pick(b.claim_verdict, "false"), pick(b.claim_verdict, "")),
        ("attribution: misattributed", pick(b.attribution_verdict, "misattributed"), pick(b.attribution_verdict, "")),
        ("outlet (cited or publisher)", pick(b.outlet, outlet), pick(b.outlet, None)),
        ("source kind: anonymous", pick(b.source_kind, "anonymous"), pick(b.source_kind, "")),
        ("source kind: person (in every chain)", pick(b.source_kind, "person"), pick(b.source_kind, "")),
        ("source kind: unattributed", pick(b.source_kind, "unattributed"), pick(b.source_kind, "")),
        ("reviewer", pick(b.reviewer, reviewer), pick(b.reviewer, None)),
        ("language: ar", pick(b.language, "ar"), pick(b.language, None)),
        ("from date 2023-06", typed(b.published_from, "2023-06"), typed(b.published_from, "")),
        ("article", pick(b.article, article), pick(b.article, None)),
        ("text: one word (الموصل)", searched("الموصل"), searched("")),
        ("text: two words (corridor Mosul)", searched("corridor Mosul"), searched("")),
    ]
    every, every_cpu = [], []
    print(f"filter change, then back to no filter (wall ms, median / max of {repeat}; the CPU time of this process "
          f"in brackets, which other load on the machine does not inflate; counts are claims shown):")
    for label, apply, clear in scenarios:
        on, off, cpu = [], [], []
        for _ in range(repeat):
            for change, times in ((apply, on), (clear, off)):
                t0, c0 = time.perf_counter(), time.process_time()
                change()
                app.processEvents()  # the table repaints its visible rows
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            apply()
            app.processEvents()
            shown = b.model.total
            clear()
            app.processEvents()
        every.extend(on + off)
        every_cpu.extend(cpu)
        print(f"  {label:40} {statistics.median(on):6.1f} / {max(on):6.1f}   back: {statistics.median(off):6.1f} / "
              f"{max(off):6.1f}   (cpu {statistics.median(cpu):5.1f})   ({shown:,} claims)")
    print(f"every filter change: median {statistics.median(every):.1f} ms, max {max(every):.1f} ms "
          f"(cpu median {statistics.median(every_cpu):.1f} ms) over {len(every)} changes")

    rng = random.Random(5)
    rows = [rng.randrange(b.model.total) for _ in range(20)]
    opened, opened_cpu = [], []
    for row in rows:
        b.table.selectRow(row)
        b.table.scrollTo(b.model.index(row, 0))  # the reviewer sees the row before pressing Enter on it
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        b.open_current()
        app.processEvents()
        opened.append((time.perf_counter() - t0) * 1000)
        opened_cpu.append((time.process_time() - c0) * 1000)
        assert window.current_claim_id == b.model.claim_id(row)
    print(f"open a claim in the desk (Enter: its article, 50 claims highlighted, the claim selected): "
          f"median {statistics.median(opened):.1f} ms, max {max(opened):.1f} ms "
          f"(cpu median {statistics.median(opened_cpu):.1f} ms) over {len(opened)} claims in other articles")

    t0 = time.perf_counter()
    b.table.scrollToBottom()
    app.processEvents()
    print(f"scroll to the last of {b.model.total:,} rows (fetches that page): {(time.perf_counter() - t0) * 1000:.0f} ms")
    window.runner.shutdown()
    window.close()
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="reuse or create this database file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench-browser.sqlite"
    if not path.exists():
        from bench.bench_gui import build_database

        t0 = time.perf_counter()
        build_database(path)
        vary(path)
        print(f"built 2,000 articles / 100,000 claims at {path} in {time.perf_counter() - t0:.1f} s "
              f"(dates {date(2022, 11, 27)} to {date(2024, 1, 1)})")
    measure(path, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
