"""Words that say a name is a medium ("صحيفة", "the agency"), the medium each says, and the catalog kind it makes."""

# Folded Arabic and lower-case English descriptor → medium (what "الصحيفة", "the paper" can refer back to).
AR_DESCRIPTORS = {
    "صحيفه": "newspaper", "جريده": "newspaper", "يوميه": "newspaper", "موقع": "site", "وكاله": "agency",
    "قناه": "channel", "شبكه": "channel", "تلفزيون": "channel", "اذاعه": "channel", "فضاييه": "channel",
    "مجله": "magazine", "تقرير": "report", "تقارير": "report", "برنامج": "channel",
}
EN_DESCRIPTORS = {
    "newspaper": "newspaper", "paper": "newspaper", "daily": "newspaper", "tabloid": "newspaper",
    "website": "site", "site": "site", "portal": "site", "agency": "agency", "broadcaster": "channel",
    "channel": "channel", "network": "channel", "magazine": "magazine", "report": "report", "reports": "report",
    "television": "channel", "tv": "channel", "radio": "channel", "broadcast": "channel",
    "publication": "newspaper",
}
_KIND_OF_MEDIUM = {"newspaper": "newspaper", "magazine": "newspaper", "site": "online", "agency": "news_agency",
                   "channel": "broadcaster"}


def outlet_kind(descriptor: str) -> str | None:
    """The catalog kind of outlet a descriptor makes (موقع → online, قناة → broadcaster, tabloid → tabloid)."""
    if descriptor == "tabloid":
        return "tabloid"
    medium = AR_DESCRIPTORS.get(descriptor) or EN_DESCRIPTORS.get(descriptor)
    return _KIND_OF_MEDIUM.get(medium or "")
