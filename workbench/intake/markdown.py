"""Markdown files: the text without its markup (headings, emphasis, links, lists), one block per line."""

from markdown_it import MarkdownIt
from markdown_it.token import Token

from workbench.intake.document import Document, title_from_text

_PARSER = MarkdownIt("commonmark").enable("table")


def read_markdown(text: str, *, encoding: str | None) -> Document:
    """`text` (already decoded) with markup removed; the first heading is the title."""
    lines: list[str] = []
    title = None
    row: list[str] | None = None  # cells of the table row being read, joined by tabs on one line
    in_heading = False
    for token in _PARSER.parse(text):
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            lines.append("\t".join(row))
            row = None
        elif token.type in ("fence", "code_block"):
            lines.append(token.content.rstrip("\n"))
        elif token.type == "inline":
            content = _inline_text(token.children or [])
            if row is not None:
                row.append(content)
            elif content.strip():
                lines.append(content)
            if in_heading and title is None:
                title = content.strip() or None
            in_heading = False
    stored = "\n".join(lines)
    return Document(
        text=stored,
        title=title or title_from_text(stored),
        format="md",
        encoding=encoding,
        url=None,
        published=None,
        site_name=None,
        source_name=None,
    )


def _inline_text(children: list[Token]) -> str:
    """The reader's text of an inline run; markup tokens (em_open, link_open …), images and raw HTML add none."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            # A soft break is the writer wrapping a long line, not a new paragraph; a line end here
            # would cut sentences in two.
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)
