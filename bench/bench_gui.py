"""Desk speed with 2,000 articles and 100,000 claims: window open, next-claim update, filter per keystroke.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--db PATH] [--keep]
Prints figures and asserts nothing. Targets: open ≤ 2 s, next claim ≤ 100 ms, keystroke ≤ 50 ms.
"""

import argparse
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere; the package itself needs no path tricks
    sys.path.insert(0, str(ROOT))

ARTICLES = 2000
CLAIMS_PER_ARTICLE = 50
PLACES = ["الموصل", "الرقة", "حلب", "بغداد", "Mosul", "Raqqa", "Aleppo", "Baghdad", "الحسكة", "Kirkuk"]
SUBJECTS = ["ممرات آمنة", "the corridor", "الحدود السورية", "the ceasefire", "قوات التحالف", "the airstrikes"]


def build_database(path: Path) -> None:
    """Bulk-insert articles, claims and hops with SQLAlchemy Core executemany (seconds, not minutes)."""
    from sqlalchemy import insert, select

    from workbench.storage.database import open_database
    from workbench.storage.models import Article, AttributionHop, Claim, Source

    db = open_database(path)
    rng = random.Random(7)
    with db.reading() as session:
        outlet_sources = [row[0] for row in session.execute(select(Source.id).where(Source.outlet_id.is_not(None)))]
    with db.writing() as session:
        persons = session.execute(insert(Source).returning(Source.id), [
            {"kind": "person", "name": f"مصدر {i}", "role": "متحدث", "key": f"person {i}"} for i in range(400)
        ]).scalars().all()
    articles, claims, hops = [], [], []
    claim_id, today = 0, date(2024, 1, 1)
    for article_id in range(1, ARTICLES + 1):
        place, subject = rng.choice(PLACES), rng.choice(SUBJECTS)
        sentences, spans, offset = [], [], 0
        for n in range(CLAIMS_PER_ARTICLE):
            sentence = (f"وقالت صحيفة إن {subject} في {place} شهدت تطورا رقم {n} بحسب مصادر محلية."
                        if n % 2 else f"The paper said {subject} near {place} changed, item {n}, officials said.")
            spans.append((offset, offset + len(sentence)))
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = "\n".join(sentences) + f"\n({article_id})\n"  # every article's text is distinct
        articles.append({"id": article_id, "title": f"{place}: {subject} — تقرير {article_id}",
                         "language": "ar" if article_id % 3 else "en", "text": text,
                         "sha256": hashlib.sha256(text.encode()).hexdigest(), "source_format": "txt",
                         "boilerplate": [], "published_on": today - timedelta(days=article_id % 400)})
        for start, end in spans:
            claim_id += 1
            claims.append({"id": claim_id, "article_id": article_id, "start": start, "end": end,
                           "text": text[start:end], "language": "ar", "cue": "قالت", "note": "", "evidence": [],
                           "version": 1, "claim_verdict": rng.choice(["unreviewed"] * 3 + ["verified", "false"]),
                           "attribution_verdict": "unchecked", "origin": "extracted", "deleted": False})
            for position, source in enumerate((rng.choice(outlet_sources), rng.choice(persons))):
                hops.append({"claim_id": claim_id, "position": position, "source_id": source, "confidence": 0.9,
                             "confirmed": False, "start": start + 6, "end": start + 12})
    with db.writing() as session:
        session.execute(insert(Article), articles)
        for i in range(0, len(claims), 10000):
            session.execute(insert(Claim), claims[i:i + 10000])
        for i in range(0, len(hops), 20000):
            session.execute(insert(AttributionHop), hops[i:i + 20000])
    db.close()


def measure(path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    t0 = time.perf_counter()
    import cli

    cli.build_parser()
    print(f"(not the desk's: `python main.py` builds every CLI subcommand's parser before it opens the desk: "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms)")
    started = time.perf_counter()
    from ui.app import article_font, setup_application

    app = setup_application([], language="en")
    from ui.main_window import MainWindow
    from workbench.storage.database import open_database

    db = open_database(path)
    settings_dir = tempfile.mkdtemp()
    opened = time.perf_counter()
    window = MainWindow(db, qsettings=QSettings(f"{settings_dir}/bench.ini", QSettings.Format.IniFormat),
                        text_font=article_font(), show_session_summary=False)
    window.resize(1500, 920)
    window.show()
    window.restore_last_article()
    app.processEvents()
    shown = time.perf_counter()
    print(f"articles in list: {window.article_list.model.rowCount()}, claims in the open article: {len(window.claims)}")
    print(f"window open (window built, list loaded, first article shown): {(shown - opened) * 1000:.0f} ms "
          f"(+ {(opened - started) * 1000:.0f} ms Qt start-up and imports)")

    steps = []
    for _ in range(len(window.claims) - 1):
        t0 = time.perf_counter()
        window.step_claim(1)
        app.processEvents()  # the panels repaint
        steps.append((time.perf_counter() - t0) * 1000)
    print(f"next claim, every panel updated: median {statistics.median(steps):.1f} ms, "
          f"max {max(steps):.1f} ms over {len(steps)} steps")

    t0 = time.perf_counter()
    window.open_article(window.article_list.model.article(500).id)
    app.processEvents()
    print(f"open another article (text, 50 claims highlighted): {(time.perf_counter() - t0) * 1000:.0f} ms")

    keystrokes = []
    for query in ("الموصل", "Raqqa", "تقرير 19", "corridor"):
        for n in range(1, len(query) + 1):
            t0 = time.perf_counter()
            window.article_list.search.setText(query[:n])
            window.article_list.apply_filter()  # what the debounce timer runs after the last keystroke
            app.processEvents()
            keystrokes.append((time.perf_counter() - t0) * 1000)
    print(f"article filter per keystroke (filter + repaint): median {statistics.median(keystrokes):.1f} ms, "
          f"max {max(keystrokes):.1f} ms over {len(keystrokes)} keystrokes "
          f"(the list waits {window.article_list.DEBOUNCE_MS} ms after the last key before filtering)")
    print("   each keystroke (ms):", " ".join(f"{k:.0f}" for k in keystrokes))

    t0 = time.perf_counter()
    done = []
    window.matches.loaded.connect(lambda claim_id: done.append(claim_id))
    window.matches.refresh()
    while not done and time.perf_counter() - t0 < 30 and window.matches.status.text() != "":
        app.processEvents()
        if "failed" in window.matches.status.text() or "not available" in window.matches.status.text():
            break
    print(f"matches for a claim, off the GUI thread: {(time.perf_counter() - t0) * 1000:.0f} ms "
          f"({window.matches.status.text()})")
    window.runner.shutdown()
    window.close()
    db.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="reuse or create this database file")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench-gui.sqlite"
    if not path.exists():
        t0 = time.perf_counter()
        build_database(path)
        print(f"built {ARTICLES} articles / {ARTICLES * CLAIMS_PER_ARTICLE} claims in "
              f"{time.perf_counter() - t0:.1f} s at {path}")
    measure(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
