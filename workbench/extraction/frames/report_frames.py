"""Whether a source met inside a relayed report speaks in that report ("وأضاف السيناتور كريس والدن") or leaves it."""

import re

from workbench.extraction.cues import Cue

# Verbs that go on with what was being said: whoever they bring in adds to the report under way
# ("نقلت رويترز عن عضو بمجلس الشيوخ … وأضاف السيناتور كريس والدن أن …", "X, the senator added"). Arabic cues
# carry their lemma, English ones the form written.
_GOING_ON_LEMMAS = {"اضاف", "تابع", "اردف", "زاد", "add", "adds", "added"}

# A medium of the source's own ("في بيان", "في تغريدة على منصة إكس", "in a separate tweet", "on Facebook"): its
# words there are not carried by the outlet whose report was under way.
_OWN_MEDIUM = re.compile(
    r"(?<!\w)(?:[وف]?(?:في|عبر|علي))\s+(?:بيان|تغريده|منشور|تدوينه|حساب\w*|صفحت\w*|قنات(?:ه|ها|هم)|منصه|مؤتمر\s+صحفي)(?!\w)"
    r"|\b(?:in|on|via)\s+(?:a|an|his|her|its|their)\s+(?:separate\s+|later\s+|new\s+)?"
    r"(?:statement|tweet|post|posting|facebook post|news conference|press conference)\b"
    r"|\b(?:wrote|posted|tweeted)\s+on\s+(?:x|twitter|facebook|telegram|instagram)\b",
    re.IGNORECASE,
)

# An interview is one conversation with an outlet: the speaker's words just before, though he is named again,
# were given in it too ("Minister Khalil told al-Mayadeen TV in an interview"). Arabic pages differ on this
# ("في حديث خاص لقناة العالم" credits only what follows), so only the English word counts.
_INTERVIEW = re.compile(r"\b(?:in an interview|interviewed)\b", re.IGNORECASE)

# A new source who "spoke on condition of anonymity" with no outlet named spoke to the page itself.
_TO_THE_PAGE = re.compile(r"\b(?:on (?:the )?condition of anonymity|not authori[sz]ed to (?:speak|brief|talk|comment))\b",
                          re.IGNORECASE)

# "من جهتها، قالت المصادر الحكومية", "For his part, the minister said": another actor than the one just heard.
_FOR_ONES_PART = re.compile(r"^\W*[وف]?(?:من\s+جهت\w*|من\s+جانب\w*|بدور\w*)(?!\w)|^\W*for\s+(?:his|her|its|their)\s+part\b",
                            re.IGNORECASE)


def goes_on_in_report(cue: Cue | None) -> bool:
    """Whether a cue goes on with the report under way, so that a source first named with it speaks inside it."""
    return cue is not None and cue.lemma in _GOING_ON_LEMMAS


def in_own_medium(folded_sentence: str) -> bool:
    """Whether the sentence gives its source's words in a medium of the source's own, outside any outlet's report."""
    return bool(_OWN_MEDIUM.search(folded_sentence))


def in_interview(folded_sentence: str) -> bool:
    """Whether the sentence names an interview given to an outlet."""
    return bool(_INTERVIEW.search(folded_sentence))


def speaks_to_the_page(folded_sentence: str) -> bool:
    """Whether the sentence's source spoke anonymously to the page itself ("who spoke on condition of anonymity")."""
    return bool(_TO_THE_PAGE.search(folded_sentence))


def for_ones_part(folded_sentence: str) -> bool:
    """Whether the sentence opens with "من جهته" or "for his part": someone other than the speaker just heard."""
    return bool(_FOR_ONES_PART.match(folded_sentence))
