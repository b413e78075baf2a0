"""Source phrases: a span of the original text naming a source, before and after it is resolved."""

from dataclasses import dataclass

from workbench.enums import SourceKind
from workbench.extraction.sources.proposals import OutletProposal
from workbench.text.normalize import fold_with_offsets, to_original_span

# Punctuation and marks trimmed from both ends of a source phrase.
EDGE = " \t\n,،;؛:\"'«»“”()-–—.ـ"
QUOTES = set('"«»“”')


@dataclass(frozen=True)
class SourcePhrase:
    """A source named in the text, before references back are resolved."""

    surface: str
    start: int
    end: int
    kind: SourceKind
    outlet: str | None = None
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    confidence: float = 0.6
    medium: str | None = None  # newspaper/site/agency/channel for outlets, when the text says so
    adjective: str | None = None  # "البريطانيه": lets "الصحيفة البريطانية" find its outlet later
    proposed: OutletProposal | None = None  # an outlet the catalog lacks, as the article names it


@dataclass(frozen=True)
class BackReference:
    """A phrase that points back to a source named earlier ("الصحيفة", "the agency", "he")."""

    surface: str
    start: int
    end: int
    medium: str  # newspaper/site/agency/channel/report/sources/person/organization/any
    adjective: str | None


class Phrase:
    """A trimmed span of the original text with its folded form and the map back."""

    def __init__(self, text: str, start: int, end: int):
        while start < end and text[start] in EDGE:
            start += 1
        while end > start and text[end - 1] in EDGE:
            end -= 1
        if end < len(text) and text[end] in QUOTES and sum(text[i] in QUOTES for i in range(start, end)) % 2:
            end += 1  # keep the closing quote of 'صحيفة "صن"'
        self.text, self.start, self.end = text, start, end
        self.folded, self.origin = fold_with_offsets(text[start:end])

    def span(self, fs: int, fe: int) -> tuple[int, int]:
        s, e = to_original_span(self.origin, fs, fe)
        return self.start + s, self.start + e

    def surface(self, fs: int, fe: int) -> tuple[str, int, int]:
        s, e = self.span(fs, fe)
        return self.text[s:e], s, e
