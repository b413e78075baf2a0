"""Article text is data: invisible controls are made visible, and markup and formulas are neutralized."""

import html
import re

# Bidirectional controls (embeddings, overrides, isolates, marks) and zero-width characters. Inside a
# claim they can reorder or hide what a reader sees, so every report shows them as ⟪U+XXXX⟫ instead.
_CONTROLS = (
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
    + [chr(c) for c in range(0x200B, 0x200E)]
    + ["\u2060", "\ufeff"]
)
_CONTROL_PATTERN = re.compile("[" + "".join(_CONTROLS) + "]")

# A spreadsheet evaluates a cell starting with one of these as a formula (tab and CR too, in some).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def reveal_controls(text: str | None) -> str | None:
    """text with every bidi control and zero-width character replaced by a visible ⟪U+XXXX⟫ marker."""
    if not text:
        return text
    return _CONTROL_PATTERN.sub(lambda m: f"⟪U+{ord(m.group()):04X}⟫", text)


def escape_html(text: str | None) -> str:
    """text safe inside HTML elements and quoted attributes (browsers and Qt rich text alike)."""
    return html.escape(text or "", quote=True)


def escape_rich_text(text: str | None) -> str:
    """text for a Qt widget that interprets rich text: controls revealed, markup escaped, lines kept."""
    return escape_html(reveal_controls(text)).replace("\n", "<br>")


def neutralize_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: a leading formula character gets an apostrophe before it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def safe_url(url: str | None) -> str | None:
    """url if it is an http(s) address, else None, so a report never links to javascript: or data:."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
