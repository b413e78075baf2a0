"""What intake produces: the `Document` Isnad stores, and the `IntakeLimits` it enforces."""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """An imported article. `text` is exactly what Isnad stores; every offset in Isnad refers to it.

    The text is the decoded input with CRLF and lone CR turned into LF and a leading byte-order mark
    removed; nothing else is changed (bidi controls and zero-width characters are kept as evidence).
    HTML, .docx and Markdown inputs store their article text, one paragraph per line.
    """

    text: str
    title: str | None
    format: str  # "txt" | "html" | "docx" | "md" | "paste"
    encoding: str | None  # the detected encoding of byte inputs; None for .docx and pasted text
    url: str | None
    published: datetime.date | None
    site_name: str | None  # e.g. og:site_name, to look the publisher up in the catalog
    source_name: str | None  # the file name


@dataclass(frozen=True)
class IntakeLimits:
    """Bounds on what intake accepts, so one odd file cannot exhaust memory or hang the app.

    max_bytes: 20 MB. A long news article is 10-100 KB; a saved web page with inline scripts and
    styles reaches a few MB. Twenty MB leaves room for both while keeping the few copies intake makes
    (bytes, decoded text, parsed HTML tree) well inside a desktop's memory.

    max_line_chars: 1,000,000. A paragraph of news prose is a few thousand characters; a line of a
    million is minified data or base64, not an article, and would make segmentation and the text view
    crawl.
    """

    max_bytes: int = 20 * 1024 * 1024
    max_line_chars: int = 1_000_000


_TITLE_CHARS = 80


def title_from_text(text: str) -> str | None:
    """The first non-blank line, cut at a word boundary to about 80 characters, as a fallback title."""
    for line in text.split("\n", 20):
        line = line.strip()
        if line:
            break
    else:
        return None
    if len(line) <= _TITLE_CHARS:
        return line
    cut = line.rfind(" ", 0, _TITLE_CHARS)
    return line[: cut if cut > 0 else _TITLE_CHARS].rstrip() + "…"
