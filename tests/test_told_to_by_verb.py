"""English verbs whose "to" names whom the words were given ("denied to Asharq Al-Awsat that", "confirmed to AFP"):
the outlet is the outer hop, as after "told"."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "outlet", "speaker"),
    [
        ("In Libya, the LNA commander in the western region, Abdul Salam al-Hassi, denied to Asharq Al-Awsat that his "
         "forces had withdrawn.", "Asharq Al-Awsat", "person"),
        ("The minister confirmed to AFP on Monday that talks had resumed.", "AFP", "person"),
        ("A security source revealed to Al Arabiya that the convoy had been stopped.", "Al Arabiya", "anonymous"),
        ("On Thursday, Sanders complained to CBS News that the ruling was unfair.", "CBS News", "person"),
    ],
)
def test_the_outlet_given_the_words_is_the_outer_hop(text, outlet, speaker):
    [chain] = hops(text)
    assert chain[0] == ("outlet", outlet) and chain[1][0] == speaker and len(chain) == 2


@pytest.mark.parametrize(
    "text",
    ["The spokesman explained to reporters that the road was closed.",
     "The minister admitted to mistakes that cost the party the vote, he said."],
)
def test_to_someone_who_is_no_outlet_adds_no_outlet(text):
    assert all(kind != "outlet" for chain in hops(text) for kind, _ in chain)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("A senior official from the Saudi royal family, who was not named, made a statement to the Kan public "
         "broadcaster that Iran engineered the war.", "Kan"),
        ("The minister gave an exclusive interview to Al Arabiya in which he said the talks had failed.", "Al Arabiya"),
    ],
)
def test_words_given_to_an_outlet(text, outlet):
    [chain] = hops(text)
    assert chain[0] == ("outlet", outlet) and len(chain) == 2
