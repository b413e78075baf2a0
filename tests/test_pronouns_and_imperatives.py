""""…, he claimed" inside a claim is its speaker going on, no relay; a page's "Add yours" reports nothing;
"confirmed that account to Reuters but said"; and a country alone before a verb of telling inside a statement
("إن السعودية أبلغت مسؤولين أنها") is the statement's own speaker."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[tuple[str, str | None, str]]]:
    return [[(h.kind.value, h.outlet or h.name, h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize("pronoun", ["he", "she", "they"])
def test_a_pronoun_closing_a_quoted_claim_is_its_speaker(pronoun):
    found = chains("Channel 12 quoted an official in Netanyahu's office as saying that Netanyahu is inclined to widen "
                   f"the offensive, with the aim of settling the battle, {pronoun} claimed.")
    assert [kind for kind, _, _ in found[0]] == ["outlet", "anonymous"]


def test_an_outlet_closing_a_sentence_still_relays_it():
    found = chains("Mr. Smith said the talks had failed, with no date set for a new round, the state news agency "
                   "RIA Novosti reported.")
    assert found[0][0][:2] == ("outlet", "RIA Novosti")


@pytest.mark.parametrize("line", ["Add yours", "Tell us what you think.", "Share your story"])
def test_a_page_asking_its_reader_reports_nothing(line):
    assert chains(f"Reuters said the report was false.\n{line}") == [[("outlet", "Reuters", "Reuters")]]


def test_confirmed_an_account_to_an_outlet():
    found = chains("The Post said the strikes failed. A source, who declined to be named, confirmed that account to "
                   "Reuters but said there were gaps in the data.")
    assert found[1][0] == ("outlet", "Reuters", "Reuters")


def test_a_country_alone_telling_inside_a_statement():
    found = chains("قالت صحيفة وول ستريت جورنال، إن السعودية أبلغت مسؤولين أميركيين سابقين أنها غير مستعدة لخفض الإنتاج.")
    assert [(kind, name) for kind, name, _ in found[0]] == [("outlet", "The Wall Street Journal"),
                                                            ("organization", "Saudi government")]


def test_a_country_a_statement_is_about_is_no_speaker():
    found = chains("وقالت الوكالة إن طهران قد تقلص تعاونها مع الوكالة إذا أعلنت العقوبات.")
    assert len(found[0]) == 1
