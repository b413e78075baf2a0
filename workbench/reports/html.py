"""Self-contained HTML of the reports; the same markup is what the PDF renders through QTextDocument.

With `diagram_src` (the PDF path) the who-cites-whom diagram and the chain arrows are <img>s the caller
supplies as rendered images; otherwise the diagram is inline SVG, the arrows are text and the Arabic
fonts are embedded, for a file that can be mailed on its own.
"""

import base64
from collections.abc import Iterator

from workbench.reports.diagram import render_svg, size
from workbench.reports.htmlparts import (
    ATTRIBUTION_COLOURS,
    CLAIM_COLOURS,
    CSS,
    badge,
    chain_cells,
    chrome,
    font_faces,
    inline,
    link,
    row,
    side,
    table,
    table_open,
    text,
)
from workbench.reports.model import ArticleReport, ClaimEntry, OutletReport, SessionReport
from workbench.reports.names import both_names
from workbench.reports.safety import escape_html

BREAK = "; page-break-before: always"
KIND_NAMES = (("outlet", "outlets", "outlet"), ("person", "people", "person"),
              ("organization", "organizations", "organization"), ("anonymous", "anonymous", "anonymous"))


PAGE_END = "\n</body></html>\n"


def page_start(title: str, direction: str, *, embed_fonts: bool, lang: str = "") -> str:
    """The page up to and including the <body> line; the body follows, then PAGE_END."""
    faces = font_faces() if embed_fonts else ""
    lang_attr = f' lang="{escape_html(lang)}"' if lang and lang != "und" else ""
    return (f'<!DOCTYPE html>\n<html{lang_attr} dir="{direction}"><head><meta charset="utf-8">'
            f'<meta name="generator" content="Isnad"><title>{escape_html(title)}</title>'
            f"<style>{faces}{CSS}</style></head>\n<body dir=\"{direction}\">\n")


def page(title: str, body: str, direction: str, *, embed_fonts: bool, lang: str = "") -> str:
    return page_start(title, direction, embed_fonts=embed_fonts, lang=lang) + body + PAGE_END


def article_html(report: ArticleReport, *, diagram_src: str | None = None) -> str:
    """The article report as one HTML page (diagram_src: see the module docstring)."""
    return "".join(article_html_parts(report, diagram_src=diagram_src))


def article_html_parts(report: ArticleReport, *, diagram_src: str | None = None) -> Iterator[str]:
    """article_html in pieces, a claim or a history row at a time, for writing as the claims are read."""
    d = report.header.direction
    arrow_images = diagram_src is not None
    yield page_start(report.header.title, d, embed_fonts=diagram_src is None, lang=report.header.language)
    yield "\n".join([
        _header(report),
        chrome("h2", "SUMMARY", d),
        _summary(report, arrow_images=arrow_images),
        chrome("h2", "WHO CITES WHOM", d),
        _diagram(report, diagram_src),
        # Claims and the appendix start on a new page: page one is the article at a glance.
        chrome("h2", f"CLAIMS IN READING ORDER ({len(report.claims)})", d, style=BREAK),
    ])
    for claim in report.claims:
        yield "\n" + _claim(claim, d, arrow_images=arrow_images)
    yield "\n" + chrome("h2", "APPENDIX: REVIEW HISTORY", d, style=BREAK) + "\n"
    yield from _history(report)
    yield PAGE_END


def diagram_size(report: ArticleReport) -> tuple[int, int]:
    """Width and height, in CSS px, of the diagram the article report shows."""
    return size(report.graph, rtl=report.header.direction == "rtl")


def diagram_svg(report: ArticleReport) -> str:
    return render_svg(report.graph, rtl=report.header.direction == "rtl")


def _header(report: ArticleReport) -> str:
    h = report.header
    d = h.direction
    facts = [
        ("Publisher", inline(h.publisher) if h.publisher else '<span class="muted">not known</span>'),
        ("Published", escape_html(h.published_on) if h.published_on else '<span class="muted">not known</span>'),
        ("Address", link(h.url) if h.url else '<span class="muted">none</span>'),
        ("Reviewed by", ", ".join(inline(r) for r in h.reviewers) or '<span class="muted">no reviewer yet</span>'),
        ("Generated", escape_html(h.generated_at.strftime("%Y-%m-%d %H:%M UTC")) + f" · article {h.article_id}"),
    ]
    cells = [[f'<td width="80" valign="top"><p class="key" dir="ltr" style="text-align: {side(d)}">{k}</p></td>',
              f'<td valign="top"><p dir="ltr" style="text-align: {side(d)}">{v}</p></td>'] for k, v in facts]
    # Two facts a line keeps the header short, so the diagram usually starts on the first page.
    rows = [row(cells[i] + (cells[i + 1] if i + 1 < len(cells) else ["<td></td><td></td>"]), d)
            for i in range(0, len(cells), 2)]
    return "\n".join([chrome("p", "ATTRIBUTION REPORT · ISNAD", d, "eyebrow"), text("h1", h.title),
                      table(rows, padding=2)])


def _figure(value: str, label: str, d: str) -> str:
    return (f'<td width="25%" valign="top" style="background-color: #f3f4f6">'
            f'<p class="figure" dir="ltr" style="text-align: {side(d)}">{escape_html(value)}</p>'
            f'<p class="figlabel" dir="ltr" style="text-align: {side(d)}">{escape_html(label)}</p></td>')


def _summary(report: ArticleReport, *, arrow_images: bool) -> str:
    s, d = report.summary, report.header.direction
    figures = [
        _figure(str(s.claims), "claims", d),
        _figure(f"{s.attributed_share:.0%}", f"attributed ({s.attributed} of {s.claims})", d),
        _figure(f"{s.anonymous_share:.0%}", "of attributed claims rest on an anonymous source", d),
        _figure(str(len(s.longest_chain)), "hops in the longest chain", d),
    ]
    plain = (f"{s.anonymous_claims} of {s.attributed} attributed claims ({s.anonymous_share:.0%}) rest on an "
             f"anonymous source." if s.attributed else "No claim in this article is attributed to a source.")
    kinds = " · ".join(f"{s.sources_by_kind.get(k, 0)} {plural if s.sources_by_kind.get(k, 0) != 1 else one}"
                       for k, plural, one in KIND_NAMES)
    outlets = ", ".join(inline(both_names(shown, catalog))
                        for shown, catalog in zip(s.outlets_cited, s.outlets_catalog, strict=True)) \
        or '<span class="muted">none</span>'
    verdicts = " ".join(badge(str(n), v, CLAIM_COLOURS) for v, n in s.claim_verdicts.items() if n)
    attributions = " ".join(badge(str(n), v, ATTRIBUTION_COLOURS) for v, n in s.attribution_verdicts.items() if n)
    longest = chain_cells([(label, "") for label in s.longest_chain], d, arrow_images=arrow_images)
    details = [
        ("Sources", escape_html(kinds)), ("Outlets cited", outlets), ("Longest chain", longest),
        ("Claim verdicts", verdicts or '<span class="muted">none</span>'),
        ("Attribution", attributions or '<span class="muted">none</span>'),
    ]
    detail_rows = [row([f'<td width="110" valign="middle"><p class="key" dir="ltr" style="text-align: {side(d)}">'
                        f"{k}</p></td>", f'<td valign="middle"><p dir="ltr" style="text-align: {side(d)}">'
                        f"{v}</p></td>" if not v.startswith("<table") else f"<td>{v}</td>"], d)
                   for k, v in details]
    return "\n".join([table([row(figures, d)], padding=8, spacing=4), chrome("p", plain, d, "plain"),
                      table(detail_rows, padding=3, style="margin-top: 6px")])


def _diagram(report: ArticleReport, diagram_src: str | None) -> str:
    if not report.graph.edges:
        return chrome("p", "No claim is attributed, so there is nothing to draw.", report.header.direction, "muted")
    if diagram_src is None:
        return f'<div dir="ltr">{diagram_svg(report)}</div>'
    width, height = diagram_size(report)
    return (f'<p dir="ltr" style="text-align: center"><img src="{escape_html(diagram_src)}" width="{width}" '
            f'height="{height}"></p>')


def _claim(claim: ClaimEntry, d: str, *, arrow_images: bool) -> str:
    colour = CLAIM_COLOURS.get(claim.claim_verdict, "#9ca3af")
    body = [
        f'<p dir="ltr" style="text-align: {side(d)}">{badge("claim", claim.claim_verdict, CLAIM_COLOURS)} '
        f'{badge("attribution", claim.attribution_verdict, ATTRIBUTION_COLOURS)}</p>',
        text("p", claim.text, "claimtext"),
        chain_cells([(h.label, h.kind) for h in claim.chain], d, arrow_images=arrow_images),
    ]
    body.extend(_verification(claim, d))
    if claim.cue:
        body.append(f'<p dir="ltr" style="text-align: {side(d)}"><span class="key">cue&nbsp;</span> '
                    f"{inline(claim.cue)}</p>")
    if claim.note:
        body.append(chrome("p", "Reviewer's note", d, "key") + text("p", claim.note))
    if claim.evidence:
        body.append(chrome("p", "Evidence", d, "key"))
        body.extend(f'<p dir="ltr" style="text-align: {side(d)}">{link(e)}</p>' for e in claim.evidence)
    if claim.matches:
        body.append(chrome("p", "Confirmed matches", d, "key"))
        for m in claim.matches:
            source = f" · {m.article_title}" if m.article_title else ""
            body.append(f'<p dir="ltr" style="text-align: {side(d)}">'
                        f'{badge("", m.claim_verdict, CLAIM_COLOURS)} '
                        f'{badge("", m.attribution_verdict, ATTRIBUTION_COLOURS)} '
                        f'<span class="small muted">{m.similarity:.0f}% similar · claim {m.claim_id}</span>'
                        f'{inline(source, "small muted")}</p>' + text("p", m.text, "small"))
    cells = [
        f'<td width="4" style="background-color: {colour}">&nbsp;</td>',
        f'<td width="34" valign="top" align="center"><p class="num" dir="ltr" style="text-align: center">'
        f"{claim.number}</p></td>",
        f'<td valign="top">{"".join(body)}</td>',
    ]
    return table([row(cells, d)], padding=5, style="margin-top: 4px; margin-bottom: 8px")


def _verification(claim: ClaimEntry, d: str) -> list[str]:
    """Each hop's verification state and its evidence, linked to the source's article; nothing if never verified."""
    if not any(h.state for h in claim.chain):
        return []
    lines = [chrome("p", "Chain verification", d, "key")]
    for position, hop in enumerate(claim.chain, start=1):
        state = {"found": "found", "not_found": "not found", "no_source": "nothing to check"}[hop.state]
        line = f'{position}. {inline(hop.label)} <span class="key">{escape_html(state)}</span>'
        for e in hop.evidence[:1]:
            where = link(e.url) if e.url else escape_html(f"article {e.article_id}")
            dated = f" · {escape_html(e.published_on)}" if e.published_on else ""
            line += (f' <span class="small muted">{e.similarity:.0f}% similar · claim {e.claim_id}{dated}</span> '
                     f'{inline(e.article_title, "small")} {where}')
        if hop.misattributed:
            line += ' <span class="key">possible misattribution</span>'
        lines.append(f'<p dir="ltr" style="text-align: {side(d)}">{line}</p>')
        lines.extend(text("p", f"“{e.sentence}”", "small") for e in hop.evidence[:1])
    if claim.suggested_attribution:
        lines.append(chrome("p", "Suggested attribution verdict: " + claim.suggested_attribution.replace("_", " "),
                            d, "small muted"))
    return lines


def _history(report: ArticleReport) -> Iterator[str]:
    d = report.header.direction
    if not report.history:
        yield chrome("p", "Nothing recorded yet.", d, "muted")
        return
    head = [f'<td style="background-color: #e5e7eb"><p class="key" dir="ltr">{h}</p></td>'
            for h in ("When (UTC)", "Reviewer", "Claim", "Change", "Note")]
    yield table_open(padding=3) + row(head, d)
    for index, line in enumerate(report.history):
        shade = ' style="background-color: #f9fafb"' if index % 2 else ""
        claim = f"#{line.claim_number}" if line.claim_number else (f"id {line.claim_id}" if line.claim_id else "")
        change = _change(line.field, line.old_value, line.new_value)
        yield row([
            f'<td{shade} valign="top"><p class="history" dir="ltr">{line.at:%Y-%m-%d %H:%M}</p></td>',
            f'<td{shade} valign="top">{inline(line.reviewer or "—", "history")}</td>',
            f'<td{shade} valign="top"><p class="history" dir="ltr">{claim}</p></td>',
            f'<td{shade} valign="top"><p class="history" dir="ltr">{change}</p></td>',
            f'<td{shade} valign="top">{inline(line.note or "", "history")}</td>',
        ], d)
    yield "</table>"


def _change(field: str, old: str | None, new: str | None) -> str:
    name = escape_html(field.replace("_", " "))
    if not old or old == "[]":
        return f"{name}: {inline(new or '')}" if new else name
    # Words rather than an arrow: the bundled PDF fonts have no arrow glyph.
    return f"{name}: {inline(new or '')} <span class=\"muted\">(was {inline(old)})</span>"


def outlet_html(report: OutletReport, *, arrow_images: bool = False) -> str:
    """The outlet report: one row per outlet, and a chosen outlet's claims (arrow_images: for the PDF)."""
    head = ["Outlet", "Kind", "Claims", "Reviewed", "Disputed or false", "Misattributed", "Hops found",
            "Not found", "Found, credits another"]
    rows = [row([f'<td style="background-color: #e5e7eb"><p class="key">{h}</p></td>' for h in head], "ltr")]
    for r in report.rows:
        rows.append(row([f"<td>{inline(r.name)}</td>", f"<td>{escape_html(r.kind.replace('_', ' '))}</td>",
                         f"<td>{r.claims}</td>", f"<td>{r.reviewed}</td>",
                         f"<td>{r.disputed_or_false} ({r.disputed_share:.0%})</td>", f"<td>{r.misattributions}</td>",
                         f"<td>{r.found}</td>", f"<td>{r.not_found}</td>", f"<td>{r.found_misattributed}</td>"],
                        "ltr"))
    parts = [chrome("p", "OUTLET REPORT · ISNAD", "ltr", "eyebrow"), chrome("h1", "Outlets across all articles", "ltr"),
             chrome("p", f"Generated {report.generated_at:%Y-%m-%d %H:%M} UTC · sorted by {report.sort_by} · "
                    "disputed or false is a share of the reviewed claims", "ltr", "muted"),
             table(rows, padding=3)]
    for n, figure in enumerate(report.figures):
        # The PDF supplies each chart as an image resource; a mailed HTML file carries it inline.
        src = figure_url(n) if arrow_images else "data:image/png;base64," + base64.b64encode(figure.png).decode()
        parts.append(chrome("h2", figure.caption, "ltr"))
        parts.append(f'<p><img src="{src}" width="{figure.width}"></p>')
    if report.chosen is not None:
        parts.append(f'<h2 dir="ltr">CLAIMS ATTRIBUTED TO {inline(report.chosen.name)} ({len(report.claims)})</h2>')
        for c in report.claims:
            chain = chain_cells([(label, "") for label in c.chain], "ltr", arrow_images=arrow_images)
            parts.append(f'<p dir="ltr" style="margin-top: 12px">{badge("claim", c.claim_verdict, CLAIM_COLOURS)} '
                         f'{badge("attribution", c.attribution_verdict, ATTRIBUTION_COLOURS)} '
                         f'<span class="small muted">claim {c.claim_id}</span> {inline(c.article_title, "small muted")}'
                         f"</p>{text('p', c.text, 'claimtext')}{chain}")
    return page("Outlet report", "\n".join(parts), "ltr", embed_fonts=False)


def figure_url(number: int) -> str:
    """The name under which the PDF's document holds a report figure's image."""
    return f"isnad-figure-{number}.png"


def session_html(report: SessionReport) -> str:
    """What one reviewer did in one session, edit by edit."""
    ended = f"{report.summary.ended_at:%Y-%m-%d %H:%M}" if report.summary.ended_at else "still open"
    head = ["When (UTC)", "Article", "Claim", "Change", "Note"]
    rows = [row([f'<td style="background-color: #e5e7eb"><p class="key">{h}</p></td>' for h in head], "ltr")]
    for e in report.events:
        rows.append(row([f'<td valign="top"><p class="history">{e.at:%H:%M:%S}</p></td>',
                         f'<td valign="top">{inline(e.article_title or "", "history")}</td>',
                         f'<td valign="top">{text("p", e.claim_text or "", "history")}</td>',
                         f'<td valign="top"><p class="history">{_change(e.field, e.old_value, e.new_value)}</p></td>',
                         f'<td valign="top">{inline(e.note or "", "history")}</td>'], "ltr"))
    parts = [chrome("p", "SESSION REPORT · ISNAD", "ltr", "eyebrow"),
             f'<h1 dir="ltr">Session {report.summary.session_id} · {inline(report.summary.reviewer)}</h1>',
             chrome("p", f"Started {report.summary.started_at:%Y-%m-%d %H:%M} UTC · ended {ended} · "
                    f"{report.summary.claims_reviewed} claims given a verdict · {report.summary.verdicts_set} verdicts set · "
                    f"{report.summary.edits} edits", "ltr", "muted"),
             table(rows, padding=3)]
    return page(f"Session {report.summary.session_id}", "\n".join(parts), "ltr", embed_fonts=False)
