"""What the matcher may be tuned by: thresholds a desk sets, and the candidate budget of a query."""

from dataclasses import dataclass


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds are similarities in percent; a claim under `short_claim_words` words is capped at suggested."""

    # From the open-world false alarms `bench.fit_matching_weights` prints: at 60 unrelated English news reaches
    # suggested for 7.6 % of sentences in train CV (8.8 % on dev; likely the same at 85: 1.8 % on dev). The
    # lowest pair within 8 % / 2 % on train, 57 / 82, let 10.2 % of English dev news through: over the 10 % bar.
    suggested_threshold: float = 60.0
    likely_same_threshold: float = 85.0
    short_claim_words: int = 8
    query_terms: int = 40  # most selective query terms sent to the index (by document frequency)
    postings: int = 3_000  # the index entries a query may read, past its 4 rarest terms (latency at scale)
    candidates: int = 100  # index hits rescored per query
    vector_candidates: int = 20  # nearest claims by sentence vector added to the lexical hits (any language)
    semantic: bool = True  # use the sentence encoder when it works

    @classmethod
    def from_desk(cls, desk) -> "MatchSettings":
        """The desk's saved thresholds (workbench.settings.DeskSettings), other values as default."""
        return cls(suggested_threshold=desk.suggest_threshold, likely_same_threshold=desk.likely_same_threshold)

    def level(self, similarity: float, *, short: bool) -> str | None:
        """"likely_same", "suggested", or None under the suggested threshold."""
        if similarity >= self.likely_same_threshold and not short:
            return "likely_same"
        if similarity >= self.suggested_threshold:
            return "suggested"
        return None
