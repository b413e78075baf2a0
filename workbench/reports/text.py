"""Reports as plain text for terminals, which do not lay out Arabic: each piece is put in visual order.

Pieces are reordered one by one (a label, a line of a claim) and then joined left to right, so a chain
reads outermost first, "The Sun → The Washington Post → <the major>", whatever scripts its labels mix.
"""

import textwrap
from collections.abc import Iterator

from workbench.reports.model import ArticleReport, ClaimEntry, OutletReport, SessionReport
from workbench.reports.verification import chain_link_states
from workbench.text.terminal import visual

WIDTH = 96


def _wrapped(text: str, indent: str = "    ") -> list[str]:
    lines = textwrap.wrap(text, WIDTH - len(indent)) or [""]
    return [indent + visual(line) for line in lines]


def _outlet(shown: str, catalog: str) -> str:
    # Each name reordered alone: python-bidi does not mirror the brackets of "صن (The Sun)" taken whole.
    return f"{visual(shown)} ({catalog})" if catalog != shown else visual(shown)


def _chain(labels) -> str:
    return " → ".join(visual(label) for label in labels) or "(not attributed)"


def article_text(report: ArticleReport) -> str:
    return "".join(article_text_parts(report))


def article_text_parts(report: ArticleReport) -> Iterator[str]:
    """The article report's lines, each ending in a newline, a claim at a time."""
    h, s = report.header, report.summary
    out = [f"ATTRIBUTION REPORT · article {h.article_id}", *_wrapped(h.title, ""), ""]
    out += [f"Publisher:   {visual(h.publisher or 'not known')}", f"Published:   {h.published_on or 'not known'}",
            f"Address:     {h.url or 'none'}", f"Reviewed by: {', '.join(visual(r) for r in h.reviewers) or '-'}",
            f"Generated:   {h.generated_at:%Y-%m-%d %H:%M} UTC", "", "SUMMARY"]
    kinds = ", ".join(f"{k} {n}" for k, n in s.sources_by_kind.items())
    outlets = ", ".join(_outlet(*names) for names in zip(s.outlets_cited, s.outlets_catalog, strict=True))
    out += [f"  {s.claims} claims, {s.attributed} attributed ({s.attributed_share:.0%})",
            f"  {s.anonymous_claims} of {s.attributed} attributed claims ({s.anonymous_share:.0%}) rest on an "
            "anonymous source",
            f"  sources: {kinds}",
            f"  outlets cited: {outlets or 'none'}",
            f"  longest chain ({len(s.longest_chain)}): {_chain(s.longest_chain)}",
            "  claim verdicts: " + ", ".join(f"{v} {n}" for v, n in s.claim_verdicts.items() if n),
            "  attribution: " + ", ".join(f"{v} {n}" for v, n in s.attribution_verdicts.items() if n),
            "", "WHO CITES WHOM"]
    labels = {n.key: n.label for n in report.graph.nodes}
    out += [f"  {visual(labels[e.source])} → {visual(labels[e.target])}" + (f"  (×{e.claims})" if e.claims > 1 else "")
            for e in report.graph.edges]
    out += ["", f"CLAIMS ({len(report.claims)})"]
    yield _lines(out)
    for c in report.claims:
        yield _lines(_claim_lines(c))
    yield "\nREVIEW HISTORY\n"
    empty = True
    for line in report.history:
        empty = False
        claim = f"#{line.claim_number}" if line.claim_number else "-"
        change = line.field if line.old_value is None else f"{line.field}: {line.old_value} → {line.new_value}"
        yield f"  {line.at:%Y-%m-%d %H:%M}  {visual(line.reviewer or '-')}  {claim}  {visual(change)}\n"
    if empty:
        yield "  nothing recorded yet\n"


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _claim_lines(c: ClaimEntry) -> list[str]:
    out = ["", f"#{c.number}  [claim: {c.claim_verdict} · attribution: {c.attribution_verdict}]  id {c.claim_id}"]
    out += _wrapped(c.text)
    out.append(f"    via: {_chain(link.label for link in c.chain)}" + (f"   cue: {visual(c.cue)}" if c.cue else ""))
    out += [f"    hop {n}: {visual(link.label)}: {chain_link_states(link)}"
            for n, link in enumerate(c.chain, start=1) if link.state]
    if c.note:
        out += ["    note:", *_wrapped(c.note, "      ")]
    out += [f"    evidence: {e}" for e in c.evidence]
    for m in c.matches:
        out.append(f"    match {m.similarity:.0f}%: claim {m.claim_id} [{m.claim_verdict}/{m.attribution_verdict}]"
                   f" {visual(m.article_title or '')}")
    return out


def outlet_text(report: OutletReport) -> str:
    out = [f"OUTLET REPORT · sorted by {report.sort_by} · disputed or false is a share of reviewed claims", "",
           f"{'outlet':<32} {'claims':>7} {'reviewed':>9} {'disputed/false':>15} {'misattributed':>14}"
           f" {'found':>6} {'not found':>9} {'credits other':>13}"]
    for r in report.rows:
        name = visual(r.name)[:32]
        out.append(f"{name:<32} {r.claims:>7} {r.reviewed:>9} {f'{r.disputed_or_false} ({r.disputed_share:.0%})':>15}"
                   f" {r.misattributions:>14} {r.found:>6} {r.not_found:>9} {r.found_misattributed:>13}")
    if report.chosen is not None:
        out += ["", f"CLAIMS ATTRIBUTED TO {visual(report.chosen.name)} ({len(report.claims)})"]
        for c in report.claims:
            out += ["", f"claim {c.claim_id} [{c.claim_verdict}/{c.attribution_verdict}]  {visual(c.article_title or '')}"]
            out += _wrapped(c.text)
            out.append(f"    via: {_chain(c.chain)}")
    return "\n".join(out) + "\n"


def session_text(report: SessionReport) -> str:
    ended = f"{report.summary.ended_at:%Y-%m-%d %H:%M}" if report.summary.ended_at else "still open"
    out = [f"SESSION {report.summary.session_id} · {visual(report.summary.reviewer)}",
           f"started {report.summary.started_at:%Y-%m-%d %H:%M} UTC · ended {ended}",
           f"{report.summary.claims_reviewed} claims given a verdict · {report.summary.verdicts_set} verdicts set · {report.summary.edits} edits",
           ""]
    for e in report.events:
        change = e.field if e.old_value is None else f"{e.field}: {e.old_value} → {e.new_value}"
        out.append(f"{e.at:%H:%M:%S}  claim {e.claim_id or '-'}  {visual(change)}")
        if e.claim_text:
            out += _wrapped(e.claim_text)
    return "\n".join(out) + "\n"
