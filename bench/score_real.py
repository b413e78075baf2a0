"""Score the extractor on the real-reporting fixtures: .venv/bin/python -m bench.score_real SPLIT [--lang ar|en] [--errors]."""

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract, extraction_as_json
from workbench.intake import read_document

ROOT = Path(__file__).resolve().parents[1]
REAL_DIR = ROOT / "tests" / "data" / "real"
SCORER = ROOT.parent / "shared" / "tools" / "score_attributions.py"


def load_scorer():
    """The product owner's scorer as a module, so that --errors matches claims exactly as it does."""
    spec = importlib.util.spec_from_file_location("score_attributions", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_predictions(articles: list[dict], split: str, pred_dir: Path) -> dict[str, dict]:
    """Run extraction the way `main.py extract FILE --json` does and write PRED_DIR/<id>.json."""
    catalog = AliasIndex.from_entries(load_bundled_entries())
    predictions = {}
    for article in articles:
        path = REAL_DIR / split / f"{article['id']}.txt"
        text = read_document(path).text
        if text != article["text"]:
            print(f"warning: {path.name} reads back differently from its gold text; offsets may not line up")
        predictions[article["id"]] = extraction_as_json(extract(text, catalog=catalog))
        (pred_dir / f"{article['id']}.json").write_text(
            json.dumps(predictions[article["id"]], ensure_ascii=False), encoding="utf-8")
    return predictions


def gold_chain(attribution: dict) -> str:
    return " > ".join(f"{hop['kind']}:{hop.get('canonical') or hop['surface']}" for hop in attribution["chain"])


def predicted_chain(claim: dict) -> str:
    return " > ".join(f"{hop['kind']}:{hop.get('outlet') or hop.get('name') or hop['surface']}" for hop in claim["chain"])


def print_errors(articles: list[dict], predictions: dict[str, dict], scorer) -> None:
    """Per article: gold claims missed, false positives, and matches whose outlets or chain length differ."""
    for article in articles:
        gold = scorer.gold_items(article)
        claims = [c for c in predictions[article["id"]]["claims"] if c.get("chain")]
        used, lines = set(), []
        for item, attribution in zip(gold, article["attributions"], strict=True):
            best, best_overlap = None, 0
            for index, claim in enumerate(claims):  # the scorer's greedy largest-overlap match, in gold order
                overlap = min(item["end"], claim["end"]) - max(item["start"], claim["start"])
                if index not in used and overlap > best_overlap:
                    best, best_overlap = index, overlap
            if best is None:
                lines.append(f"  MISSED  {attribution['claim'][:90]}\n          gold: {gold_chain(attribution)}")
                continue
            used.add(best)
            claim = claims[best]
            outlets = {scorer.canon(h.get("outlet")) for h in claim["chain"] if h.get("kind") == "outlet" and h.get("outlet")}
            wrong = []
            if outlets != item["outlets"]:
                wrong.append(f"outlets gold {sorted(o or '?' for o in item['outlets'])} predicted {sorted(outlets)}")
            if len(claim["chain"]) != item["n"]:
                wrong.append(f"chain length gold {item['n']} predicted {len(claim['chain'])}")
            if wrong:
                lines.append(f"  WRONG   {attribution['claim'][:90]}\n          {'; '.join(wrong)}\n"
                             f"          gold: {gold_chain(attribution)}\n          pred: {predicted_chain(claim)}")
        for index, claim in enumerate(claims):
            if index not in used:
                lines.append(f"  EXTRA   {claim['text'][:90]}\n          pred: {predicted_chain(claim)}")
        if lines:
            print(f"{article['id']}:")
            print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    splits = sorted(path.name.removesuffix(".gold.json") for path in REAL_DIR.glob("*.gold.json"))
    parser.add_argument("split", choices=splits, help="a split of tests/data/real (train…, dev…)")
    parser.add_argument("--lang", choices=["ar", "en"], help="score one language only")
    parser.add_argument("--errors", action="store_true", help="print each article's missed, extra and wrong-chain claims")
    args = parser.parse_args()
    articles = json.loads((REAL_DIR / f"{args.split}.gold.json").read_text(encoding="utf-8"))
    if args.lang:
        articles = [a for a in articles if a["lang"] == args.lang]
    with tempfile.TemporaryDirectory() as tmp:
        pred_dir = Path(tmp) / "pred"
        pred_dir.mkdir()
        predictions = write_predictions(articles, args.split, pred_dir)
        gold_path = Path(tmp) / "gold.json"
        gold_path.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
        if args.errors:
            print_errors(articles, predictions, load_scorer())
        result = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_dir)],
                                capture_output=True, text=True, check=False)
        print(f"{args.split} {args.lang or 'all'}: " + result.stdout.strip().splitlines()[0] if result.stdout else "")
        if result.returncode != 0:
            print(result.stderr.strip(), file=sys.stderr)
        return result.returncode


if __name__ == "__main__":
    sys.exit(main())
