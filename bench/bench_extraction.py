"""How long attribution extraction takes on a ~1,000-word Arabic article, an English one, and real PolNeAR dev
articles of about 800 words (median of N runs; wall time and this process's CPU time, which a busy machine
inflates less).

Run from the project root: .venv/bin/python -m bench.bench_extraction [--runs 20]
"""

import argparse
import statistics
import time
from pathlib import Path

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
SHARED_ARTICLE = ROOT.parent / "shared" / "articles" / "ar-mosul-corridor.txt"


def article_of(paths: list[Path], words: int) -> str:
    """Paragraphs of the given articles repeated until the text has about `words` words."""
    paragraphs = [p for path in paths if path.exists() for p in path.read_text(encoding="utf-8").split("\n") if p]
    out, count = [], 0
    while count < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n".join(out)


POLNEAR_DEV = ROOT.parent / "shared" / "datasets" / "polnear" / "dev"


def median_ms(text: str, catalog: AliasIndex, runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of extracting text, each run as a new article (no mention cache)."""
    extract(text, catalog=catalog)  # warm the regex and fold caches once, as a running app has them
    wall, cpu = [], []
    for _ in range(runs):
        catalog.forget_mentions()
        start, start_cpu = time.perf_counter(), time.process_time()
        extract(text, catalog=catalog)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def polnear_articles(low: int = 700, high: int = 900) -> list[str]:
    """PolNeAR dev articles of about 800 words (real English political news)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR_DEV.glob("*.txt"))] if POLNEAR_DEV.exists() else []
    return [t for t in texts if low <= len(t.split()) <= high]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--words", type=int, default=1000)
    args = parser.parse_args()
    start = time.perf_counter()
    catalog = AliasIndex.from_entries(load_bundled_entries())
    print(f"catalog index: {len(catalog)} alias keys built in {(time.perf_counter() - start) * 1000:.1f} ms")
    arabic = article_of([SHARED_ARTICLE, *sorted(GOLD_DIR.glob("ar-*.txt"))], args.words)
    english = article_of(sorted(GOLD_DIR.glob("en-*.txt")), args.words)
    for label, text in (("Arabic", arabic), ("English", english)):
        wall, cpu = median_ms(text, catalog, args.runs)
        print(f"{label}: {len(text.split())} words, {len(extract(text, catalog=catalog).claims)} claims, "
              f"median {wall:.1f} ms wall, {cpu:.1f} ms CPU over {args.runs} runs")
    real = polnear_articles()
    if real:
        figures = [median_ms(text, catalog, max(3, args.runs // 4)) for text in real]
        print(f"PolNeAR dev, {len(real)} articles of 700-900 words: median {statistics.median(f[0] for f in figures):.1f} ms "
              f"wall, {statistics.median(f[1] for f in figures):.1f} ms CPU; slowest {max(f[0] for f in figures):.1f} ms wall")


if __name__ == "__main__":
    main()
