"""schema.org ClaimReview JSON-LD for every claim of an article report that has a claim verdict.

The numeric scale (worstRating 1, bestRating 4; docs/claimreview.md says why):
    1 false · 2 misleading · 3 disputed · 4 verified
"unverifiable" has no place on a truth scale: it gets alternateName "Unverifiable" and no ratingValue,
bestRating or worstRating, rather than -1, which validators reject as outside worst..best.

itemReviewed is a Claim whose author is the innermost source of the chain (who said it first),
a Person for people and anonymous sources and an Organization for outlets and organizations;
an unattributed claim is authored by the article's publisher, if known. Its appearance is the article and,
once the chain is verified, the stored articles of its sources that say it; firstAppearance the earliest of them.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice

from workbench.enums import ClaimVerdict
from workbench.reports.json import Streamed, json_parts
from workbench.reports.model import ArticleReport, ChainLink, ClaimEntry, HopEvidence
from workbench.reports.safety import safe_url
from workbench.reports.stream import CLAIMS_PER_CHUNK
from workbench.settings import DeskSettings

WORST, BEST = 1, 4
SCALE = {
    ClaimVerdict.FALSE.value: (1, "False"),
    ClaimVerdict.MISLEADING.value: (2, "Misleading"),
    ClaimVerdict.DISPUTED.value: (3, "Disputed"),
    ClaimVerdict.VERIFIED.value: (4, "Verified"),
    ClaimVerdict.UNVERIFIABLE.value: (None, "Unverifiable"),
}


def rating(verdict: str, explanation: str = "") -> dict:
    """The reviewRating of a claim verdict on the scale above."""
    value, name = SCALE[verdict]
    result = {"@type": "Rating", "alternateName": name}
    if value is not None:
        result |= {"ratingValue": value, "bestRating": BEST, "worstRating": WORST}
    if explanation:
        result["ratingExplanation"] = explanation
    return result


def _author(link: ChainLink) -> dict:
    if link.kind in ("outlet", "organization"):
        organization = {"@type": "Organization", "name": link.label}
        if link.outlet and link.outlet != link.label:  # named in the report's language; the catalog name too
            organization["alternateName"] = link.outlet
        return organization
    person = {"@type": "Person", "name": link.label}
    if link.kind == "anonymous":
        person["description"] = "anonymous source"
    return person


def claim_reviews(report: ArticleReport, settings: DeskSettings) -> Iterator[dict]:
    """One ClaimReview per claim with a claim verdict other than unreviewed, in reading order. Its date is when
    the claim last got its verdict (the review's publication, from the desk's view), read a chunk at a time."""
    claims = iter(report.claims)
    while batch := list(islice(claims, CLAIMS_PER_CHUNK)):
        chunk = [c for c in batch if c.claim_verdict in SCALE]
        dates = report.history.last_changes("claim_verdict", [c.claim_id for c in chunk])
        for claim in chunk:
            yield _review(report, claim, settings, dates.get(claim.claim_id, report.header.generated_at))


def _review(report: ArticleReport, claim: ClaimEntry, settings: DeskSettings, reviewed_at: datetime) -> dict:
    h = report.header
    appearance = {"@type": "CreativeWork", "headline": h.title}
    if safe_url(h.url):
        appearance["url"] = safe_url(h.url)
    if h.published_on:
        appearance["datePublished"] = h.published_on
    if h.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": h.publisher}
    item = {"@type": "Claim", "appearance": appearance}
    item |= _appearances(appearance, claim)
    if claim.innermost is not None:
        item["author"] = _author(claim.innermost)
    elif h.publisher:
        item["author"] = {"@type": "Organization", "name": h.publisher}
    if h.published_on:
        item["datePublished"] = h.published_on
    organization = {"@type": "Organization", "name": settings.organization_name}
    home = safe_url(settings.organization_url)
    if home:
        organization["url"] = home
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "reviewRating": rating(claim.claim_verdict, claim.note),
        "itemReviewed": item,
        "author": organization,
        "datePublished": reviewed_at.date().isoformat(),
    }
    if home:
        review["url"] = f"{home}#claim-{claim.claim_id}"
    return review


def _work(evidence: HopEvidence) -> dict:
    work = {"@type": "CreativeWork", "headline": evidence.article_title}
    if safe_url(evidence.url):
        work["url"] = safe_url(evidence.url)
    if evidence.published_on:
        work["datePublished"] = evidence.published_on
    if evidence.publisher:
        work["publisher"] = {"@type": "Organization", "name": evidence.publisher}
    return work


def _appearances(article: dict, claim: ClaimEntry) -> dict:
    """appearance: this article and every stored article the chain's verification found saying the claim;
    firstAppearance: the earliest dated of them (the source's article, when it came first)."""
    found = {e.article_id: e for hop in claim.chain for e in hop.evidence[:1]}
    if not found:
        return {}
    works = [(e.published_on, _work(e)) for e in found.values()]
    out = {"appearance": [article, *(w for _, w in works)]}
    dated = [(day, w) for day, w in [(article.get("datePublished"), article), *works] if day]
    if dated:
        out["firstAppearance"] = min(dated, key=lambda pair: pair[0])[1]
    return out


def claimreview_json(report: ArticleReport, settings: DeskSettings) -> str:
    """The ClaimReviews as a JSON array, safe to paste inside <script type="application/ld+json">."""
    return "".join(claimreview_parts(claim_reviews(report, settings)))


def claimreview_parts(reviews: Iterable[dict]) -> Iterator[str]:
    """ClaimReviews as claimreview_json writes them, in pieces as they are made."""
    for piece in json_parts(Streamed(reviews)):
        # "</script>" in a claim would end the script element it is pasted into; "<\/" is the same JSON string.
        # A piece holds whole JSON strings, and "<" appears only inside strings, so no "</" spans two pieces.
        yield piece.replace("</", "<\\/")
