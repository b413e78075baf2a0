"""The article report's figures and its who-cites-whom graph, counted claim by claim in one pass over the claims,
so they never need the article's claims in memory at once."""

from collections import Counter

from workbench.enums import SourceKind
from workbench.reports.model import (
    ATTRIBUTION_VERDICTS,
    CLAIM_VERDICTS,
    CitationGraph,
    GraphEdge,
    GraphNode,
    Summary,
)
from workbench.reports.names import OutletNaming
from workbench.reports.safety import reveal_controls
from workbench.usecases.records import ClaimRecord

PUBLISHER_KEY = "publisher"


def counts(vocabulary: tuple[str, ...], counted: Counter) -> dict[str, int]:
    """Every value of the vocabulary with its count (0 if none), then any other value met, in the order met."""
    return {v: counted.get(v, 0) for v in vocabulary} | {k: n for k, n in counted.items() if k not in vocabulary}


class ArticleTally:
    """Counts what the summary and the graph show; add() each claim in reading order, then read summary() and
    graph(). Memory grows with the distinct sources and edges, not with the claims."""

    def __init__(self, publisher: str | None, naming: OutletNaming) -> None:
        self.naming = naming
        self.claims = self.attributed = self.anonymous = 0
        self.sources: dict[str, set[int]] = {k.value: set() for k in SourceKind}
        self.outlets: dict[str, str] = {}  # shown name → catalog name
        self.longest: tuple[str, ...] = ()
        self.claim_verdicts: Counter = Counter()
        self.attribution_verdicts: Counter = Counter()
        self.labels: dict[str, tuple[str, str]] = {PUBLISHER_KEY: (reveal_controls(publisher) or "This article",
                                                                   "publisher")}
        self.layers: dict[str, int] = {PUBLISHER_KEY: 0}
        self.node_claims: Counter = Counter({PUBLISHER_KEY: 0})
        self.edge_claims: Counter = Counter()

    def add(self, claim: ClaimRecord) -> None:
        self.claims += 1
        self.claim_verdicts[claim.claim_verdict] += 1
        self.attribution_verdicts[claim.attribution_verdict] += 1
        if not claim.chain:
            return
        self.attributed += 1
        labels = [self.naming.label(hop.source) for hop in claim.chain]
        if len(labels) > len(self.longest):  # the first of the longest chains
            self.longest = tuple(labels)
        if any(hop.source.kind == SourceKind.ANONYMOUS.value for hop in claim.chain):
            self.anonymous += 1
        # A node or an edge counts each claim once, however often the chain passes it.
        nodes, edges = {PUBLISHER_KEY}, set()
        previous = PUBLISHER_KEY
        for hop, label in zip(claim.chain, labels, strict=True):
            self.sources.setdefault(hop.source.kind, set()).add(hop.source.id)
            if hop.source.kind == SourceKind.OUTLET.value:
                self.outlets.setdefault(label, reveal_controls(hop.source.outlet_name) or label)
            key = f"s{hop.source.id}"
            self.labels[key] = (label, hop.source.kind)
            self.layers[key] = max(self.layers.get(key, 0), hop.position + 1)
            nodes.add(key)
            if previous != key:
                edges.add((previous, key))
                self.edge_claims.setdefault((previous, key), 0)  # edges keep the order first met
            previous = key
        self.node_claims.update(nodes)
        self.edge_claims.update(edges)

    def summary(self) -> Summary:
        return Summary(
            claims=self.claims, attributed=self.attributed,
            sources_by_kind={k: len(v) for k, v in self.sources.items()},
            anonymous_claims=self.anonymous, outlets_cited=tuple(self.outlets),
            outlets_catalog=tuple(self.outlets.values()), longest_chain=self.longest,
            claim_verdicts=counts(CLAIM_VERDICTS, self.claim_verdicts),
            attribution_verdicts=counts(ATTRIBUTION_VERDICTS, self.attribution_verdicts),
        )

    def graph(self) -> CitationGraph:
        """Who cites whom: the publisher cites each chain's first hop, every hop cites the next one."""
        nodes = tuple(GraphNode(k, label, kind, self.layers[k], self.node_claims[k])
                      for k, (label, kind) in self.labels.items())
        edges = tuple(GraphEdge(a, b, n) for (a, b), n in self.edge_claims.items())
        return CitationGraph(nodes, edges)
