"""A file holding several articles one after another, cut at its headlines: a short line standing alone
between blank lines, with no closing punctuation, starts the next article."""

import re
from dataclasses import replace
from itertools import pairwise

from workbench.intake.document import Document

_HEADLINE = re.compile(r"(?:\A|(?<=\n)[ \t]*\n)[ \t]*([^\n]{1,150}?)[ \t]*(?=\n[ \t]*\n)")
_CLOSING = tuple(".!?:;,،؛؟\"'»”)")


def split_at_headlines(document: Document) -> list[Document]:
    """The articles of a collection, each titled by its headline; the document itself when it has fewer than
    two headlines. Text before the first headline stays with the first article."""
    headlines = [(match.start(1), match.group(1)) for match in _HEADLINE.finditer(document.text)
                 if not match.group(1).endswith(_CLOSING)]
    if len(headlines) < 2:
        return [document]
    cuts = [0, *(start for start, _ in headlines[1:]), len(document.text)]
    return [replace(document, text=document.text[start:end].strip(), title=title[:500])
            for (start, end), (_, title) in zip(pairwise(cuts), headlines, strict=True)]
