"""Check the real-reporting fixtures (python validate.py [SPLIT...]): every claim, surface and furniture line is in its text, kinds are valid, chains non-empty, one attribution per sentence."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"outlet", "person", "organization", "anonymous"}
# The product owner's gold keys each attribution by its sentence: a participial continuation of the same
# sentence ("…، مؤكدا أن …", "…, adding that …") belongs to the attribution before it, not one of its own.
CONTINUATION = re.compile(r"^(?:و?(?:مؤكد|مضيف|لافت|مشير|موضح|مشدد|معتبر|منوه|متابع|مبين|محذر|مطالب|معرب)"
                          r"(?:ا|ة|ين|ان|تين)?|adding|saying|claiming|noting|insisting|arguing|warning|stressing)\b")
SENTENCE_END = re.compile(r"[.!?؟\n]")


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
        found.extend(f"{name}: a continuation of the sentence before, not its own attribution: {claim[:40]!r}"
                     for claim in _continuations(text, article["attributions"]))
        for line in article.get("boilerplate", []):
            if line not in text:
                found.append(f"{name}: boilerplate not in text: {line[:40]!r}")
    return found


def _continuations(text: str, attributions: list[dict]) -> list[str]:
    found, previous_end = [], None
    for attribution in attributions:
        claim = attribution["claim"]
        start = text.find(claim)
        if previous_end is not None and CONTINUATION.match(claim) and start >= previous_end \
                and not SENTENCE_END.search(text[previous_end:start]):
            found.append(claim)
        previous_end = start + len(claim)
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
