"""Reviewer edits of a claim's attribution chain: add, replace, move, remove and confirm hops.

Chain edits are claim edits: they check and bump the claim's version and append to the history.
"""

from workbench.enums import SourceKind
from workbench.errors import InvalidValue, NotFound
from workbench.storage.models import AttributionHop, Source
from workbench.usecases.catalog.rows import find_source, refuse_duplicate_source
from workbench.usecases.claims import claim_for_edit, finish_edit
from workbench.usecases.history import record_event
from workbench.usecases.records import Actor, ClaimRecord
from workbench.usecases.sources import resolve_source


def _label(source: Source) -> str:
    return source.outlet.name if source.outlet is not None else " — ".join(p for p in (source.name, source.role) if p)


def _renumber(hops: list[AttributionHop]) -> None:
    for position, hop in enumerate(hops):
        hop.position = position


def insert_hop(db, claim_id: int, source_id: int, *, position: int | None = None,
               expected_version: int | None = None, actor: Actor | None = None) -> ClaimRecord:
    """Add a source to the chain at position (default: innermost, the end)."""
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        source = find_source(session, source_id)
        hops = list(claim.hops)
        position = len(hops) if position is None else max(0, min(position, len(hops)))
        hop = AttributionHop(source=source, position=position, confidence=1.0, confirmed=True,
                             cue=claim.cue if position == 0 else None)
        hops.insert(position, hop)
        claim.hops = hops
        _renumber(hops)
        record_event(session, entity="hop", field="inserted", new=f"{position}:{_label(source)}", claim=claim,
                     actor=actor)
        return finish_edit(claim)


def replace_hop_source(db, claim_id: int, position: int, source_id: int, *,
                       expected_version: int | None = None, actor: Actor | None = None) -> ClaimRecord:
    """Point one hop at another source (picked from the catalog or created in place); it counts as confirmed."""
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        hop = _hop_at(claim, position)
        source = find_source(session, source_id)
        record_event(session, entity="hop", field="source", old=f"{position}:{_label(hop.source)}",
                     new=f"{position}:{_label(source)}", claim=claim, actor=actor)
        hop.source, hop.confirmed = source, True
        return finish_edit(claim)


def remove_hop(db, claim_id: int, position: int, *, expected_version: int | None = None,
               actor: Actor | None = None) -> ClaimRecord:
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        hop = _hop_at(claim, position)
        record_event(session, entity="hop", field="removed", old=f"{position}:{_label(hop.source)}", claim=claim,
                     actor=actor)
        hops = [h for h in claim.hops if h is not hop]
        claim.hops = hops
        _renumber(hops)
        return finish_edit(claim)


def move_hop(db, claim_id: int, position: int, new_position: int, *, expected_version: int | None = None,
             actor: Actor | None = None) -> ClaimRecord:
    """Reorder the chain: move the hop at position to new_position."""
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        hops = list(claim.hops)
        hop = _hop_at(claim, position)
        if not 0 <= new_position < len(hops):
            raise InvalidValue(f"position {new_position} is outside the chain (0-{len(hops) - 1})")
        hops.remove(hop)
        hops.insert(new_position, hop)
        claim.hops = hops
        _renumber(hops)
        record_event(session, entity="hop", field="moved", old=str(position), new=str(new_position), claim=claim,
                     actor=actor, note=_label(hop.source))
        return finish_edit(claim)


def set_hop_confirmed(db, claim_id: int, position: int | None, confirmed: bool, *,
                      expected_version: int | None = None, actor: Actor | None = None) -> ClaimRecord:
    """Confirm (or un-confirm) one hop, or with position None every hop of the chain."""
    with db.writing() as session:
        claim = claim_for_edit(session, claim_id, expected_version)
        hops = list(claim.hops) if position is None else [_hop_at(claim, position)]
        changed = [h for h in hops if h.confirmed != confirmed]
        for hop in changed:
            record_event(session, entity="hop", field="confirmed", old=hop.confirmed, new=confirmed, claim=claim,
                         actor=actor, note=f"{hop.position}:{_label(hop.source)}")
            hop.confirmed = confirmed
        return finish_edit(claim)


def _hop_at(claim, position: int) -> AttributionHop:
    for hop in claim.hops:
        if hop.position == position:
            return hop
    raise NotFound(f"claim {claim.id} has no hop at position {position}")


def new_source(db, *, kind: str, name: str | None = None, role: str | None = None,
               affiliation: str | None = None, unique: bool = False, actor: Actor | None = None) -> int:
    """Create a person, organization or anonymous source in place (outlets are added to the catalog).

    The same name and role give back the source already stored; with `unique` they are refused instead,
    so the catalog's "New…" always adds an entry of its own, which undoing that add may remove.
    """
    kind_value = SourceKind(kind)
    if kind_value is SourceKind.OUTLET:
        raise InvalidValue("add outlets through the catalog (outlets add), then pick them")
    with db.writing() as session:
        if unique:
            refuse_duplicate_source(session, kind_value.value, name or None, role or None)
        source = resolve_source(session, kind=kind_value, name=name or None, role=role or None,
                                affiliation=affiliation or None)
        record_event(session, entity="source", field="created", new=_label(source), entity_id=source.id, actor=actor)
        return source.id
