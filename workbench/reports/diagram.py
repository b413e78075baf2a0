"""The who-cites-whom diagram as SVG: publisher → outlets → people, in layers of boxes joined by arrows.

The SVG uses only what both browsers and QtSvg (SVG Tiny 1.2) draw: rect, path, polygon and text,
no markers, CSS or foreignObject; arrowheads are explicit polygons. Label widths are estimated, not
measured, so the estimate errs wide and long labels wrap onto at most four lines.
"""

import math
from dataclasses import dataclass

from workbench.reports.model import CitationGraph, GraphEdge, GraphNode, direction_of
from workbench.reports.safety import escape_html

WIDTH = 660  # CSS px: within the text width of an A4 page with 16 mm margins (672 px at 96 dpi)
GAP_X = 40
GAP_Y = 8
MAX_BOX = 210
PAD = 6
LINE = 14
LABEL_PX = 12
CAPTION_PX = 8.5
MAX_LINES = 4
MAX_PER_LAYER = 10  # beyond this a column is unreadable on a page; the rest become one "N more" box
LATIN_FONT = "Noto Sans"
ARABIC_FONT = "Noto Naskh Arabic"

# Fill, border, caption colour by kind; anonymous sources get a dashed border as a plain visual warning.
STYLES = {
    "publisher": ("#1f2937", "#1f2937", "#d1d5db"),
    "outlet": ("#eef4fb", "#2f5d8a", "#2f5d8a"),
    "person": ("#eef7f0", "#2e7046", "#2e7046"),
    "organization": ("#f4effa", "#6a4a93", "#6a4a93"),
    "anonymous": ("#f7f4ee", "#8a6d3b", "#8a6d3b"),
    "more": ("#ffffff", "#9ca3af", "#6b7280"),
}
KIND_ORDER = {"publisher": 0, "outlet": 1, "organization": 2, "person": 3, "anonymous": 4, "more": 9}
CAPTIONS = {"publisher": "PUBLISHER", "outlet": "OUTLET", "person": "PERSON", "organization": "ORGANIZATION",
            "anonymous": "ANONYMOUS", "more": "OTHERS"}


@dataclass(frozen=True)
class Box:
    node: GraphNode
    x: float
    y: float
    width: float
    height: float
    lines: tuple[str, ...]


def _char_px(ch: str) -> float:
    # Generous averages for Noto Sans and Noto Naskh Arabic at 12 px, wide enough to avoid clipping.
    if "\u0600" <= ch <= "\u06ff":
        return LABEL_PX * 0.52
    return LABEL_PX * (0.62 if ch.isupper() else 0.56)


def text_px(text: str) -> float:
    return sum(_char_px(c) for c in text)


def wrap(text: str, width: float) -> tuple[str, ...]:
    """text broken at spaces into lines of at most width px (estimated), at most MAX_LINES of them."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_px(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1] + " …"]
    return tuple(_clip(line, width) for line in lines)


def _clip(line: str, width: float) -> str:
    while len(line) > 1 and text_px(line) > width:
        line = line[:-2] + "…"
    return line


def condense(graph: CitationGraph) -> CitationGraph:
    """The graph with at most MAX_PER_LAYER boxes a layer: the least-cited sources merge into one box."""
    layers: dict[int, list[GraphNode]] = {}
    for node in graph.nodes:
        layers.setdefault(node.layer, []).append(node)
    merged: dict[str, str] = {}
    nodes: list[GraphNode] = []
    for layer, members in sorted(layers.items()):
        if len(members) <= MAX_PER_LAYER:
            nodes.extend(members)
            continue
        members = sorted(members, key=lambda n: -n.claims)
        kept, rest = members[: MAX_PER_LAYER - 1], members[MAX_PER_LAYER - 1:]
        key = f"more-{layer}"
        merged.update((n.key, key) for n in rest)
        nodes.extend(kept)
        nodes.append(GraphNode(key, f"{len(rest)} more sources", "more", layer, sum(n.claims for n in rest)))
    if not merged:
        return graph
    edges: dict[tuple[str, str], int] = {}
    for edge in graph.edges:
        ends = (merged.get(edge.source, edge.source), merged.get(edge.target, edge.target))
        edges[ends] = edges.get(ends, 0) + edge.claims
    return CitationGraph(tuple(nodes), tuple(GraphEdge(a, b, n) for (a, b), n in edges.items() if a != b))


def layout(graph: CitationGraph, *, rtl: bool) -> tuple[list[Box], float]:
    """Boxes placed in columns by layer (mirrored for right-to-left), and the height of the drawing."""
    graph = condense(graph)
    layers: dict[int, list[GraphNode]] = {}
    for node in graph.nodes:
        layers.setdefault(node.layer, []).append(node)
    count = max(layers) + 1 if layers else 1
    box_width = min(MAX_BOX, (WIDTH - GAP_X * (count - 1)) / count)
    order = _order(graph, layers)
    columns: list[list[Box]] = []
    for layer in range(count):
        x = layer * (box_width + GAP_X)
        if rtl:
            x = WIDTH - x - box_width
        column, y = [], 0.0
        for node in order.get(layer, []):
            lines = wrap(node.label, box_width - 2 * PAD)
            height = 2 * PAD + CAPTION_PX + 4 + LINE * len(lines)
            column.append(Box(node, x, y, box_width, height, lines))
            y += height + GAP_Y
        columns.append(column)
    total = max((c[-1].y + c[-1].height for c in columns if c), default=0.0)
    boxes = []
    for column in columns:
        if column:
            # Centre each column on the tallest one, so arrows fan out from the publisher evenly.
            shift = (total - (column[-1].y + column[-1].height)) / 2
            boxes.extend(Box(b.node, b.x, b.y + shift, b.width, b.height, b.lines) for b in column)
    return boxes, total


def _order(graph: CitationGraph, layers: dict[int, list[GraphNode]]) -> dict[int, list[GraphNode]]:
    """Each layer sorted by the mean position of the nodes citing it, which keeps arrows from crossing."""
    cited_by: dict[str, list[str]] = {}
    for edge in graph.edges:
        cited_by.setdefault(edge.target, []).append(edge.source)
    rank: dict[str, float] = {}
    ordered: dict[int, list[GraphNode]] = {}
    for layer in sorted(layers):
        def key(node: GraphNode) -> tuple:
            parents = [rank[p] for p in cited_by.get(node.key, []) if p in rank]
            return (sum(parents) / len(parents) if parents else 0.0, KIND_ORDER.get(node.kind, 9), -node.claims)

        ordered[layer] = sorted(layers[layer], key=key)
        rank.update((n.key, i) for i, n in enumerate(ordered[layer]))
    return ordered


def size(graph: CitationGraph, *, rtl: bool) -> tuple[int, int]:
    """Width and height of the drawing in CSS px, with a 2 px margin so border strokes are not cut."""
    return WIDTH + 4, math.ceil(layout(graph, rtl=rtl)[1] + 4)


def render_svg(graph: CitationGraph, *, rtl: bool) -> str:
    """The diagram as a standalone <svg> element, WIDTH px wide."""
    graph = condense(graph)
    boxes, height = layout(graph, rtl=rtl)
    height = math.ceil(height + 4)
    by_key = {b.node.key: b for b in boxes}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" width="{WIDTH + 4}" height="{height}" '
             f'viewBox="-2 -2 {WIDTH + 4} {height}">']
    for edge in graph.edges:
        if edge.source in by_key and edge.target in by_key:
            parts.append(_arrow(by_key[edge.source], by_key[edge.target], edge.claims, rtl=rtl))
    parts.extend(_box(b) for b in boxes)
    parts.append("</svg>")
    return "\n".join(parts)


def _arrow(source: Box, target: Box, claims: int, *, rtl: bool) -> str:
    sign = -1 if rtl else 1
    x1 = source.x if rtl else source.x + source.width
    x2 = target.x + target.width if rtl else target.x
    y1, y2 = source.y + source.height / 2, target.y + target.height / 2
    bend = max(abs(x2 - x1) / 2, 16)
    tip = x2 - sign * 7
    path = (f'<path d="M {x1:.1f} {y1:.1f} C {x1 + sign * bend:.1f} {y1:.1f} {tip - sign * bend:.1f} {y2:.1f} '
            f'{tip:.1f} {y2:.1f}" fill="none" stroke="#6b7280" stroke-width="{1.2 + min(claims, 5) * 0.3:.1f}"/>')
    head = (f'<polygon points="{x2:.1f},{y2:.1f} {tip:.1f},{y2 - 4:.1f} {tip:.1f},{y2 + 4:.1f}" '
            f'fill="#6b7280"/>')
    if claims < 2:
        return path + head
    # The count sits just before the arrowhead, where it cannot be confused with a neighbouring arrow.
    mx, my = tip - sign * 16, y2 - 10
    badge = (f'<rect x="{mx - 11:.1f}" y="{my - 8:.1f}" width="22" height="16" rx="8" fill="#ffffff" '
             f'stroke="#6b7280" stroke-width="0.8"/>'
             f'<text x="{mx:.1f}" y="{my + 3.5:.1f}" font-family="{LATIN_FONT}" font-size="9" fill="#374151" '
             f'text-anchor="middle">×{claims}</text>')
    return path + head + badge


def _box(box: Box) -> str:
    fill, stroke, caption_colour = STYLES.get(box.node.kind, STYLES["person"])
    dash = ' stroke-dasharray="4 3"' if box.node.kind == "anonymous" else ""
    label_colour = "#ffffff" if box.node.kind == "publisher" else "#111827"
    cx = box.x + box.width / 2
    caption = CAPTIONS.get(box.node.kind, box.node.kind.upper())
    count = f" · {box.node.claims} claim{'s' if box.node.claims != 1 else ''}" if box.node.claims else ""
    parts = [
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.width:.1f}" height="{box.height:.1f}" rx="5" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="1.2"{dash}/>',
        f'<text x="{cx:.1f}" y="{box.y + PAD + CAPTION_PX:.1f}" font-family="{LATIN_FONT}" '
        f'font-size="{CAPTION_PX}" letter-spacing="0.6" fill="{caption_colour}" text-anchor="middle">'
        f'{caption}{count}</text>',
    ]
    baseline = box.y + PAD + CAPTION_PX + 4 + LABEL_PX
    for line in box.lines:
        parts.append(_label(line, cx, baseline, label_colour, bold=box.node.kind == "publisher"))
        baseline += LINE
    return "\n".join(parts)


def _label(line: str, x: float, y: float, colour: str, *, bold: bool) -> str:
    rtl = direction_of(line) == "rtl"
    family = f"{ARABIC_FONT}, {LATIN_FONT}" if rtl else f"{LATIN_FONT}, {ARABIC_FONT}"
    bidi = ' direction="rtl" unicode-bidi="embed"' if rtl else ""
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="{family}" font-size="{LABEL_PX}"{weight} '
            f'fill="{colour}" text-anchor="middle"{bidi}>{escape_html(line)}</text>')
