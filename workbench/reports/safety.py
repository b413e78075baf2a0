"""Article text is data: invisible controls are made visible, and markup and formulas are neutralized."""

import html
import re

import regex

# Characters a reader cannot see but that change what is shown or compared: bidi controls, zero-width
# characters, soft hyphens, invisible operators, variation selectors, tag characters (hidden text), line and
# paragraph separators. Taken from the Unicode properties (format characters, Default_Ignorable_Code_Point)
# rather than a hand-kept list, so a new invisible character is covered by the next Unicode release of
# `regex`. Prepended concatenation marks (U+0600 Arabic number sign, U+06DD end of ayah) are format
# characters that print a visible sign, and stay as they are.
_HIDDEN = regex.compile(
    r"[[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]--\p{Prepended_Concatenation_Mark}]", regex.V1
)
_TERMINAL_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# A spreadsheet evaluates a cell starting with one of these as a formula (tab and CR too, in some).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def reveal_controls(text: str | None) -> str | None:
    """text with every invisible format or default-ignorable character replaced by a visible ⟪U+XXXX⟫ marker.

    Inside a claim such characters can reorder, hide or smuggle what a reader sees; the reports, the reader
    and the article list all show them through this one function.
    """
    if not text:
        return text
    return _HIDDEN.sub(lambda m: f"⟪U+{ord(m.group()):04X}⟫", text)


def printable_name(name: str) -> str:
    """A file name fit for one line of a message: line ends and terminal controls escaped (\\n, \\x1b),
    invisible characters revealed, so a name cannot break the line or reorder it."""
    return reveal_controls(_TERMINAL_CONTROL.sub(lambda m: repr(m.group())[1:-1], name)) or name


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
