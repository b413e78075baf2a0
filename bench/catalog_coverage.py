"""Which outlets real pages cite the catalog links, as extraction reads the catalog: .venv/bin/python -m bench.catalog_coverage [--all].

Each row of bench/data/outlet_phrases.tsv is a phrase written the way real Arabic and English news pages name an
outlet ("ذكرت صحيفة يديعوت أحرونوت", 'told the Times of Israel'), and the catalog outlet it must link to, or "-"
when the phrase holds no outlet (an ordinary word that is also a name: "وكان", "the sun"). Prints every phrase
linked wrongly or not at all, then the counts.
"""

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.sources.quoted_names import QuotedNameCatalog

PHRASES = Path(__file__).resolve().parent / "data" / "outlet_phrases.tsv"
NO_OUTLET = "-"


@dataclass(frozen=True)
class Phrase:
    """One way a page names an outlet (or an ordinary word that must stay one), and the outlet it means."""

    text: str
    expected: str | None  # the catalog outlet's name; None: no outlet at all
    where: str  # the country or kind of page the construction was seen on


def read_phrases(path: Path = PHRASES) -> list[Phrase]:
    """The phrases file: expected TAB phrase TAB where; blank lines and lines starting with # are skipped."""
    phrases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, text, where = line.split("\t")
        phrases.append(Phrase(text, None if expected == NO_OUTLET else expected, where))
    return phrases


def linked_outlets(text: str, index: AliasIndex) -> list[str]:
    """The catalog outlets linked in text, in order, as one article's extraction reads the catalog."""
    return [hit.name for hit in QuotedNameCatalog(index).find_mentions(text) if hit.kind == "outlet"]


def is_right(phrase: Phrase, found: list[str]) -> bool:
    """An outlet phrase links its outlet first (a second, cited outlet may follow); a word links none."""
    return found[:1] == [phrase.expected] if phrase.expected else not found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="print every phrase, not only those linked wrongly")
    args = parser.parse_args()
    index = AliasIndex(load_bundled_entries())
    phrases = read_phrases()
    counts = {"outlet linked": 0, "outlet not linked": 0, "wrong outlet": 0, "word kept out": 0, "false link": 0}
    for phrase in phrases:
        found = linked_outlets(phrase.text, index)
        right = is_right(phrase, found)
        if phrase.expected:
            verdict = "outlet linked" if right else "wrong outlet" if found else "outlet not linked"
        else:
            verdict = "word kept out" if right else "false link"
        counts[verdict] += 1
        if args.all or not right:
            print(f"{verdict.upper():18} {phrase.text}  [{phrase.where}]\n{'':18} expected {phrase.expected or 'none'}, "
                  f"linked {', '.join(found) or 'none'}")
    outlets = sum(1 for p in phrases if p.expected)
    print(f"outlet phrases {outlets}: linked {counts['outlet linked']}, not linked {counts['outlet not linked']}, "
          f"wrong outlet {counts['wrong outlet']}; ordinary-word phrases {len(phrases) - outlets}: "
          f"kept out {counts['word kept out']}, false links {counts['false link']}; "
          f"distinct outlets {len({p.expected for p in phrases if p.expected})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
