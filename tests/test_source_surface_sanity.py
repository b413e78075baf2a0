"""Sources that are no one: a time ("last week"), a document ("the message"), a translator ("as translated by
IFP"), an acronym taken for a person; and a catalog outlet behind a hyphenated adjective ("the pan-Arab Al
Jazeera TV channel")."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize("adjective, outlet", [
    ("the pan-Arab Al Jazeera TV channel", "Al Jazeera"),
    ("the Saudi-owned Al Arabiya channel", "Al Arabiya"),
    ("the Qatar-based Al Jazeera network", "Al Jazeera"),
])
def test_outlet_after_a_hyphenated_adjective(adjective, outlet):
    chains = hops(f"Hamas deputy leader Saleh al-Arouri has told {adjective} that the group would not swap prisoners.")
    assert chains == [[("outlet", outlet), ("person", "Saleh al-Arouri")]]


def test_a_name_going_on_is_still_not_the_outlet():
    assert hops("She told the Kyiv Independent that talks failed.")[0][0] != ("outlet", "The Independent")


@pytest.mark.parametrize("when", ["last week", "this month", "last year"])
def test_a_time_between_commas_is_no_speaker(when):
    chains = hops(f"The country's Grand Mufti, its top cleric, {when} described users of the site as \"clowns\".")
    assert chains and all(when not in name for _, name in chains[0])
    assert chains[0][-1][0] == "person"


@pytest.mark.parametrize("document", ["the message", "the letter", "the cable"])
def test_a_document_said_is_its_sender(document):
    chains = hops("Saudi Arabia's King Abdullah has sent a message of congratulations to Adli Mansour, SPA reported. "
                  f"\"On behalf of the people, we congratulate you,\" {document} said.")
    assert chains[1] == [("outlet", "Saudi Press Agency")]


def test_the_translator_is_no_source():
    chains = hops("According to a report by ICANA, as translated by IFP, Iranian Justice Minister Mostafa "
                  "Pour-Mohammadi said the law must change.")
    assert chains == [[("outlet", "ICANA"), ("person", "Mostafa Pour-Mohammadi")]]


@pytest.mark.parametrize("text, kind, name", [
    ("According to NIOC, output rose by a tenth.", "organization", "NIOC"),
    ("The NRA said the law must change.", "organization", "The NRA"),
    ("IFP reported the law must change.", "organization", "IFP"),
])
def test_an_unknown_acronym_is_no_person(text, kind, name):
    assert hops(text) == [[(kind, name)]]


def test_a_helper_verb_left_as_subject_is_the_last_speaker():
    chains = hops("Mr. Trump has attacked loopholes that benefit others, and has called for eliminating the tax.")
    assert chains == [[("person", "Mr. Trump")]]


@pytest.mark.parametrize("since", ["since last month", "since last week"])
def test_a_time_after_since_is_no_clause(since):
    chains = hops(f"The son of Alpha Diallo, one of two opposition figures missing {since}, said that his father is alive.")
    assert len(chains) == 1 and all("last" not in name for _, name in chains[0])
