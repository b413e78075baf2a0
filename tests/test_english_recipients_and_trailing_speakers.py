"""English outlets a source spoke to, inside the words naming him ("an official who spoke to Reuters", "was quoted
by Haaretz, saying", "responded to Haaretz"), passive agents after "first" ("was first reported by Axios"), the
quotation going on after an inverted speaker, and an unnamed speaker closing the sentence ("…, the source said")."""

import pytest

from tests.extraction_helpers import chains


@pytest.mark.parametrize("text, outlet, speaker", [
    ("An official who spoke to Reuters said the talks were over.", "Reuters", "An official"),
    ("An official, who spoke to Reuters on condition of anonymity, said the talks were over.", "Reuters",
     "An official"),
    ("A source who spoke to the Guardian on condition of anonymity said the deal was close.", "The Guardian",
     "A source"),
    ("A diplomat who talked with AFP said the vote was postponed.", "AFP", "A diplomat"),
    ('"The talks are over," said an official who spoke to Reuters.', "Reuters", "an official"),
    ('"Nobody is negotiating an interim deal," said an unnamed U.S. official who talked to Reuters, '
     '"we have made that clear."', "Reuters", "an unnamed U.S. official"),
])
def test_the_outlet_a_source_spoke_to_inside_his_description(text, outlet, speaker):
    assert chains(text) == [[("outlet", outlet), ("anonymous", speaker)]]


def test_speaking_with_reporters_names_no_outlet():
    assert chains("The lawyer, who spoke with reporters after the hearing, said the case was weak.") == [
        [("person", "The lawyer")]]


@pytest.mark.parametrize("text, outlet", [
    ("One senior Israeli source was quoted by Haaretz, saying Jerusalem feared that the deal would collapse.",
     "Haaretz"),
    ("The minister was quoted by Reuters as saying the deal was dead.", "Reuters"),
    ("Biden administration officials responded to Haaretz, rejecting the assertion and saying the talks were over.",
     "Haaretz"),
    ("Biden administration officials replied to CNN that the talks were over.", "CNN"),
])
def test_the_outlet_that_quoted_or_heard_the_speaker_is_outermost(text, outlet):
    found = chains(text)
    assert len(found) == 1 and len(found[0]) == 2 and found[0][0] == ("outlet", outlet)


def test_responding_to_criticism_names_no_outlet():
    assert chains("The ministry responded to the criticism, saying the talks were over.") == [
        [("organization", "The ministry")]]


@pytest.mark.parametrize("text, outlet", [
    ("Word of the briefing was first reported by Axios on Wednesday.", "Axios"),
    ("The plan was first reported by The Wall Street Journal.", "The Wall Street Journal"),
    ("The plan was also reported by Reuters.", "Reuters"),
])
def test_a_passive_agent_after_first_or_also(text, outlet):
    assert chains(text) == [[("outlet", outlet)]]


def test_an_unnamed_speaker_closing_the_sentence_says_its_inner_verbs_too():
    found = chains("A Saudi intelligence official told CNN that bin Laden was ill. Reliable reports have indicated "
                   "that he is unwell, but nothing in the intelligence points to his death, the source said.")
    assert found[1] == [("outlet", "CNN"), ("anonymous", "the source")]


@pytest.mark.parametrize("closing", ["the report added", "the paper said", "a BBC report said"])
def test_a_report_closing_the_sentence_relays_whom_it_quotes(closing):
    found = chains(f"The BBC reported the claims on Monday. The Taliban denied any arrangement with Russian "
                   f"intelligence, {closing}.")
    assert len(found[1]) == 2 and found[1][0][0] == "outlet" and found[1][1] == ("organization", "The Taliban")
