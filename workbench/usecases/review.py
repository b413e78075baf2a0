"""One review of a claim that sets several fields at once (claim verdict, attribution verdict, note): one transaction.

A kill or a full disk midway stores all of the review or none of it, with one new version for the whole
review and one history event per field that changed.
"""

from workbench.enums import AttributionVerdict, ClaimVerdict, parse_enum
from workbench.errors import InvalidValue
from workbench.usecases.claims import claim_for_edit, finish_edit
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor, ClaimRecord


def review_claim(db, claim_id: int, *, claim_verdict: str | None = None, attribution_verdict: str | None = None,
                 note: str | None = None, expected_version: int | None = None,
                 actor: Actor | None = None) -> ClaimRecord:
    """Set any of the claim's verdicts and note together; None leaves a field as it is."""
    wanted = {}
    if claim_verdict is not None:
        wanted["claim_verdict"] = parse_enum(ClaimVerdict, claim_verdict).value
    if attribution_verdict is not None:
        wanted["attribution_verdict"] = parse_enum(AttributionVerdict, attribution_verdict).value
    if note is not None:
        wanted["note"] = note
    if not wanted:
        raise InvalidValue("nothing to change: give a claim verdict, an attribution verdict or a note")
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        for field, value in wanted.items():
            record_event(session, entity="claim", field=field, old=getattr(claim, field), new=value, claim=claim,
                         actor=actor)
            setattr(claim, field, value)
        return finish_edit(claim)
