"""From hop states to a judgement: possible misattribution, the earliest appearance, the suggested verdict.

Rules (issue 16): "misattributed" needs a found match crediting someone else; "source not found" needs an
outlet's articles stored without the claim; "confirmed" needs the innermost hop that could be checked found
(and no checked hop not found). Nothing checkable gives no suggestion.
"""

from workbench.enums import AttributionVerdict
from workbench.verification.states import Evidence, HopState, HopVerification


def credits_someone_else(evidence: Evidence, *, outlet_id: int, rest_of_chain: list[int | None]) -> bool:
    """Whether the matched claim credits another outlet than the next outlet of this claim's chain.

    Only catalog outlets are compared (people's names are too loosely written to tell apart). A match that
    credits nobody, or only its own outlet, credits no one else.
    """
    credited = [o for o in evidence.credits if o != outlet_id]
    if not credited:
        return False
    expected = next((o for o in rest_of_chain if o is not None), None)
    return credited[0] != expected


def first_appearance(hops: list[HopVerification]) -> Evidence | None:
    """The earliest dated evidence along the chain (ties: the lower article id)."""
    dated = [e for h in hops if h.state is HopState.FOUND for e in h.evidence if e.published_on is not None]
    return min(dated, key=lambda e: (e.published_on, e.article_id), default=None)


def suggested_verdict(hops: list[HopVerification]) -> str | None:
    """The attribution verdict the states support, or None when no hop could be checked."""
    checked = [h for h in hops if h.state in (HopState.FOUND, HopState.NOT_FOUND)]
    if not checked:
        return None
    if any(h.misattributed for h in checked):
        return AttributionVerdict.MISATTRIBUTED.value
    if any(h.state is HopState.NOT_FOUND for h in checked):
        return AttributionVerdict.NOT_FOUND.value
    return AttributionVerdict.CONFIRMED.value
