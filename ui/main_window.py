"""The review desk's main window: article list, reader, claim inspector and matches, driven by the keyboard."""

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QScrollArea, QSplitter, QToolBar

from ui.actions import DeskActions, shortcut_text
from ui.bidi_text import isolate
from ui.catalog.display_names import outlet_names
from ui.desk import undo_commands as edits
from ui.desk.article_claims import ArticleClaims
from ui.desk.article_list import ArticleListPanel
from ui.desk.article_reader import ArticleReader
from ui.desk.claim_inspector import ClaimInspector
from ui.desk.hop_verification import HopVerificationDesk
from ui.desk.import_flow import ImportFlow
from ui.desk.live_refresh import LiveDesk
from ui.desk.match_actions import MatchActions
from ui.desk.matches_panel import MatchesPanel
from ui.desk.source_picker import SourcePicker
from ui.desk.undo_notice import UndoNotice
from ui.desk_views import DeskViews
from ui.i18n import attribution_verdict_name, claim_verdict_name, link_status_name
from ui.refusals import refusal_text
from ui.shortcut_keys import PhysicalShortcuts
from ui.tasks import TaskRunner
from workbench.errors import EditConflict, IsnadError, NotFound
from workbench.settings import DeskSettings
from workbench.usecases.article_claims import article_claims
from workbench.usecases.articles import get_article, list_articles
from workbench.usecases.records import Actor, ArticleRecord, ClaimRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The desk. Every edit goes through the undo stack and is stored before the window shows it as done;
    the panels are refreshed from what the use cases return, never from what the window guessed.
    """

    def __init__(self, db, *, actor: Actor | None = None, settings: DeskSettings | None = None,
                 runner: TaskRunner | None = None, qsettings: QSettings | None = None,
                 text_font: QFont | None = None, show_session_summary: bool = True) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        self.settings = settings or DeskSettings()
        self.runner = runner or TaskRunner(self)
        self.qsettings = qsettings or QSettings()
        self.show_session_summary = show_session_summary
        self.article: ArticleRecord | None = None
        self._claims = ArticleClaims()
        self.current_claim_id: int | None = None
        self.last_message: QMessageBox | None = None
        self.source_picker: SourcePicker | None = None
        self.setWindowTitle(_tr("Isnad — review desk"))
        self.setObjectName("mainWindow")
        self.undo_stack = QUndoStack(self)
        self.edits = edits.EditContext(db, actor, changed=self._claims_changed, failed=self.report_error,
                                       links_changed=lambda: self.matches.refresh())
        self.actions = DeskActions(self)
        self.article_list = ArticleListPanel(self)
        self.reader = ArticleReader(text_font, self)
        self.inspector = ClaimInspector(text_font, self)
        self.matches = MatchesPanel(db, self.runner, actor=actor, parent=self)
        self.import_flow = ImportFlow(self, db, self.runner, actor=actor, settings=self.settings)
        self._build_layout()
        self._build_menus()
        self._connect()
        self.match_actions = MatchActions(self)  # on only with a match to act on; its keys say why not
        self.views = DeskViews(self)  # claims browser, dashboard, export, article admin
        self.hop_verification = HopVerificationDesk(self)  # hop states, import a hop's source (I), accept (V)
        self.live = LiveDesk(self)  # colleagues' changes on the same database, and who is reviewing what
        self.setAcceptDrops(True)
        self.physical_shortcuts = PhysicalShortcuts(self, self.actions.all(), refused=self.match_actions.refused)
        outlet_names.load(db)  # the Arabic UI shows outlets by their Arabic names
        self.reload_articles()
        self._restore_layout()
        self.reader.setFocus()  # J, K and the verdict keys work from the first key press

    # --- building --------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        inspector_scroll = QScrollArea(self)
        inspector_scroll.setWidget(self.inspector)
        inspector_scroll.setWidgetResizable(True)
        inspector_scroll.setMinimumWidth(360)
        inspector_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.addWidget(self.reader)
        self.centre.addWidget(self.matches)
        self.centre.setStretchFactor(0, 3)
        self.centre.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.article_list.setMinimumWidth(300)  # a readable title beside the four short columns, on a 1366-px laptop too
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(inspector_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.centre.setSizes([560, 220])
        for splitter in (self.splitter, self.centre):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(6)
        self.setCentralWidget(self.splitter)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.reviewer_label = QLabel(self)
        self.undo_notice = UndoNotice(self)
        self.statusBar().addWidget(self.undo_notice)
        self.statusBar().addPermanentWidget(self.reviewer_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.reviewer_label.setText(_tr("Reviewer: %1").replace("%1", self.settings.reviewer_name or "—"))

    def _build_menus(self) -> None:
        for group in self.actions.groups():
            menu = self.menuBar().addMenu(group.title)
            for action in group.actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        toolbar = QToolBar(_tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions
        for action in (a.import_files, a.paste_article, None, a.undo, a.redo, None, a.previous_claim, a.next_claim,
                       a.next_unreviewed, None, a.catalog, a.print_preview, a.cheat_sheet):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo_stack.undo)
        a.redo.triggered.connect(self.undo_stack.redo)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: self._name_step(a.undo, _tr("&Undo"), _tr("&Undo: %1"), t))
        self.undo_stack.redoTextChanged.connect(lambda t: self._name_step(a.redo, _tr("&Redo"), _tr("&Redo: %1"), t))
        self.undo_stack.indexChanged.connect(lambda _index: self.undo_notice.hide())
        self.undo_notice.undo_requested.connect(self._undo_from_notice)
        a.focus_search.triggered.connect(self.focus_search)
        a.next_claim.triggered.connect(lambda: self.step_claim(1))
        a.previous_claim.triggered.connect(lambda: self.step_claim(-1))
        a.next_unreviewed.triggered.connect(self.next_unreviewed)
        for verdict, action in a.claim_verdicts.items():
            action.triggered.connect(lambda _c=False, v=verdict: self.set_claim_verdict(v))
        for verdict, action in a.attribution_verdicts.items():
            action.triggered.connect(lambda _c=False, v=verdict: self.set_attribution_verdict(v))
        a.confirm_chain.triggered.connect(self.confirm_chain)
        a.add_proposed_outlet.triggered.connect(self.add_proposed_outlet)
        a.add_hop.triggered.connect(self.add_hop)
        a.replace_hop.triggered.connect(self.inspector.request_replace)
        a.hop_outward.triggered.connect(lambda: self.inspector.request_move(-1))
        a.hop_inward.triggered.connect(lambda: self.inspector.request_move(1))
        a.remove_hop.triggered.connect(self.inspector.request_remove)
        a.new_claim.triggered.connect(self.new_claim)
        a.extend_claim.triggered.connect(self.extend_claim)
        a.split_claim.triggered.connect(self.split_claim)
        a.merge_claim.triggered.connect(self.merge_claim)
        a.delete_claim.triggered.connect(self.delete_claim)
        a.import_files.triggered.connect(self.import_flow.open_files)
        a.paste_article.triggered.connect(self.import_flow.paste_article)
        a.print_preview.triggered.connect(self.print_preview)
        a.catalog.triggered.connect(self.open_catalog)
        a.settings.triggered.connect(self.open_settings)
        a.cheat_sheet.triggered.connect(self.show_cheat_sheet)
        self.article_list.article_chosen.connect(lambda article_id: self.open_article(article_id))
        self.article_list.filter_left.connect(self._leave_article_filter)
        self.reader.claim_clicked.connect(lambda claim_id: self.select_claim(claim_id, scroll=False))
        i = self.inspector
        i.claim_verdict_requested.connect(self.set_claim_verdict)
        i.attribution_verdict_requested.connect(self.set_attribution_verdict)
        i.note_edited.connect(self._note_edited)
        i.evidence_edited.connect(lambda links: self._push_for_shown(edits.SetEvidence, links))
        i.add_hop_requested.connect(self.add_hop)
        i.replace_hop_requested.connect(self.replace_hop)
        i.move_hop_requested.connect(lambda p, n: self._push_for_shown(edits.MoveHop, p, n))
        i.remove_hop_requested.connect(lambda p: self._push_for_shown(edits.RemoveHop, p))
        i.confirm_chain_requested.connect(self.confirm_chain)
        i.hop_actions_changed.connect(self._enable_hop_actions)
        self._enable_hop_actions(i.hop_actions_available())
        self.matches.decide_requested.connect(self.decide_link)
        self.matches.jump_requested.connect(lambda claim_id, article_id: self.open_article(article_id, claim_id))
        self.import_flow.imported.connect(self._imported)

    @staticmethod
    def _name_step(action, plain: str, named: str, step: str) -> None:
        """The Edit menu says which edit Ctrl+Z (or Ctrl+Shift+Z) takes back, as the catalog dialog does; the
        toolbar button keeps its one word (a long step name made every button after it jump sideways) and
        names the step in its tooltip."""
        action.setText(named.replace("%1", step.replace("&", "&&")) if step else plain)
        action.setIconText(plain.replace("&", ""))
        said = named.replace("&", "").replace("%1", isolate(step)) if step else plain.replace("&", "")
        action.setStatusTip(said)
        action.setToolTip(f"{said} ({shortcut_text(action)})")

    def _enable_hop_actions(self, available: dict) -> None:
        a = self.actions
        for key, action in (("add", a.add_hop), ("replace", a.replace_hop), ("remove", a.remove_hop),
                            ("confirm", a.confirm_chain), ("outward", a.hop_outward), ("inward", a.hop_inward),
                            ("new_outlet", a.add_proposed_outlet)):
            action.setEnabled(available[key])

    def _undo_from_notice(self) -> None:
        self.undo_stack.undo()
        self._back_to_reading()

    # --- articles and claims -----------------------------------------------------------------------------

    def reload_articles(self) -> None:
        self.article_list.set_rows(list_articles(self.db))
        if self.article is not None:
            self.article_list.select_article(self.article.id)

    def open_article(self, article_id: int, claim_id: int | None = None) -> None:
        """Show an article with its claims; select claim_id, or its first claim."""
        self.inspector.flush_note()
        try:
            article = get_article(self.db, article_id)
        except NotFound as error:
            self.report_error(error)
            return
        self.article = article
        self.claims = article_claims(self.db, article_id)
        self.edits.saw_versions(self.claims.versions())
        self.reader.set_article(article, self.claims)
        self.article_list.select_article(article_id)
        self.qsettings.setValue("desk/last_article", article_id)
        first = claim_id if claim_id is not None else (self.claims[0].id if self.claims else None)
        self.select_claim(first)

    @property
    def claims(self) -> ArticleClaims:
        """The open article's live claims in reading order."""
        return self._claims

    @claims.setter
    def claims(self, claims) -> None:
        self._claims.set(claims)

    def current_claim(self) -> ClaimRecord | None:
        return self.claims.get(self.current_claim_id)

    def _index(self) -> int:
        return self.claims.index_of(self.current_claim_id)

    def select_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        """Make claim_id current in every panel (the matches panel fills later, off the GUI thread)."""
        self.inspector.flush_note()
        self.current_claim_id = claim_id
        claim = self.current_claim()
        self.inspector.show_claim(claim, index=self._index(), total=len(self.claims))
        self.reader.set_current_claim(claim.id if claim else None, scroll=scroll)
        self.matches.show_claim(claim.id if claim else None)
        self._show_progress()
        if claim is not None:
            self.qsettings.setValue("desk/last_claim", claim.id)

    def step_claim(self, step: int) -> None:
        if not self.claims:
            return
        index = self._index()
        target = 0 if index < 0 else max(0, min(len(self.claims) - 1, index + step))
        if target != index:
            self.select_claim(self.claims[target].id)

    def next_unreviewed(self) -> None:
        target = self.claims.next_unreviewed(self._index())
        if target is None:
            self.statusBar().showMessage(_tr("Every claim of this article has a verdict."), 4000)
        else:
            self.select_claim(target.id)

    def _show_progress(self) -> None:
        reviewed = self.claims.reviewed()
        if self.article is None:
            self.progress_label.setText("")
            return
        self.progress_label.setText(_tr("%1/%2 reviewed").replace("%1", str(reviewed))
                                    .replace("%2", str(len(self.claims))))
        self.article_list.model.update_progress(self.article.id, claims=len(self.claims), reviewed=reviewed)

    def _claims_changed(self, records: list[ClaimRecord]) -> None:
        """After an edit (or its undo): take in the claims it returned and select the one it touched; with no
        records (a catalog edit renamed sources, a conflict), reload the article's claims as stored."""
        target = records[0] if records else None
        if target is not None and target.article_id is not None and (
                self.article is None or target.article_id != self.article.id):
            self.open_article(target.article_id, None if target.deleted else target.id)
            return
        if self.article is None:
            return
        previous_index = self._index()
        shown = self.current_claim()
        old_text = shown.text if shown is not None else None
        if records:
            self.claims.take_in(records, self.article.id)
        else:
            self.claims = article_claims(self.db, self.article.id)
            self.edits.saw_versions(self.claims.versions())
        self.reader.set_claims(self.claims, self.current_claim_id)
        if target is not None and not target.deleted:
            self.select_claim(target.id, scroll=False)
        elif self.current_claim() is None and self.claims:
            self.select_claim(self.claims[max(0, min(previous_index, len(self.claims) - 1))].id)
        else:
            self.select_claim(self.current_claim_id, scroll=False)
        current = self.current_claim()
        if current is not None and shown is not None and current.id == shown.id and current.text != old_text:
            self.matches.refresh()  # a span edit changed the claim's words, so its matches change too

    def show_colleague_changes(self, records: list[ClaimRecord] | None) -> None:
        """Take in claims other desks changed (None: too many, read the article again), keeping this reviewer's
        current claim, scroll position and undo stack; a note being typed is saved first, against the old version."""
        if self.article is None:
            return
        self.inspector.flush_note()
        if records is None:
            self.claims = article_claims(self.db, self.article.id)
            self.edits.saw_versions(self.claims.versions())
        else:
            self.claims.take_in(records, self.article.id)
            self.edits.saw_versions({r.id: r.version for r in records if not r.deleted})
        self.reader.set_claims(self.claims, self.current_claim_id)
        if self.current_claim() is None and self.claims:
            self.select_claim(self.claims[0].id, scroll=False)
        else:
            self.inspector.show_claim(self.current_claim(), index=self._index(), total=len(self.claims))
            self._show_progress()

    # --- edits -------------------------------------------------------------------------------------------

    def _push(self, command: edits.DeskEdit) -> None:
        self.undo_stack.push(command)

    def _push_for_shown(self, command_type, *args) -> None:
        claim = self.inspector.claim
        if claim is not None:
            self._push(command_type(self.edits, claim, *args))

    def set_claim_verdict(self, verdict: str) -> None:
        claim = self.current_claim()
        if claim is not None and claim.claim_verdict != verdict:
            self._push(edits.SetClaimVerdict(self.edits, claim, verdict, claim_verdict_name(verdict)))
        elif claim is not None:
            self.inspector.show_claim(claim, index=self._index(), total=len(self.claims))

    def set_attribution_verdict(self, verdict: str) -> None:
        claim = self.current_claim()
        if claim is not None and claim.attribution_verdict != verdict:
            self._push(edits.SetAttributionVerdict(self.edits, claim, verdict, attribution_verdict_name(verdict)))
        elif claim is not None:
            self.inspector.show_claim(claim, index=self._index(), total=len(self.claims))

    def _note_edited(self, text: str) -> None:
        self._push_for_shown(edits.SetNote, text)

    def add_proposed_outlet(self) -> None:
        claim, position = self.current_claim(), self.inspector.proposed_hop()
        if claim is not None and position is not None:
            self._push(edits.AddProposedOutlet(self.edits, claim, position))

    def confirm_chain(self) -> None:
        claim = self.current_claim()
        if claim is not None and any(not hop.confirmed for hop in claim.chain):
            self._push(edits.ConfirmChain(self.edits, claim))

    def _pick_source(self, title: str, initial: str, done) -> None:
        """Open the fuzzy picker (window-modal, not blocking); done(source_id, label) runs if one is picked."""
        picker = SourcePicker(self.db, actor=self.actor, title=title, initial=initial, parent=self)
        self.source_picker = picker
        picker.accepted.connect(lambda: done(picker.chosen_source_id, picker.chosen_label))
        picker.finished.connect(picker.deleteLater)
        picker.finished.connect(self._back_to_reading)
        picker.open()
        picker.query.setFocus()

    def _back_to_reading(self) -> None:
        """After a dialog, the keyboard belongs to the article again, so J/K and the verdict keys work."""
        self.activateWindow()
        self.reader.setFocus()

    def _leave_article_filter(self) -> None:
        """Escape cleared the filter: the open article is the list's current row again, then back to reading."""
        if self.article is not None:
            self.article_list.select_article(self.article.id)
        self._back_to_reading()

    def add_hop(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        self._pick_source(_tr("Add a source to the chain"), "",
                          lambda source_id, _label: self._push(edits.InsertHop(self.edits, claim, source_id)))

    def replace_hop(self, position: int) -> None:
        claim = self.current_claim()
        if claim is None or not 0 <= position < len(claim.chain):
            return
        self._pick_source(_tr("Replace “%1”").replace("%1", claim.chain[position].source.label), "",
                          lambda source_id, label: self._push(
                              edits.ReplaceHopSource(self.edits, claim, position, source_id, label)))

    def new_claim(self) -> None:
        span = self.reader.selection_span()
        if self.article is None or span is None:
            self.statusBar().showMessage(_tr("Select the claim's text in the article first, then press N."), 4000)
            return
        self._push(edits.CreateClaim(self.edits, self.article.id, *span))

    def extend_claim(self) -> None:
        claim, span = self.current_claim(), self.reader.selection_span()
        if claim is None or span is None:
            self.statusBar().showMessage(_tr("Select text next to the current claim, then press E."), 4000)
            return
        start, end = min(claim.start, span[0]), max(claim.end, span[1])
        if (start, end) != (claim.start, claim.end):
            self._push(edits.SetSpan(self.edits, claim, start, end))

    def split_claim(self) -> None:
        claim, at = self.current_claim(), self.reader.cursor_offset()
        if claim is None or not claim.start < at < claim.end:
            self.statusBar().showMessage(_tr("Put the cursor inside the current claim, then press S."), 4000)
            return
        self._push(edits.SplitClaim(self.edits, claim, at))

    def merge_claim(self) -> None:
        index = self._index()
        if 0 <= index < len(self.claims) - 1:
            self._push(edits.MergeClaims(self.edits, self.claims[index], self.claims[index + 1]))

    def delete_claim(self) -> None:
        claim = self.current_claim()
        if claim is not None:
            self._push(edits.DeleteClaim(self.edits, claim))
            self.undo_notice.tell(_tr("Claim deleted."))

    def decide_link(self, link_id: int, status: str, old_status: str) -> None:
        label = _tr("Match: %1").replace("%1", link_status_name(status))
        self._push(edits.DecideLink(self.edits, link_id, status, old_status, label))

    # --- messages ------------------------------------------------------------------------------------------

    def report_error(self, error: BaseException) -> None:
        """Tell the reviewer in a dialog; after a conflict, reload so they see what is stored now."""
        if isinstance(error, EditConflict):
            title = _tr("Changed elsewhere")
            text = _tr("This claim was changed by someone else since you opened it. Your edit was not applied; "
                       "the desk now shows the stored version. Apply your edit again if it is still right.")
            if self.article is not None:
                QTimer.singleShot(0, lambda: self._claims_changed([]))
        elif isinstance(error, IsnadError):
            title, text = _tr("Not done"), refusal_text(str(error))
        else:
            title, text = _tr("Unexpected error"), repr(error)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        if isinstance(error, EditConflict):
            box.setDetailedText(str(error))
        self.last_message = box
        box.finished.connect(self._back_to_reading)
        box.open()

    # --- the rest of the desk ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.article_list.search.setFocus()
        self.article_list.search.selectAll()

    def _imported(self, article_ids: list) -> None:
        self.reload_articles()
        self.matches.start_backfill()  # a long article's claims were left to the background encoder
        if article_ids:
            self.open_article(article_ids[0])
            self._back_to_reading()

    def print_preview(self) -> None:
        if self.article is not None:
            from ui.reports.report_printing import (
                print_preview_article,  # Qt print support, loaded on first use
            )

            self.preview = print_preview_article(self, self.db, self.article.id)
            self.preview.finished.connect(self._back_to_reading)

    def open_catalog(self) -> None:
        from ui.catalog.catalog_manager import CatalogManager

        dialog = CatalogManager(self.edits, self.undo_stack, parent=self)
        dialog.exec()  # each catalog edit is on the undo stack and reloads the claims (chain labels) itself
        self._back_to_reading()
        dialog.deleteLater()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, parent=self)
        if dialog.exec():
            self.settings = dialog.saved
            self.reviewer_label.setText(_tr("Reviewer: %1").replace("%1", self.settings.reviewer_name or "—"))
        self._back_to_reading()

    def show_cheat_sheet(self) -> None:
        from ui.cheat_sheet import CheatSheet

        CheatSheet(self.actions.groups(), parent=self).exec()
        self._back_to_reading()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_flow.import_paths(paths)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.qsettings.value("desk/splitter") is None and not getattr(self, "_laid_out", False):
            self._laid_out = True
            QTimer.singleShot(0, self._first_layout)  # once the window has its final size

    def _first_layout(self) -> None:
        """First run: room for readable titles in the list (30 to 40 % of the width), the inspector at about a
        quarter, the rest for reading."""
        width = self.splitter.width() - 2 * self.splitter.handleWidth()
        inspector = max(self.splitter.widget(2).minimumWidth(), int(width * 0.26))
        listed = min(max(int(width * 0.30), self.article_list.width_for_readable_titles()), int(width * 0.40))
        listed = max(self.article_list.minimumWidth(),
                     min(listed, width - inspector - self.centre.minimumSizeHint().width()))
        self.splitter.setSizes([listed, width - listed - inspector, inspector])
        self.centre.setSizes([int(self.centre.height() * 0.72), int(self.centre.height() * 0.28)])

    def _restore_layout(self) -> None:
        for key, restore in (("desk/geometry", self.restoreGeometry), ("desk/state", self.restoreState),
                             ("desk/splitter", self.splitter.restoreState), ("desk/centre", self.centre.restoreState)):
            value = self.qsettings.value(key)
            if value is not None:
                restore(value)

    def restore_last_article(self) -> None:
        last = self.qsettings.value("desk/last_article")
        try:
            article_id = int(last) if last is not None else None
        except (TypeError, ValueError):
            article_id = None
        if article_id is not None and self.article_list.model.row_of(article_id) is not None:
            last_claim = self.qsettings.value("desk/last_claim")
            self.open_article(article_id)
            if last_claim is not None and str(last_claim).isdigit() and self.claims.get(int(last_claim)):
                self.select_claim(int(last_claim))
        elif self.article_list.model.rowCount():
            self.open_article(self.article_list.model.article(0).id)

    def closeEvent(self, event) -> None:
        self.inspector.flush_note()
        self.live.stop()
        self.runner.shutdown()
        self.qsettings.setValue("desk/geometry", self.saveGeometry())
        self.qsettings.setValue("desk/state", self.saveState())
        self.qsettings.setValue("desk/splitter", self.splitter.saveState())
        self.qsettings.setValue("desk/centre", self.centre.saveState())
        self.qsettings.sync()
        self.end_session()
        super().closeEvent(event)

    def end_session(self) -> None:
        if self.actor is None or self.actor.session_id is None:
            return
        from workbench.usecases.sessions import end_session

        try:
            summary = end_session(self.db, self.actor.session_id)
        except IsnadError as error:
            self.report_error(error)
            return
        self.actor = None
        if self.show_session_summary:
            QMessageBox.information(self, _tr("Session summary"), _tr(
                "Reviewer: %1\nClaims reviewed: %2\nVerdicts set: %3\nAll edits: %4\n\nEverything is stored.")
                .replace("%1", summary.reviewer).replace("%2", str(summary.claims_reviewed))
                .replace("%3", str(summary.verdicts_set)).replace("%4", str(summary.edits)))
