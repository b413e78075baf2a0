"""Check the real-reporting fixtures (python validate.py [SPLIT...]): every claim, surface and furniture line is in its text, kinds are valid, chains non-empty."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"outlet", "person", "organization", "anonymous"}


def problems_in(split: str) -> list[str]:
    """Every problem found in one split's gold file and its text files."""
    articles = json.loads((HERE / f"{split}.gold.json").read_text(encoding="utf-8"))
    found = []
    seen = set()
    for article in articles:
        name, text = article["id"], article["text"]
        if name in seen:
            found.append(f"{name}: id repeated")
        seen.add(name)
        if article.get("lang") not in ("ar", "en"):
            found.append(f"{name}: lang {article.get('lang')!r}")
        stored = HERE / split / f"{name}.txt"
        if not stored.is_file() or stored.read_text(encoding="utf-8") != text:
            found.append(f"{name}: {stored.name} missing or not the same text")
        for attribution in article["attributions"]:
            claim = attribution["claim"]
            if not claim or claim not in text:
                found.append(f"{name}: claim not in text: {claim[:40]!r}")
            elif text.count(claim) > 1:
                found.append(f"{name}: claim occurs twice: {claim[:40]!r}")
            if not attribution.get("chain"):
                found.append(f"{name}: empty chain: {claim[:40]!r}")
            for hop in attribution.get("chain", []):
                if hop.get("kind") not in KINDS:
                    found.append(f"{name}: kind {hop.get('kind')!r}")
                if not hop.get("surface") or hop["surface"] not in text:
                    found.append(f"{name}: surface not in text: {hop.get('surface')!r}")
                if hop.get("kind") == "outlet" and not hop.get("canonical"):
                    found.append(f"{name}: outlet without a canonical name: {hop.get('surface')!r}")
        for line in article.get("boilerplate", []):
            if line not in text:
                found.append(f"{name}: boilerplate not in text: {line[:40]!r}")
    return found


def main() -> int:
    failed = False
    for split in sys.argv[1:] or ("train", "dev"):
        found = problems_in(split)
        for problem in found:
            print(f"{split}: {problem}")
        failed = failed or bool(found)
    print("fixtures ok" if not failed else "fixtures have problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
