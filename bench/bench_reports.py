"""Times the reports: a 200-claim article to PDF (target ≤ 2 s), the outlet report over 100,000 claims (≤ 15 s),
and with --sizes, one article of 1,000 / 10,000 / 100,000 claims written by `report` in each format: time and
peak memory, each in a fresh process (the growth is the peak above what the process held before the report)."""

import argparse
import hashlib
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from workbench.enums import AttributionVerdict, ClaimVerdict
from workbench.reports.build import article_report, outlet_report
from workbench.reports.html import outlet_html
from workbench.reports.text import outlet_text
from workbench.storage.database import open_database
from workbench.storage.models import Article, AttributionHop, Claim, ReviewEvent, Source

# Run from the project root: .venv/bin/python -m bench.bench_reports [--claims 100000]
ROOT = Path(__file__).resolve().parents[1]
SENTENCE = ("واقتبست الصحيفة تصريح منسوب إلى رائد بالقوات العراقية الخاصة، سبق نشره فى صحيفة واشنطن بوست "
            "قال فيه إنهم سيعطون عناصر التنظيم الفرصة للهرب إلى سوريا رقم {n}.")
PERSON_KINDS = ("person", "organization", "anonymous")


def _sources(db, people: int) -> tuple[list[int], list[int]]:
    """The catalog's outlet sources, and `people` new person/organization/anonymous sources."""
    with db.writing() as session:
        outlets = list(session.scalars(select(Source.id).where(Source.outlet_id.is_not(None))))
        rows = [{"kind": PERSON_KINDS[i % 3], "name": f"مصدر {i}", "key": f"bench-source-{i}"} for i in range(people)]
        session.execute(insert(Source), rows)
        others = list(session.scalars(select(Source.id).where(Source.key.like("bench-source-%"))))
    return outlets, others


def populate(db, *, articles: int, claims_per_article: int, seed: int = 7) -> list[int]:
    """Bulk Core inserts: articles, claims with random verdicts, chains of one to three hops."""
    rng = random.Random(seed)
    outlets, others = _sources(db, 500)
    verdicts = [v.value for v in ClaimVerdict]
    attributions = [v.value for v in AttributionVerdict]
    article_ids = []
    with db.writing() as session:
        for a in range(articles):
            body = "\n".join(SENTENCE.format(n=i) for i in range(claims_per_article))
            text = f"{a}\n{body}"
            article_id = session.execute(insert(Article).values(
                title=f"مقال رقم {a}", language="ar", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                boilerplate=[]).returning(Article.id)).scalar_one()
            article_ids.append(article_id)
            start = len(f"{a}\n")
            claim_rows = []
            for i in range(claims_per_article):
                sentence = SENTENCE.format(n=i)
                claim_rows.append({"article_id": article_id, "start": start, "end": start + len(sentence),
                                   "text": sentence, "language": "ar", "cue": "اقتبست", "evidence": [],
                                   "claim_verdict": rng.choice(verdicts), "attribution_verdict": rng.choice(attributions)})
                start += len(sentence) + 1
            claim_ids = session.execute(insert(Claim).returning(Claim.id), claim_rows).scalars().all()
            hop_rows = []
            for claim_id in claim_ids:
                chain = [rng.choice(outlets) for _ in range(rng.randint(0, 2))] + [rng.choice(others)]
                hop_rows.extend({"claim_id": claim_id, "position": p, "source_id": s, "confidence": 1.0,
                                 "confirmed": False} for p, s in enumerate(chain))
            session.execute(insert(AttributionHop), hop_rows)
            # One verdict event per fourth claim, so the report's history has length too.
            session.execute(insert(ReviewEvent), [
                {"claim_id": c, "article_id": article_id, "entity": "claim", "entity_id": c, "field": "claim_verdict",
                 "old_value": "unreviewed", "new_value": "false"} for c in claim_ids[::4]])
    return article_ids


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    print(f"{label:<48} {time.perf_counter() - started:7.2f} s")
    return result


def peak_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: a child keeps its parent's through fork
    and exec, and the parent here holds a 100,000-claim article."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def one_report(db_path: str, article_id: int, output_format: str, out: str) -> None:
    """In this process: `report --article ID --format F -o OUT`, printing wall and CPU seconds, peak MB and growth MB."""
    from cli import build_parser, run_command

    args = build_parser().parse_args(["--db", db_path, "report", "--article", str(article_id), "--format",
                                      output_format, "-o", out])
    if output_format == "pdf":
        from ui.reports.report_pdf import ensure_fonts

        ensure_fonts()
    before = peak_mb()
    started, cpu = time.perf_counter(), time.process_time()
    status = run_command(args)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{elapsed:.2f} {cpu:.2f} {peak_mb():.0f} {peak_mb() - before:.0f} {status}")


def sizes(claim_counts: list[int], formats: list[str]) -> None:
    """Each size's article in its own database, each format's report in its own process."""
    print(f"{'claims':>8} {'format':<12} {'wall s':>8} {'CPU s':>8} {'peak MB':>8} {'growth MB':>10} {'file MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for count in claim_counts:
            db_path = str(Path(folder) / f"article-{count}.sqlite")
            db = open_database(db_path)
            article_id = populate(db, articles=1, claims_per_article=count, seed=count)[0]
            db.close()
            for output_format in formats:
                out = Path(folder) / f"report-{count}.{output_format}"
                result = subprocess.run([sys.executable, "-m", "bench.bench_reports", "--one", db_path,
                                         str(article_id), output_format, str(out)], cwd=ROOT, capture_output=True,
                                        text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
                figures = result.stdout.split()
                if result.returncode or len(figures) != 5 or figures[4] != "0":
                    print(f"{count:>8} {output_format:<12} failed: {result.stderr.strip()[-300:]}")
                    continue
                size_mb = out.stat().st_size / 2**20
                print(f"{count:>8} {output_format:<12} {float(figures[0]):>8.2f} {float(figures[1]):>8.2f} "
                      f"{float(figures[2]):>8.0f} {float(figures[3]):>10.0f} {size_mb:>8.1f}", flush=True)
                out.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000, help="claims for the outlet report")
    parser.add_argument("--sizes", type=int, nargs="*", metavar="N",
                        help="instead: one article of each size (default 1000 10000 100000), every format")
    parser.add_argument("--formats", nargs="+", default=["text", "html", "csv", "json", "claimreview", "pdf"])
    parser.add_argument("--one", nargs=4, metavar=("DB", "ARTICLE", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_report(args.one[0], int(args.one[1]), args.one[2], args.one[3])
        return
    if args.sizes is not None:
        sizes(args.sizes or [1_000, 10_000, 100_000], args.formats)
        return
    from ui.reports.report_pdf import ensure_fonts, write_pdf

    ensure_fonts()  # once per process, like the app; not part of a report's time
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        article_id = populate(db, articles=1, claims_per_article=200)[0]
        report = timed("article report, 200 claims: build", lambda: article_report(db, article_id))
        pages = timed("article report, 200 claims: PDF", lambda: write_pdf(report, Path(folder) / "a.pdf"))
        timed("article report, 200 claims: build + PDF",
              lambda: write_pdf(article_report(db, article_id), Path(folder) / "b.pdf"))
        print(f"{'  pages':<48} {pages:7d}")
        per_article = 100
        timed(f"populate {args.claims:,} claims (bulk inserts)",
              lambda: populate(db, articles=args.claims // per_article, claims_per_article=per_article, seed=11))
        outlets = timed("outlet report over all claims: build", lambda: outlet_report(db))
        timed("outlet report: build + text + HTML", lambda: (outlet_text(outlet_report(db)),
                                                             outlet_html(outlet_report(db))))
        busiest = outlets.rows[0].name
        chosen = timed(f"one outlet with its claims ({busiest}): build", lambda: outlet_report(db, outlet=busiest))
        print(f"{'  outlets / claims of the busiest outlet':<48} {len(outlets.rows):>7d} / {len(chosen.claims):,}")
        db.close()


if __name__ == "__main__":
    main()
