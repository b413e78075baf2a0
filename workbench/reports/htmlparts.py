"""Building blocks of the report HTML, limited to what both browsers and QTextDocument lay out alike.

QTextDocument ignores dir="auto", does not mirror tables and has no CSS box model outside tables, so:
every text block gets an explicit dir computed as dir="auto" would (first strong character); layout is
done with tables marked dir="ltr" whose cells are put in reading order by hand (reversed for
right-to-left reports); badges are spans with a background colour and non-breaking spaces as padding.
"""

import base64

from workbench.reports.model import direction_of
from workbench.reports.safety import escape_html, safe_url
from workbench.resources import FONTS_DIR

CLAIM_COLOURS = {
    "verified": "#2e7d32", "disputed": "#b26a00", "false": "#c62828", "misleading": "#d84315",
    "unverifiable": "#546e7a", "unreviewed": "#9ca3af",
}
ATTRIBUTION_COLOURS = {"confirmed": "#2e7d32", "misattributed": "#c62828", "not_found": "#b26a00",
                       "unchecked": "#9ca3af"}

CSS = """
body { font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif; font-size: 9.5pt; color: #1f2937; }
.ar { font-family: 'Noto Naskh Arabic', 'Noto Sans', serif; }
p { margin-top: 0; margin-bottom: 3px; }
.eyebrow { font-size: 7.5pt; font-weight: bold; letter-spacing: 1.5px; color: #8a6d3b; margin-bottom: 4px; }
h1 { font-size: 19pt; font-weight: bold; color: #111827; margin-top: 0; margin-bottom: 8px; }
h1.ar { font-size: 21pt; }
h2 { font-size: 10.5pt; font-weight: bold; letter-spacing: 1.2px; color: #2f5d8a;
     margin-top: 20px; margin-bottom: 8px; }
.muted { color: #6b7280; }
.small { font-size: 8pt; }
.key { color: #6b7280; font-size: 8pt; }
.figure { font-size: 20pt; font-weight: bold; color: #111827; margin-bottom: 0; }
.figlabel { font-size: 7.5pt; color: #4b5563; }
.plain { font-size: 10pt; color: #111827; margin-top: 6px; }
.num { font-size: 15pt; font-weight: bold; color: #9ca3af; }
.claimtext { font-size: 11pt; color: #111827; margin-top: 4px; margin-bottom: 6px; }
.claimtext.ar { font-size: 13.5pt; }
.hop { font-size: 9pt; font-weight: bold; color: #1f2937; }
.hop.ar { font-size: 10.5pt; }
.arrow { color: #9ca3af; font-size: 10pt; }
.badge { font-size: 7.5pt; font-weight: bold; color: #ffffff; }
.history { font-size: 7.5pt; }
a { color: #2f5d8a; }
"""


def font_faces() -> str:
    """@font-face rules with the Arabic fonts embedded, so a shared HTML file shapes Arabic the same anywhere."""
    rules = []
    for weight, name in (("normal", "NotoNaskhArabic-Regular.ttf"), ("bold", "NotoNaskhArabic-Bold.ttf")):
        data = base64.b64encode((FONTS_DIR / name).read_bytes()).decode("ascii")
        rules.append(f"@font-face {{ font-family: 'Noto Naskh Arabic'; font-weight: {weight}; "
                     f"src: url(data:font/ttf;base64,{data}) format('truetype'); }}")
    return "\n".join(rules)


def side(direction: str) -> str:
    return "right" if direction == "rtl" else "left"


def text(tag: str, value: str | None, cls: str = "") -> str:
    """A block of article-derived text: escaped, with its own direction, so it aligns to where it starts.

    No text-align here: QTextDocument mirrors "right" to the left in a right-to-left block.
    """
    value = value or ""
    direction = direction_of(value)
    classes = " ".join(c for c in (cls, "ar" if direction == "rtl" else "") if c)
    class_attr = f' class="{classes}"' if classes else ""
    return f'<{tag}{class_attr} dir="{direction}">{escape_html(value)}</{tag}>'


def chrome(tag: str, value: str, doc_direction: str, cls: str = "", style: str = "") -> str:
    """A block of the report's own (English) wording, aligned with the document's reading direction."""
    class_attr = f' class="{cls}"' if cls else ""
    return (f'<{tag}{class_attr} dir="ltr" style="text-align: {side(doc_direction)}{style}">'
            f"{escape_html(value)}</{tag}>")


def inline(value: str | None, cls: str = "") -> str:
    """Article-derived text inside a line, in <bdi> so a browser isolates its direction from its neighbours.

    (QTextDocument ignores <bdi> and would wrongly give a span's dir to the whole paragraph.)
    """
    value = value or ""
    classes = " ".join(c for c in (cls, "ar" if direction_of(value) == "rtl" else "") if c)
    return f'<bdi class="{classes}">{escape_html(value)}</bdi>' if classes else f"<bdi>{escape_html(value)}</bdi>"


def row(cells: list[str], direction: str) -> str:
    """A table row with cells in reading order: reversed for right-to-left, since the table itself is ltr."""
    ordered = reversed(cells) if direction == "rtl" else cells
    return "<tr>" + "".join(ordered) + "</tr>"


def table(rows: list[str], *, width: str = "100%", padding: int = 0, spacing: int = 0, cls: str = "",
          style: str = "", align: str = "") -> str:
    return (table_open(width=width, padding=padding, spacing=spacing, cls=cls, style=style, align=align)
            + "".join(rows) + "</table>")


def table_open(*, width: str = "100%", padding: int = 0, spacing: int = 0, cls: str = "", style: str = "",
               align: str = "") -> str:
    """The <table> tag alone, for a table written row by row (its rows, then "</table>")."""
    attributes = "".join(f' {k}="{v}"' for k, v in (("width", width), ("class", cls), ("style", style),
                                                      ("align", align)) if v)
    return f'<table dir="ltr" cellpadding="{padding}" cellspacing="{spacing}" border="0"{attributes}>'


def badge(label: str, value: str, colours: dict[str, str]) -> str:
    colour = colours.get(value, "#6b7280")
    shown = f"{label} {value.replace('_', ' ')}".strip().upper()
    return (f'<span class="badge" style="background-color: {colour}; color: #ffffff">'
            f"&nbsp;{escape_html(shown)}&nbsp;</span>")


def link(url: str | None) -> str:
    """A link for http(s) addresses; anything else is shown as inert text."""
    target = safe_url(url)
    if target is None:
        return inline(url)
    return f'<a href="{escape_html(target)}" dir="ltr">{escape_html(target)}</a>'


# The PDF's bundled fonts have no arrow glyphs, so QTextDocument gets the arrows as images (see ui.reports.report_pdf).
ARROW_IMAGES = {"ltr": "isnad-arrow-ltr.png", "rtl": "isnad-arrow-rtl.png"}


def chain_cells(labels: list[tuple[str, str]], direction: str, *, arrow_images: bool = False) -> str:
    """A chain drawn as a one-row table: hop, arrow, hop …, read from the cited source inwards.

    Each hop is its own cell, so a Latin outlet name next to an Arabic person keeps its place
    whatever the bidi algorithm would have done to one mixed line.
    """
    if arrow_images:
        arrow = f'<img src="{ARROW_IMAGES[direction]}" width="14" height="8">'
    else:
        arrow = f'<span class="arrow">{"←" if direction == "rtl" else "→"}</span>'
    cells: list[str] = []
    for index, (label, kind) in enumerate(labels):
        if index:
            cells.append(f'<td valign="middle">&nbsp;{arrow}&nbsp;</td>')
        dashed = " muted" if kind == "anonymous" else ""
        cells.append(f'<td valign="middle">{inline(label, "hop" + dashed)}</td>')
    if not cells:
        return chrome("p", "Not attributed", direction, "muted")
    return table([row(cells, direction)], width="", cls="chain", align=side(direction))
