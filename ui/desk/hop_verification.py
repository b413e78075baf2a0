"""Chain verification in the desk: verifies the shown claim in the background, imports a hop's source article
(I) and verifies at once, and accepts the suggested attribution verdict (V); both edits are on the undo stack."""

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui.desk.claim_inspector import hop_label
from ui.desk.hop_verification_commands import AcceptSuggestion, ImportedSourceArticle
from ui.desk.hop_verification_import import SourceImportDialog
from ui.i18n import attribution_verdict_name
from workbench.intake import read_document
from workbench.usecases.articles import import_document
from workbench.usecases.verification import stored_verification, verify_claim
from workbench.verification.states import ClaimVerification, HopState


def _tr(text: str) -> str:
    return QCoreApplication.translate("HopVerification", text)


class HopVerificationDesk(QObject):
    """Keeps the inspector's verification pane on the shown claim; emits verified(result) for each one shown."""

    verified = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.inspector.verification
        self.dialog: SourceImportDialog | None = None
        self._verifying: int | None = None
        window.inspector.claim_shown.connect(self._claim_shown)
        window.actions.import_source_article.triggered.connect(self.import_source_article)
        window.actions.accept_suggestion.triggered.connect(self.accept)

    # --- verifying the shown claim -----------------------------------------------------------------------

    def _claim_shown(self, claim) -> None:
        if claim is None:
            self.panel.show_claim(None)
            return
        claim_id = claim.id
        self.panel.selected = self.window.inspector.selected_hop
        if claim_id == self.panel.claim_id and (self.panel.verification is not None or self._verifying == claim_id):
            self.panel.show_claim(claim_id, {h.position: hop_label(h) for h in claim.chain})
            self._redecorate()
            return
        self.panel.show_claim(claim_id, {h.position: hop_label(h) for h in claim.chain})
        self.panel.show_verification(stored_verification(self.window.db, claim_id), pending=True)
        self._redecorate()
        self.verify_in_background(claim_id)

    def verify_in_background(self, claim_id: int):
        db = self.window.db
        self._verifying = claim_id
        return self.window.runner.run(lambda: verify_claim(db, claim_id), on_finished=self.show_result,
                                      on_failed=self._failed)

    def show_result(self, result: ClaimVerification) -> None:
        if self._verifying == result.claim_id:
            self._verifying = None
        self.panel.show_verification(result)
        self._redecorate()
        self.verified.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._verifying = None
        self.panel.show_verification(None)
        self.window.report_error(error)

    def _redecorate(self) -> None:
        inspector = self.window.inspector
        self.panel.decorate(getattr(inspector, "_chips", []))
        inspector.chain_layout.activate()  # the chips grew by their state: the scrolled row follows
        inspector.chain_row.resize(inspector.chain_row.sizeHint())

    # --- importing a hop's source ------------------------------------------------------------------------

    def target_hop(self):
        """The hop whose outlet's article I imports: the selected hop if it is an outlet not found yet, else the
        outermost outlet hop not found yet; None when every outlet hop is found (or there is none)."""
        claim = self.window.current_claim()
        if claim is None:
            return None
        open_hops = [h for h in claim.chain if h.source.outlet_id is not None and (
            (state := self.panel.hop_at(h.position)) is None or state.state is not HopState.FOUND)]
        selected = next((h for h in open_hops if h.position == self.window.inspector.selected_hop), None)
        return selected or (open_hops[0] if open_hops else None)

    def import_source_article(self) -> None:
        claim, hop = self.window.current_claim(), self.target_hop()
        if hop is None:
            self.window.statusBar().showMessage(
                _tr("No outlet of this chain is left to check: every outlet hop is found, or none is an outlet."), 5000)
            return
        dialog = SourceImportDialog(self.window.db, source=hop.source.label, publisher=hop.source.outlet_name,
                                    parent=self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._import(claim.id, dialog.path, dialog.publisher_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self.window._back_to_reading)
        dialog.open()
        dialog.activateWindow()
        dialog.path_field.setFocus()

    def _import(self, claim_id: int, path: str, publisher_id: int | None):
        db, actor, limits = self.window.db, self.window.actor, self.window.import_flow.limits

        def work():
            result = import_document(db, read_document(path, limits=limits), actor=actor, publisher_id=publisher_id)
            return result, verify_claim(db, claim_id)

        self._verifying = claim_id
        self.panel.show_verification(None, pending=True)
        return self.window.runner.run(work, on_finished=lambda done: self._imported(claim_id, *done),
                                      on_failed=self._failed)

    def _imported(self, claim_id: int, result, verification: ClaimVerification) -> None:
        self.window.reload_articles()
        if result.status == "imported":
            self.window.undo_stack.push(ImportedSourceArticle(
                self.window.db, self.window.actor, article_id=result.article_id, title=result.title,
                claim_id=claim_id, verified=self.show_result, failed=self.window.report_error))
        else:
            self.window.statusBar().showMessage(_tr("That article was already stored; the chain is verified "
                                                    "against it."), 5000)
        self.show_result(verification)
        self.window.select_claim(claim_id, scroll=False)

    # --- accepting the suggestion ------------------------------------------------------------------------

    def accept(self) -> None:
        claim, verification = self.window.current_claim(), self.panel.verification
        suggestion = verification.suggested_attribution_verdict if verification is not None else None
        if claim is None or suggestion is None or verification.claim_id != claim.id:
            self.window.statusBar().showMessage(_tr("No suggested attribution verdict for this claim yet."), 4000)
            return
        if claim.attribution_verdict == suggestion:
            self.window.statusBar().showMessage(_tr("The attribution verdict is already the suggested one."), 4000)
            return
        self.window.undo_stack.push(AcceptSuggestion(self.window.edits, claim, attribution_verdict_name(suggestion)))
