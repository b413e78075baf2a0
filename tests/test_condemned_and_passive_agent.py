"""English "condemned"/"denounced" report a stance, and a passive cue names its speaker after "by" ("has been
condemned as "grotesque" by the Foreign Office", "were claimed by the Islamic State"); "killed by" reports nothing."""

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
        ("Amnesty International also condemned the punishment as utterly shocking.", "Amnesty International"),
        ("The minister denounced the attack as cowardly.", "The minister"),
        ('The sentence has been condemned as "grotesque" by the Foreign Office.', "the Foreign Office"),
        ("Both incidents were claimed by the so-called Islamic State.", "the so-called Islamic State"),
        ("The report was denied by the ministry on Monday.", "the ministry"),
    ],
)
def test_the_speaker_of_a_condemnation_or_a_passive_cue(text, speaker):
    [chain] = hops(text)
    assert chain[-1][1] == speaker or speaker.endswith(chain[-1][1])


@pytest.mark.parametrize("text", ["The man was killed by a bomb near the market.",
                                  "The bridge was built by a French company in 1990."])
def test_a_passive_deed_is_no_report(text):
    assert hops(text) == []


@pytest.mark.parametrize("adverb", ["purportedly", "allegedly", "apparently"])
def test_a_speaker_quoted_with_a_hedge_is_the_speaker(adverb):
    [chain] = hops(f'"Hezbollah must be pressed not to make any mistake," American sources were {adverb} quoted as saying.')
    assert chain[-1] == ("anonymous", "American sources")
