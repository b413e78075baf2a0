"""English "…, said Reuters." / "…, said Kunin.": a short name closing the sentence after an inverted "said" is the
speaker, not the clause before it; an adverb or a phrase there ("said dryly", "said over the phone") is none."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The talks had failed, said Reuters.", ("outlet", "Reuters")),
        ("His endorsement could matter more for identity politics than for his clout, said Hank Sheinkopf.",
         ("person", "Hank Sheinkopf")),
        ("The border will stay shut until further notice, said SPA.", ("outlet", "Saudi Press Agency")),
    ],
)
def test_the_name_closing_the_sentence_speaks(text, speaker):
    [chain] = hops(text)
    assert chain[-1] == speaker


@pytest.mark.parametrize(
    "text",
    ['"It was hard," Kaplan, a former studio executive, said dryly.',
     '"We think the government overreached," Matdos Santos, legal director for the group, said over the phone.'],
)
def test_an_adverb_or_a_phrase_after_said_is_no_speaker(text):
    [chain] = hops(text)
    assert chain[-1][1] not in ("dryly", "over the phone")
