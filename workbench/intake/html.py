"""Saved web pages: the article body and its metadata (title, date, URL, site) via trafilatura."""

import datetime
import re

import lxml.html
import trafilatura
from lxml import etree

from workbench.errors import InputRefused
from workbench.intake.decode import as_stored, decode
from workbench.intake.document import Document, title_from_text
from workbench.intake.messages import one_line

NO_ARTICLE = "no article text found in the page"
# Where browsers look for <meta charset> (the WHATWG prescan reads 1024 bytes; saved pages sometimes
# put scripts first, so look a little further).
_CHARSET_SCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# lxml refuses str input that carries an encoding declaration; the text is already decoded.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# trafilatura drops every non-printable character, and so the bidi controls, zero-width characters
# and soft hyphens (Unicode format characters) that Isnad keeps as evidence. They go through
# extraction as printable markers like ⟦200F⟧ and are put back afterwards. The marker's own bracket
# is hidden the same way, so no text of the page can be mistaken for a marker.
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\u27e6]"
)
_MARKER = re.compile("\u27e6([0-9A-F]{2,6})\u27e7")


def read_html(data: bytes) -> Document:
    """The main text of a saved page, one paragraph per line, without menus, sidebars or comments."""
    page, encoding = decode(data, declared=_declared_charset(data))
    tree = _parse(_hide(_XML_DECLARATION.sub("", page, count=1)))
    try:
        extracted = trafilatura.bare_extraction(
            tree,
            favor_precision=True,  # a menu line taken for article text would become a claim
            include_comments=False,
            include_tables=False,  # tables come out as "| a | b |" markup, not prose
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    except (RecursionError, etree.LxmlError) as error:
        raise InputRefused(f"could not read the page: {one_line(error) or type(error).__name__}") from error
    text = as_stored(_reveal(extracted.text)) if extracted is not None and extracted.text else ""
    if not text.strip():
        raise InputRefused(NO_ARTICLE)
    return Document(
        text=text,
        title=_reveal(extracted.title) or title_from_text(text),
        format="html",
        encoding=encoding,
        url=_reveal(extracted.url) or None,
        published=_date(extracted.date),
        site_name=_reveal(extracted.sitename) or None,
        source_name=None,
    )


def _hide(page: str) -> str:
    return _INVISIBLE.sub(lambda match: f"\u27e6{ord(match.group()):X}\u27e7", page)


def _reveal(text: str | None) -> str | None:
    return _MARKER.sub(lambda match: chr(int(match.group(1), 16)), text) if text else text


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, _CHARSET_SCAN_BYTES)
    return match.group(1).decode("ascii") if match else None


def _parse(page: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.document_fromstring(page, parser=parser)
    except etree.ParserError as error:  # "Document is empty"
        raise InputRefused(NO_ARTICLE) from error
    # Past 256 levels libxml2 stops building the tree and drops the rest of the page, which would
    # store a partial article; refuse instead.
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise InputRefused("HTML nested too deeply (over 256 levels): the page is malformed")
    return tree


def _date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
