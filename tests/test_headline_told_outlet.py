"""A headline whose speaker spoke to an outlet before the colon ("US Official to Asharq Al-Awsat: …") has the outlet
outermost, then the speaker; an English official with no article and no name is unnamed."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[tuple[str, str | None]]]:
    return [[(h.kind.value, h.outlet) for h in c.chain] for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "outlet", "kind"),
    [
        ("US Official to Asharq Al-Awsat: Washington Will Not Withdraw From Syria\nThe troops stay, he said.",
         "Asharq Al-Awsat", "anonymous"),
        ("Libyan Official to Asharq Al-Awsat: Haftar Forces Advance on the Capital\nFighting went on.",
         "Asharq Al-Awsat", "anonymous"),
        ("Source to Al-Monitor: Talks in Doha Collapsed Overnight\nNo date was set.", "Al-Monitor", "anonymous"),
        ("Walid Hajjem to the Associated Press: Migrants Are Welcome Within the Law\nHe spoke on Monday.",
         "AP", "person"),
    ],
)
def test_an_english_headline_speaker_to_an_outlet(text, outlet, kind):
    assert chains(text)[0] == [("outlet", outlet), (kind, None)]


def test_a_headline_welcoming_to_an_outlet_names_no_speaker():
    assert chains("Welcome to Al Jazeera: the new season of our programmes\nBody text.") == []
