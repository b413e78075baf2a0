"""PolNeAR in one process, scored by the product owner's own functions, with the errors listed for study.

Run from the project root: .venv/bin/python -m bench.polnear_errors train [--limit N] [--errors K] [--speech]
The official figure still comes from ../shared/tools/score_polnear.py (one process per article); this gives the
same numbers in seconds, so settings can be chosen on train before dev is measured.
"""

import argparse
import importlib.util
import os
import random
from pathlib import Path

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract, extraction_as_json

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_polnear", SHARED / "tools" / "score_polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _annotations(path: Path) -> str:
    """The .ann text without the few malformed lines some train files hold (the scorer cannot parse them)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if "\t" in line and " " in line.split("\t")[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", choices=["train", "dev"])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", type=int, default=0, help="print this many missed and false attributions")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    scorer = _scorer()
    folder = SHARED / "datasets" / "polnear" / args.split
    names = sorted(n for n in os.listdir(folder) if n.endswith(".ann"))[: args.limit]
    articles = [((folder / (n[:-4] + ".txt")).read_text(encoding="utf-8"), scorer.gold(_annotations(folder / n)))
                for n in names]
    catalog = AliasIndex.from_entries(load_bundled_entries())
    predictions = [extraction_as_json(extract(text, catalog=catalog, language="en"))["claims"] for text, _ in articles]
    speech = [(t, [a for a in g if scorer.SPEECH.search(a["cue"])]) for t, g in articles]
    for label, subset in (("all", articles), ("speech", speech)):
        it = iter(predictions)
        print(f"polnear {args.split} {label}: {scorer.score(subset, lambda _t, it=it: next(it))}")
    if args.errors:
        _print_errors(speech, predictions, scorer, args.errors, random.Random(args.seed))


def _print_errors(articles, predictions, scorer, count, rng) -> None:
    missed, false, wrong_source = [], [], []
    for (text, gold), claims in zip(articles, predictions, strict=True):
        claims = [c for c in claims if c["chain"]]
        used = set()
        for a in gold:
            hit = [i for i, c in enumerate(claims)
                   if any(scorer.overlap((c["start"], c["end"]), s) for s in a["content"])]
            s0, e0 = a["content"][0]
            context = text[max(0, s0 - 150):e0 + 60].replace("\n", " ")
            if not hit:
                missed.append(f"MISS cue={a['cue']!r} src={a['source_text']!r}\n   {context}")
                continue
            used.update(hit)
            if a["source"]:
                chains = [[h["surface"] for h in claims[i]["chain"]] for i in hit]
                ok = any(any(scorer.overlap((h["start"], h["end"]), s) for s in a["source"])
                         for i in hit for h in claims[i]["chain"] if h.get("start") is not None)
                if not ok:
                    wrong_source.append(f"SRC gold={a['source_text']!r} got={chains} cue={a['cue']!r}\n   {context}")
        for i, c in enumerate(claims):
            if i not in used:
                false.append(f"FP chain={[h['surface'] for h in c['chain']]} cue={c['cue']!r}\n   {c['text'][:220]}")
    for name, rows in (("missed", missed), ("false", false), ("wrong source", wrong_source)):
        print(f"\n== {name}: {len(rows)}")
        for row in rng.sample(rows, min(count, len(rows))):
            print(row)


if __name__ == "__main__":
    main()
