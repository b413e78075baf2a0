"""A live blog's trailing present tense ("…, CNN reports, citing sources") reports, with its outlet; "reports" as a
noun at the end of a clause ("…, according to the latest reports", "could blunt Republican claims") does not."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Washington is set to give Israel $3.5 billion for weapons, CNN reports, citing sources familiar with the matter.",
         "CNN"),
        ("The army is weighing plans for a flare-up on the northern border, the Haaretz daily reports.", "Haaretz"),
        ("Bonuses were paid every three months, The Wall Street Journal reports.", "The Wall Street Journal"),
        ("The ministry has frozen the contract, Reuters claims.", "Reuters"),
    ],
)
def test_a_trailing_present_report_is_the_outlet(text, outlet):
    [chain] = hops(text)
    assert chain[0] == ("outlet", outlet)


def test_the_sources_cited_after_it_are_the_inner_hop():
    [chain] = hops("Washington will release the funds, CNN reports, citing sources familiar with the matter.")
    assert [kind for kind, _ in chain] == ["outlet", "anonymous"]


@pytest.mark.parametrize(
    "text",
    [
        "Solid upturn, with a rise in hourly earnings, could blunt Republican claims",
        "The toll rose to 40 overnight, in line with earlier reports.",
        "The road was closed, and other reports.",
    ],
)
def test_reports_or_claims_as_a_noun_report_nothing(text):
    assert hops(text) == []
