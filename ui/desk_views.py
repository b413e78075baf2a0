"""The desk's other views, opened from its actions: claims browser, outlets dashboard, export, article admin."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ui.bidi_text import isolate
from ui.desk.article_admin import ArticleDetailsDialog, DeleteArticle, EditArticleDetails
from workbench.usecases.articles import article_details


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskViews", text)


class DeskViews:
    """Opens each view once and keeps it; every article edit goes on the desk's undo stack."""

    def __init__(self, window) -> None:
        self.window = window
        self.browser = None
        self.dashboard = None
        self.export_dialog = None
        self.details_dialog: ArticleDetailsDialog | None = None
        self.confirm_delete: QMessageBox | None = None
        a = window.actions
        a.claims_browser.triggered.connect(self.open_browser)
        a.dashboard.triggered.connect(self.open_dashboard)
        a.export.triggered.connect(lambda: self.open_export())
        a.edit_article.triggered.connect(self.edit_article)
        a.delete_article.triggered.connect(self.delete_article)

    # --- views --------------------------------------------------------------------------------------------

    def open_browser(self) -> None:
        if self.browser is None:
            from ui.browser.claims_browser import ClaimsBrowser

            self.browser = ClaimsBrowser(self.window.db, parent=self.window)
            self.browser.open_requested.connect(self._open_claim)
            self.browser.export_requested.connect(lambda ids: self.open_export(claim_ids=ids))
        else:
            self.browser.reload_choices()
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()

    def _open_claim(self, article_id: int, claim_id: int) -> None:
        self.window.open_article(article_id, claim_id)
        self.window.raise_()
        self.window.activateWindow()
        self.window.reader.setFocus()

    def open_dashboard(self) -> None:
        if self.dashboard is None:
            from ui.dashboard.dashboard_window import DashboardWindow

            self.dashboard = DashboardWindow(self.window.db, self.window.runner, parent=self.window)
            self.dashboard.outlet_report_requested.connect(
                lambda: self.open_export(kind="outlet", figures=self.dashboard.report_figures()))
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def open_export(self, *, claim_ids: list[int] | None = None, kind: str | None = None,
                    figures: tuple = ()) -> None:
        from ui.export.export_dialog import ExportDialog

        w = self.window
        self.export_dialog = ExportDialog(
            w.db, w.runner, settings=w.settings, article=w.article,
            session_id=w.actor.session_id if w.actor is not None else None, claim_ids=claim_ids, kind=kind,
            figures=figures,
            parent=self._export_parent(claim_ids, kind))
        if self.export_dialog.parent() is w:
            self.export_dialog.finished.connect(w._back_to_reading)
        self.export_dialog.open()

    def _export_parent(self, claim_ids, kind):
        """The export dialog sits over the view it was asked from."""
        if claim_ids is not None and self.browser is not None:
            return self.browser
        if kind == "outlet" and self.dashboard is not None:
            return self.dashboard
        return self.window

    # --- article admin ----------------------------------------------------------------------------------

    def _no_article(self) -> bool:
        if self.window.article is None:
            self.window.statusBar().showMessage(_tr("Open an article first."), 4000)
            return True
        return False

    def edit_article(self) -> None:
        if self._no_article():
            return
        article = self.window.article
        dialog = ArticleDetailsDialog(self.window.db, article, self.window)
        self.details_dialog = dialog
        old = article_details(article)

        def save() -> None:
            if dialog.details is not None and dialog.details != old:
                self.window.undo_stack.push(EditArticleDetails(self.window.db, self.window.actor, article, old,
                                                               dialog.details, **self._callbacks()))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self.window._back_to_reading)
        dialog.open()
        dialog.activateWindow()
        dialog.title.setFocus()

    def delete_article(self) -> None:
        if self._no_article():
            return
        article = self.window.article
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Delete article"),
                          _tr("Delete “%1” and its %2 claims? They disappear from the desk, the browser and the "
                              "reports. Undo (Ctrl+Z) brings them back.").replace("%1", isolate(article.title))
                          .replace("%2", str(len(self.window.claims))),
                          QMessageBox.StandardButton.Cancel, self.window)
        delete = box.addButton(_tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_delete = box

        def done() -> None:
            if box.clickedButton() is delete:
                self.window.undo_stack.push(DeleteArticle(self.window.db, self.window.actor, article,
                                                          **self._callbacks()))
            self.window._back_to_reading()

        box.finished.connect(done)
        box.open()

    def _callbacks(self) -> dict:
        return {"changed": self._article_changed, "failed": self.window.report_error}

    def _article_changed(self, article_id: int, deleted: bool) -> None:
        """After an article edit, its undo or redo: the list, and the reader if it showed that article."""
        w = self.window
        w.reload_articles()
        if not deleted:
            shown = w.article is not None and w.article.id == article_id
            w.open_article(article_id, w.current_claim_id if shown else None)
        elif w.article is not None and w.article.id == article_id:
            if w.article_list.model.rowCount():
                w.open_article(w.article_list.model.article(0).id)
            else:
                w.article, w.claims = None, []
                w.reader.set_article(None, [])
                w.select_claim(None)
        if self.browser is not None:
            self.browser.reload_choices()
            self.browser.model.refresh()
