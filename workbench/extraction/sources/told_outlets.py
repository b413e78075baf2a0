"""The outlet a source spoke to, named by its bare name ("في حديثه لـ"المواطن"", "وأوضحت المصادر لـ24")."""

import re

from workbench.catalog.aliases import AliasIndex
from workbench.enums import SourceKind
from workbench.extraction.sources.phrases import EDGE, SourcePhrase
from workbench.text.normalize import fold

# What stands before the name: the ل of "told", tatweel, quotation marks.
_BEFORE_NAME = re.compile(r"[\s\u0640\"'«»“”‘’(]*(?:ل[\s\u0640]*)?[\"'«»“”‘’(\s]*")
# The descriptors the catalog writes bare names with ("صحيفة المواطن", "موقع 24").
_DESCRIBED_AS = ("صحيفة", "موقع", "قناة", "جريدة", "وكالة", "شبكة", "إذاعة", "مجلة")
_MAX_NAME_WORDS = 4
_QUOTES = "\"'«»“”‘’"
_NOT_A_NAME = re.compile(r"[.!?؟:]|\d{3,}")  # a quotation, not a name


def told_outlet(text: str, start: int, end: int, catalog: AliasIndex) -> SourcePhrase | None:
    """The catalog outlet text[start:end] names after "told" by its name alone, or None."""
    lead = _BEFORE_NAME.match(text, start, end)
    name_start = lead.end() if lead else start
    opened = any(ch in _QUOTES for ch in text[start:name_start])
    closing = next((i for i in range(name_start, end) if text[i] in _QUOTES), None) if opened else None
    if closing is not None:  # 'في حديث الى "النهار العربي" "وجود …"': the name ends at its closing quote
        end = closing + 1
    name = text[name_start:end].strip(EDGE)  # (EDGE holds the tatweel)
    if not name or len(name.split()) > _MAX_NAME_WORDS:
        return None
    # as listed, or listed with a descriptor ("صحيفة المواطن") and perhaps a nationality ("موقع التغيير السوداني"):
    # never a name several outlets share ("الشروق" is a paper in Egypt and a channel in Algeria), and only when
    # every listing of it is one outlet
    # unquoted, one definite word is as often an ordinary noun: "بحسب البيان" is the statement, not Al-Bayan
    common_word = not opened and len(name.split()) == 1 and fold(name).startswith("ال")
    hit = catalog.exact(name) or (None if common_word else catalog.bare_name(name))
    if hit is None and not common_word and not catalog.shares_bare_name(name):
        listed = {h.name: h for d in _DESCRIBED_AS
                  for h in (catalog.exact(f"{d} {name}"), catalog.bare_name(f"{d} {name}")) if h is not None}
        hit = next(iter(listed.values())) if len(listed) == 1 else None
    if hit is not None and hit.kind != "outlet":
        return None
    if hit is None:
        # a quoted name the catalog lacks ("في اتصال هاتفي مع «المتوسط»"): an outlet all the same, by that name
        quoted = opened and text[end - 1:end] in _QUOTES
        return SourcePhrase(text[start:end].strip(), start, end, SourceKind.OUTLET, name=name, confidence=0.4) \
            if quoted and not _NOT_A_NAME.search(name) else None
    return SourcePhrase(text[start:end].strip(), start, end, SourceKind.OUTLET, outlet=hit.name, name=hit.name,
                        confidence=0.7, medium=hit.medium)
