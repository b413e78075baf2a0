"""Words around a source that are not a source: the language it wrote in, an outlet's descriptor before its name, and "ما ورد في" (what a piece said) that cites nobody (issue 11, constructions seen in train6)."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def chains(text: str) -> list[list[str]]:
    """Each attributed claim's chain, outermost first: catalog outlets by name, other sources by kind."""
    return [[h.outlet or h.kind.value for h in c.chain] for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the language and the post it wrote in end the source: "القناة" still refers back to the channel
        ("بثت القناة 13 العبرية تقريرا عن الزيارة. وقالت القناة باللغة العربية في تدوينتها إن الزيارة "
         "\"لم تكن استفزازا لأحد\".",
         [["Channel 13 (Israel)"], ["Channel 13 (Israel)"]]),
        ("بثت القناه 13 العبريه تقريرا عن الزياره. وقالت القناه بالعبريه في تدوينتها ان الزياره "
         "«لم تكن استفزازا لاحد».",
         [["Channel 13 (Israel)"], ["Channel 13 (Israel)"]]),
        # "ما ورد في المقال": what the piece said, not a cue of its own
        ("نشرت صحيفة هآرتس مقالا عن القناة. ولم تعلق القناة على ما ورد في المقال حتى الآن.", [["Haaretz"]]),
        # English: a descriptor before the catalog name is the outlet's, not part of another name
        ("\"The claim is baseless,\" Araqchi said on Friday in an interview with Iran's News Agency IRNA.",
         [["IRNA", "person"]]),
        ("\"The talks went well,\" the minister said in an interview with Qatar's News Agency QNA.",
         [["QNA", "person"]]),
    ],
)
def test_words_that_are_not_a_source(text, expected):
    assert chains(text) == expected


def speakers(text: str) -> list[str | None]:
    return [c.chain[-1].name for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker after the cue with no quotation marks: at the end, or between commas
        ("RIYADH: The group's threats are empty, said the coalition's spokesman Brig. Gen. Turki Al-Maliki on Monday.",
         ["Brig. Gen. Turki Al-Maliki"]),
        ("Such groups, added Al-Maliki, target the kingdom because they want to divide the region.", ["Al-Maliki"]),
        # not a speaker: what was said, or a passive
        ("The economy is weak, said earlier that the plan was ready.", [None]),
    ],
)
def test_a_speaker_after_the_cue_without_quotation_marks(text, expected):
    assert speakers(text) == expected
