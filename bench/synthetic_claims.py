"""Synthetic Arabic and English claims with news-like (Zipfian) word frequencies, and planted near-duplicates.

The vocabulary and its frequency order come from the shared CheckThat! claims; words are drawn with
probability ∝ 1/rank, so common words are very common and most words are rare, as in news.
A planted duplicate is a stored claim rewritten the way repeats really differ: orthographic variants
(ى/ي, ة/ه, أ/ا, tatweel, diacritics; case and punctuation), dropped, added and reordered words.

usage: python -m bench.synthetic_claims N OUT.tsv [--queries Q.tsv --planted 200]
"""

import argparse
import random
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from bench.checkthat import claims_file

_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=2)
def vocabulary(lang: str) -> tuple[list[str], list[float]]:
    """Words of the language's claims by frequency, with cumulative Zipf weights for random.choices."""
    counts = Counter()
    with claims_file(lang).open(encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            counts.update(w.lower() if lang == "en" else w for w in _WORD.findall(line.split("\t")[1]))
    words = [w for w, _ in counts.most_common()]
    cumulative, total = [], 0.0
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank
        cumulative.append(total)
    return words, cumulative


def claim_text(rng: random.Random, lang: str) -> str:
    words, cumulative = vocabulary(lang)
    length = rng.randint(8, 28)
    text = " ".join(rng.choices(words, cum_weights=cumulative, k=length))
    return text[0].upper() + text[1:] + "." if lang == "en" else text + "."


_AR_SWAPS = [("ي", "ى"), ("ة", "ه"), ("ا", "أ"), ("ا", "إ"), ("ى", "ي"), ("ه", "ة")]


def _orthographic(rng: random.Random, word: str, lang: str) -> str:
    if lang == "en":
        return rng.choice([word.upper(), word.capitalize(), word + ",", word + "!"])
    choice = rng.random()
    if choice < 0.5:
        for a, b in rng.sample(_AR_SWAPS, len(_AR_SWAPS)):
            if a in word:
                return word.replace(a, b, 1)
    if choice < 0.75 and len(word) > 2:
        i = rng.randrange(1, len(word))
        return word[:i] + "ـ" + word[i:]
    return "".join(ch + ("َ" if rng.random() < 0.3 else "") for ch in word)


def near_duplicate(rng: random.Random, text: str, lang: str) -> str:
    """text rewritten as a repeat: some words respelled, one or two dropped, added, or moved."""
    words = text.rstrip(".").split()
    for _ in range(max(1, len(words) // 5)):
        i = rng.randrange(len(words))
        words[i] = _orthographic(rng, words[i], lang)
    if len(words) > 6 and rng.random() < 0.6:
        del words[rng.randrange(len(words))]
    if rng.random() < 0.6:
        vocab, cumulative = vocabulary(lang)
        words.insert(rng.randrange(len(words) + 1), rng.choices(vocab, cum_weights=cumulative)[0])
    if rng.random() < 0.6:
        i = rng.randrange(len(words) // 2)
        chunk = words[i:i + 3]
        del words[i:i + 3]
        words[len(words) // 2:len(words) // 2] = chunk
    return " ".join(words)


def generate(n: int, *, seed: int = 7, planted: int = 200):
    """(rows, queries): rows are (id, text) for n claims half Arabic half English; queries are
    (query_id, variant text, id of the claim it repeats) for `planted` claims spread over the corpus."""
    rng = random.Random(seed)
    chosen = set(rng.sample(range(n), min(planted, n)))
    queries = []

    def rows():
        for i in range(n):
            lang = "ar" if i % 2 else "en"
            text = claim_text(rng, lang)
            if i in chosen:
                queries.append((f"dup-{i}", near_duplicate(rng, text, lang), f"syn-{i}"))
            yield f"syn-{i}", text

    return rows(), queries


def write_corpus(n: int, path: Path, *, seed: int = 7, planted: int = 200) -> list[tuple[str, str, str]]:
    rows, queries = generate(n, seed=seed, planted=planted)
    with path.open("w", encoding="utf-8") as out:
        out.write("id\ttext\tverdict\n")
        for i, (ref, text) in enumerate(rows):
            out.write(f"{ref}\t{text}\t{'False' if i % 3 == 0 else ''}\n")
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--queries", type=Path)
    parser.add_argument("--planted", type=int, default=200)
    args = parser.parse_args()
    queries = write_corpus(args.n, args.out, planted=args.planted)
    if args.queries:
        with args.queries.open("w", encoding="utf-8") as out:
            out.write("id\ttext\texpected\n")
            out.writelines(f"{q}\t{t}\t{e}\n" for q, t, e in queries)


if __name__ == "__main__":
    main()
