"""Open-world and cross-lingual data for the matching benches: news that repeats no stored claim, and Arabic
sentences that repeat English fact-checked claims. Each set has a train part (fitting, cross-validation) and a
dev part (measured once).

- English negatives: sentences of PolNeAR train articles (shared/datasets/polnear/train), split into train and
  dev by file, so no article gives sentences to both.
- Arabic negatives: bench/data/news-ar.tsv, news sentences written for this bench (100 train, 70 dev): everyday
  news (n01-n80), then news that names ministers, clubs, players and countries the Arabic archive is full of,
  asserting nothing it holds (n81-n170), so that sharing a topic's names is not taken for a match.
- Cross-lingual: bench/data/xling-ar-en.tsv, Arabic news-style sentences written from an English CheckThat!
  claim each (its id in claim_ref); train and dev repeat different claims.
"""

import csv
import random
import re
import zlib
from pathlib import Path

from bench.checkthat import ROOT

POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear" / "train"
DATA = Path(__file__).resolve().parent / "data"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘A-Z])")


def _split_of(name: str) -> str:
    return "dev" if zlib.crc32(name.encode()) % 4 == 0 else "train"


def polnear_sentences(split: str, *, limit: int, seed: int = 11) -> list[tuple[str, str]]:
    """(id, sentence) of PolNeAR articles in this split: 6 to 60 words, each once, a seeded sample."""
    found, seen = [], set()
    for path in sorted(POLNEAR.glob("*.txt")):
        if _split_of(path.name) != split:
            continue
        for k, sentence in enumerate(_SENTENCE_END.split(path.read_text(encoding="utf-8"))):
            sentence = " ".join(sentence.split())
            if 6 <= len(sentence.split()) <= 60 and sentence not in seen:
                seen.add(sentence)
                found.append((f"{path.stem}#{k}", sentence))
    random.Random(seed).shuffle(found)
    return found[:limit]


def _rows(name: str, split: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["split"] == split]


def arabic_news(split: str) -> list[tuple[str, str]]:
    return [(row["id"], row["text"]) for row in _rows("news-ar.tsv", split)]


def cross_lingual(split: str) -> tuple[list[tuple[str, str]], dict[str, set[str]]]:
    """(queries, qrels): Arabic sentences and the English claim each repeats."""
    rows = _rows("xling-ar-en.tsv", split)
    return [(r["id"], r["text"]) for r in rows], {r["id"]: {r["claim_ref"]} for r in rows}
