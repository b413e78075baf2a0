"""A list item's bullet opens no sentence ("  • Media: …" is a headline of the media), and "الخبر" (the news item)
refers back to the outlet that carried it ("ونقل الخبر عن ستيفن أدلر قوله")."""

import pytest

from tests.extraction_helpers import chains
from workbench.text.segment import split_sentences


@pytest.mark.parametrize("bullet", ["•", "▪", "●", "◦"])
def test_a_bullet_opens_no_sentence(bullet):
    text = f"Tag: Crimea\n  {bullet} Media: Russia moves air defense systems to Crimea\n"
    assert [text[s:e] for s, e in split_sentences(text)][1] == "Media: Russia moves air defense systems to Crimea"


@pytest.mark.parametrize("line, chain", [
    ("  • Media: Russia moves air defense systems to Crimea", [("anonymous", "Media")]),
    ("• Reuters: Iran ready to resume talks", [("outlet", "Reuters")]),
])
def test_a_bulleted_headline_credits_its_source(line, chain):
    assert chains(f"Tag: Crimea\n{line}\n")[-1] == chain


@pytest.mark.parametrize("item", ["ونقل الخبر عن ستيفن أدلر قوله إن الأزمة ستطول.",
                                  "ونقل الخبرُ عن ستيفن أدلر قوله إن الأزمة ستطول."])  # with a damma
def test_the_news_item_is_the_outlet_that_carried_it(item):
    found = chains(f"وبثت وكالة رويترز تقريرا عن الأزمة. {item}")
    assert found[1] == [("outlet", "Reuters"), ("person", "ستيفن أدلر")]
