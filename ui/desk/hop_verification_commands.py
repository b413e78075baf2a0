"""Undoable verification edits: accepting the suggested attribution verdict, and a source's article imported from
a hop (undo deletes it again, and the chain is verified again each way)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.desk.undo_commands import DeskEdit, EditContext
from workbench.errors import IsnadError
from workbench.usecases import claims
from workbench.usecases.articles import delete_article, restore_article
from workbench.usecases.records import ArticleRemoval, ClaimRecord
from workbench.usecases.verification import accept_suggestion, verify_claim
from workbench.verification.states import ClaimVerification


def _tr(text: str) -> str:
    return QCoreApplication.translate("HopVerification", text)


class AcceptSuggestion(DeskEdit):
    """Sets the suggested attribution verdict (its evidence goes into the history); undo sets the one before."""

    def __init__(self, ctx: EditContext, claim: ClaimRecord, label: str) -> None:
        super().__init__(ctx, _tr("Accept suggested attribution %1").replace("%1", label))
        self.claim_id, self.old = claim.id, claim.attribution_verdict

    def apply(self):
        return [accept_suggestion(self.ctx.db, self.claim_id, **self._kw(self.claim_id))]

    def revert(self):
        return [claims.set_attribution_verdict(self.ctx.db, self.claim_id, self.old, **self._kw(self.claim_id))]


class ImportedSourceArticle(QUndoCommand):
    """An article already imported (in the background) from a hop; pushing it does nothing more. Undo deletes the
    article (kept for redo, which restores it); each step verifies the claim again and reports the result."""

    def __init__(self, db, actor, *, article_id: int, title: str, claim_id: int,
                 verified: Callable[[ClaimVerification], None], failed: Callable[[IsnadError], None]) -> None:
        super().__init__(_tr("Import source article “%1”").replace("%1", title[:40]))
        self.db, self.actor = db, actor
        self.article_id, self.claim_id = article_id, claim_id
        self._verified, self._failed = verified, failed
        self.removal: ArticleRemoval | None = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: restore_article(self.db, self.removal, actor=self.actor))

    def undo(self) -> None:
        def delete() -> None:
            self.removal = delete_article(self.db, self.article_id, actor=self.actor)

        self._run(delete)

    def _run(self, step) -> None:
        try:
            step()
            self._verified(verify_claim(self.db, self.claim_id))
        except IsnadError as error:
            self.setObsolete(True)
            self._failed(error)
