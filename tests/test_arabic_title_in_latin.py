"""An Arabic paper's name written in Latin letters with its article ("According to Al Akhbar", "Al-Akhbar also
reported"): the outlet, and of a name several papers share, the one of the country the story names most."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("country_line", "outlet"),
    [
        ("Hezbollah and the Lebanese government met in Beirut on Friday, as Lebanon braced for war.",
         "Al-Akhbar (Lebanon)"),
        ("Cairo said Egypt would keep the crossing shut, as Egyptian officials met in Cairo.", "Al-Akhbar (Egypt)"),
    ],
)
@pytest.mark.parametrize("spelling", ["Al Akhbar", "Al-Akhbar"])
def test_a_shared_paper_name_in_latin_letters_is_the_countrys_paper(country_line, outlet, spelling):
    chains = hops(f"{country_line} {spelling} also reported that a German official met the leadership.")
    assert chains[-1] == [("outlet", outlet)]


def test_a_person_with_a_like_name_stays_a_person():
    [chain] = hops("Al Gore said the climate was changing faster than expected.")
    assert chain == [("person", "Al Gore")]
