"""How long attribution extraction takes on a ~1,000-word Arabic article and an English one (median of N runs).

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


def median_ms(text: str, catalog: AliasIndex, runs: int) -> float:
    extract(text, catalog=catalog)  # warm the regex and fold caches once, as a running app has them
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(text, catalog=catalog)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


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
        ms = median_ms(text, catalog, args.runs)
        print(f"{label}: {len(text.split())} words, {len(extract(text, catalog=catalog).claims)} claims, "
              f"median {ms:.1f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()
