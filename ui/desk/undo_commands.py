"""One QUndoCommand per reviewer edit: each redo/undo stores at once through a use case, checking versions."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.errors import IsnadError
from workbench.usecases import chains, claims
from workbench.usecases.catalog import proposals
from workbench.usecases.records import Actor, ClaimRecord
from workbench.usecases.verification import evidence_note


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class EditContext:
    """What commands share: the database, the reviewer, and the claim versions the reviewer has seen.

    Every edit is sent with the version the GUI last showed, so a change made elsewhere raises
    EditConflict instead of being overwritten; the version is updated from what each edit returns.
    """

    def __init__(self, db, actor: Actor | None, *, changed: Callable[[list[ClaimRecord]], None],
                 failed: Callable[[IsnadError], None], links_changed: Callable[[], None] | None = None) -> None:
        self.db = db
        self.actor = actor
        self.changed = changed
        self.failed = failed
        self.links_changed = links_changed or (lambda: None)
        self._versions: dict[int, int] = {}

    def saw(self, *records: ClaimRecord) -> None:
        for record in records:
            self._versions[record.id] = record.version

    def saw_versions(self, versions: dict[int, int]) -> None:
        """The versions of a whole article's claims as read (ArticleClaims.versions), without their records."""
        self._versions.update(versions)

    def expected(self, claim_id: int) -> int | None:
        return self._versions.get(claim_id)


class DeskEdit(QUndoCommand):
    """An edit that is stored in redo() and reverted in undo(); a failed edit leaves the stack, never half-done."""

    changes_claims = True  # False: the desk has no claim to take in or reload after it

    def __init__(self, ctx: EditContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx

    def apply(self) -> list[ClaimRecord]:
        raise NotImplementedError

    def revert(self) -> list[ClaimRecord]:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], list[ClaimRecord]]) -> None:
        try:
            records = step()
        except IsnadError as error:
            self.setObsolete(True)  # QUndoStack drops an obsolete command, so undo never replays a failed edit
            self.ctx.failed(error)
            return
        self.ctx.saw(*records)
        if records or self.changes_claims:  # no records: reload (a catalog edit renamed chain sources)
            self.ctx.changed(records)

    # Shorthands: every use-case call carries the seen version and the reviewer.
    def _kw(self, claim_id: int) -> dict:
        return {"expected_version": self.ctx.expected(claim_id), "actor": self.ctx.actor}


class SetClaimVerdict(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, verdict: str, label: str) -> None:
        super().__init__(ctx, _tr("Set verdict %1").replace("%1", label))
        self.claim_id, self.old, self.new = claim.id, claim.claim_verdict, verdict

    def apply(self):
        return [claims.set_claim_verdict(self.ctx.db, self.claim_id, self.new, **self._kw(self.claim_id))]

    def revert(self):
        return [claims.set_claim_verdict(self.ctx.db, self.claim_id, self.old, **self._kw(self.claim_id))]


class SetAttributionVerdict(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, verdict: str, label: str) -> None:
        super().__init__(ctx, _tr("Set attribution %1").replace("%1", label))
        self.claim_id, self.old, self.new = claim.id, claim.attribution_verdict, verdict

    def apply(self):
        # The chain's verification evidence goes into the history with a verdict set by hand, as with V.
        return [claims.set_attribution_verdict(self.ctx.db, self.claim_id, self.new, **self._kw(self.claim_id),
                                               note=evidence_note(self.ctx.db, self.claim_id))]

    def revert(self):
        return [claims.set_attribution_verdict(self.ctx.db, self.claim_id, self.old, **self._kw(self.claim_id))]


class AddProposedOutlet(DeskEdit):
    """Adds the outlet a hop proposes to the catalog; undo takes it out again, and every hop with it."""

    def __init__(self, ctx: EditContext, claim: ClaimRecord, position: int) -> None:
        name = claim.chain[position].proposed.name
        super().__init__(ctx, _tr("Add outlet %1 to the catalog").replace("%1", name))
        self.claim_id, self.position, self.accepted = claim.id, position, None

    def apply(self):
        self.accepted = proposals.accept_proposed_outlet(self.ctx.db, self.claim_id, self.position,
                                                         actor=self.ctx.actor)
        return list(self.accepted.claims)

    def revert(self):
        return list(proposals.withdraw_outlet(self.ctx.db, self.accepted, actor=self.ctx.actor))


class SetNote(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, note: str) -> None:
        super().__init__(ctx, _tr("Edit note"))
        self.claim_id, self.old, self.new = claim.id, claim.note, note

    def apply(self):
        return [claims.set_note(self.ctx.db, self.claim_id, self.new, **self._kw(self.claim_id))]

    def revert(self):
        return [claims.set_note(self.ctx.db, self.claim_id, self.old, **self._kw(self.claim_id))]


class SetEvidence(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, links: list[str]) -> None:
        super().__init__(ctx, _tr("Edit evidence links"))
        self.claim_id, self.old, self.new = claim.id, list(claim.evidence), list(links)

    def apply(self):
        return [claims.set_evidence(self.ctx.db, self.claim_id, self.new, **self._kw(self.claim_id))]

    def revert(self):
        return [claims.set_evidence(self.ctx.db, self.claim_id, self.old, **self._kw(self.claim_id))]


# --- the attribution chain ---------------------------------------------------------------------------

class InsertHop(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, source_id: int, *, position: int | None = None) -> None:
        super().__init__(ctx, _tr("Add hop"))
        self.claim_id, self.source_id = claim.id, source_id
        self.position = len(claim.chain) if position is None else position

    def apply(self):
        return [chains.insert_hop(self.ctx.db, self.claim_id, self.source_id, position=self.position,
                                  **self._kw(self.claim_id))]

    def revert(self):
        return [chains.remove_hop(self.ctx.db, self.claim_id, self.position, **self._kw(self.claim_id))]


class RemoveHop(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, position: int) -> None:
        super().__init__(ctx, _tr("Remove hop"))
        hop = claim.chain[position]
        self.claim_id, self.position, self.source_id, self.confirmed = claim.id, position, hop.source.id, hop.confirmed

    def apply(self):
        return [chains.remove_hop(self.ctx.db, self.claim_id, self.position, **self._kw(self.claim_id))]

    def revert(self):
        record = chains.insert_hop(self.ctx.db, self.claim_id, self.source_id, position=self.position,
                                   **self._kw(self.claim_id))
        if not self.confirmed:
            self.ctx.saw(record)
            record = chains.set_hop_confirmed(self.ctx.db, self.claim_id, self.position, False,
                                              **self._kw(self.claim_id))
        return [record]


class ReplaceHopSource(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, position: int, source_id: int, label: str) -> None:
        super().__init__(ctx, _tr("Hop source: %1").replace("%1", label))
        hop = claim.chain[position]
        self.claim_id, self.position = claim.id, position
        self.old_source, self.old_confirmed, self.new_source = hop.source.id, hop.confirmed, source_id

    def apply(self):
        return [chains.replace_hop_source(self.ctx.db, self.claim_id, self.position, self.new_source,
                                          **self._kw(self.claim_id))]

    def revert(self):
        record = chains.replace_hop_source(self.ctx.db, self.claim_id, self.position, self.old_source,
                                           **self._kw(self.claim_id))
        if not self.old_confirmed:
            self.ctx.saw(record)
            record = chains.set_hop_confirmed(self.ctx.db, self.claim_id, self.position, False,
                                              **self._kw(self.claim_id))
        return [record]


class MoveHop(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, position: int, new_position: int) -> None:
        super().__init__(ctx, _tr("Move hop"))
        self.claim_id, self.position, self.new_position = claim.id, position, new_position

    def apply(self):
        return [chains.move_hop(self.ctx.db, self.claim_id, self.position, self.new_position,
                                **self._kw(self.claim_id))]

    def revert(self):
        return [chains.move_hop(self.ctx.db, self.claim_id, self.new_position, self.position,
                                **self._kw(self.claim_id))]


class ConfirmChain(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord) -> None:
        super().__init__(ctx, _tr("Confirm chain"))
        self.claim_id = claim.id
        self.unconfirmed = [hop.position for hop in claim.chain if not hop.confirmed]

    def apply(self):
        return [chains.set_hop_confirmed(self.ctx.db, self.claim_id, None, True, **self._kw(self.claim_id))]

    def revert(self):
        record = None
        for position in self.unconfirmed:
            record = chains.set_hop_confirmed(self.ctx.db, self.claim_id, position, False, **self._kw(self.claim_id))
            self.ctx.saw(record)
        return [record] if record is not None else []


# --- the claim's span ----------------------------------------------------------------------------------

class CreateClaim(DeskEdit):
    def __init__(self, ctx: EditContext, article_id: int, start: int, end: int) -> None:
        super().__init__(ctx, _tr("New claim"))
        self.article_id, self.start, self.end = article_id, start, end
        self.claim_id: int | None = None

    def apply(self):
        if self.claim_id is None:
            record = claims.create_claim(self.ctx.db, self.article_id, self.start, self.end, actor=self.ctx.actor)
            self.claim_id = record.id
            return [record]
        return [claims.set_deleted(self.ctx.db, self.claim_id, False, **self._kw(self.claim_id))]

    def revert(self):
        return [claims.set_deleted(self.ctx.db, self.claim_id, True, **self._kw(self.claim_id))]


class SetSpan(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, start: int, end: int) -> None:
        super().__init__(ctx, _tr("Extend claim"))
        self.claim_id, self.old, self.new = claim.id, (claim.start, claim.end), (start, end)

    def apply(self):
        return [claims.set_span(self.ctx.db, self.claim_id, *self.new, **self._kw(self.claim_id))]

    def revert(self):
        return [claims.set_span(self.ctx.db, self.claim_id, *self.old, **self._kw(self.claim_id))]


class DeleteClaim(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord) -> None:
        super().__init__(ctx, _tr("Delete claim"))
        self.claim_id = claim.id

    def apply(self):
        return [claims.set_deleted(self.ctx.db, self.claim_id, True, **self._kw(self.claim_id))]

    def revert(self):
        return [claims.set_deleted(self.ctx.db, self.claim_id, False, **self._kw(self.claim_id))]


class SplitClaim(DeskEdit):
    def __init__(self, ctx: EditContext, claim: ClaimRecord, at: int) -> None:
        super().__init__(ctx, _tr("Split claim"))
        self.claim_id, self.span, self.at = claim.id, (claim.start, claim.end), at
        self.second_id: int | None = None

    def apply(self):
        if self.second_id is None:
            first, second = claims.split_claim(self.ctx.db, self.claim_id, self.at, **self._kw(self.claim_id))
            self.second_id, self.at = second.id, first.end  # where the split landed, at a word boundary
            return [first, second]
        first = claims.set_span(self.ctx.db, self.claim_id, self.span[0], self.at, **self._kw(self.claim_id))
        second = claims.set_deleted(self.ctx.db, self.second_id, False, **self._kw(self.second_id))
        return [first, second]

    def revert(self):
        second = claims.set_deleted(self.ctx.db, self.second_id, True, **self._kw(self.second_id))
        first = claims.set_span(self.ctx.db, self.claim_id, *self.span, **self._kw(self.claim_id))
        return [first, second]


class MergeClaims(DeskEdit):
    def __init__(self, ctx: EditContext, first: ClaimRecord, second: ClaimRecord) -> None:
        super().__init__(ctx, _tr("Merge claims"))
        self.first_id, self.second_id, self.span = first.id, second.id, (first.start, first.end)

    def apply(self):
        merged = claims.merge_claims(self.ctx.db, self.first_id, self.second_id, actor=self.ctx.actor,
                                     expected_versions=(self.ctx.expected(self.first_id),
                                                        self.ctx.expected(self.second_id)))
        return [merged, claims.get_claim(self.ctx.db, self.second_id)]

    def revert(self):
        second = claims.set_deleted(self.ctx.db, self.second_id, False, **self._kw(self.second_id))
        first = claims.set_span(self.ctx.db, self.first_id, *self.span, **self._kw(self.first_id))
        return [first, second]


# --- match links -----------------------------------------------------------------------------------------

class DecideLink(DeskEdit):
    """Confirm or reject a match; undo puts back the status the reviewer saw."""

    changes_claims = False

    def __init__(self, ctx: EditContext, link_id: int, status: str, old_status: str, label: str) -> None:
        super().__init__(ctx, label)
        self.link_id, self.status, self.old_status = link_id, status, old_status

    def _decide(self, status: str) -> list[ClaimRecord]:
        from workbench.usecases.links import decide_link

        decide_link(self.ctx.db, self.link_id, status, actor=self.ctx.actor)
        self.ctx.links_changed()
        return []

    def apply(self):
        return self._decide(self.status)

    def revert(self):
        return self._decide(self.old_status)
