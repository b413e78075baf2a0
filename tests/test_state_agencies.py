"""A country's news agency named by what it is rather than by its name ("the official Saudi news agency", "Syria's
state news agency") is that country's agency in the catalog; with no country to go by, no agency is guessed."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def first_chain(text: str) -> list[tuple[str, str | None]]:
    claim = next(c for c in extract(text, catalog=CATALOG).claims if c.chain)
    return [(hop.kind.value, hop.outlet) for hop in claim.chain]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("According to the official Saudi news agency, Al-Turky rejected the report.", "Saudi Press Agency"),
        ("Syria's state news agency said the strike hit a depot near Homs.", "SANA"),
        ("Egypt's state news agency reported that the talks had ended.", "MENA"),
        ("The Lebanese state news agency said the strike hit a house in the south.", "National News Agency (Lebanon)"),
        ("Qatar's official news agency said the emir had arrived.", "QNA"),
        ("the official Emirati news agency said the minister had arrived.", "WAM"),
        ("Palestinian official news agency said the raid began at dawn.", "WAFA"),
        ("Saudi Arabia's state-run news agency said the crown prince had received the envoy.", "Saudi Press Agency"),
    ],
)
def test_an_agency_named_by_its_country_is_that_countrys_agency(text, agency):
    assert first_chain(text)[0] == ("outlet", agency)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # its name given: that agency, not the country's official one
        ("Iran's semi-official Fars news agency said the talks had ended.", "Fars"),
        ("Kuwait's official news agency KUNA said the emir had arrived.", "KUNA"),
    ],
)
def test_an_agency_whose_name_is_given_is_that_one(text, agency):
    assert first_chain(text)[0] == ("outlet", agency)


def test_a_state_agency_of_no_country_named_is_not_guessed():
    assert first_chain("The state news agency said five people were killed.") == [("outlet", None)]
