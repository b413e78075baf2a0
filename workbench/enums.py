"""The closed vocabularies of the domain: verdicts, source kinds, outlet kinds, link statuses."""

from enum import StrEnum
from typing import TypeVar

from workbench.errors import InvalidValue


class ClaimVerdict(StrEnum):
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    FALSE = "false"
    MISLEADING = "misleading"
    UNVERIFIABLE = "unverifiable"


class AttributionVerdict(StrEnum):
    UNCHECKED = "unchecked"
    CONFIRMED = "confirmed"
    MISATTRIBUTED = "misattributed"
    NOT_FOUND = "not_found"


class SourceKind(StrEnum):
    OUTLET = "outlet"
    PERSON = "person"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"


class OutletKind(StrEnum):
    NEWSPAPER = "newspaper"
    TABLOID = "tabloid"
    BROADCASTER = "broadcaster"
    NEWS_AGENCY = "news_agency"
    STATE_AFFILIATED = "state_affiliated"
    ONLINE = "online"


class LinkStatus(StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class ClaimOrigin(StrEnum):
    EXTRACTED = "extracted"
    REVIEWER = "reviewer"
    ARCHIVE = "archive"


E = TypeVar("E", bound=StrEnum)


def parse_enum(enum_type: type[E], value: str) -> E:
    """The member named by value (case-insensitive, spaces or dashes for underscores), or InvalidValue."""
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum_type(key)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type)
        raise InvalidValue(f"{value!r} is not a valid {enum_type.__name__}; use one of: {allowed}") from None
