"""The catalog manager: outlets with their aliases, persons, organizations and anonymous sources; add, edit, merge.

Every change is one command on the desk's undo stack, so Ctrl+Z undoes it here or in the desk.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.catalog import catalog_edits as edits
from ui.desk.undo_commands import EditContext
from ui.i18n import source_kind_name
from workbench.catalog.display_names import display_name, written_in
from workbench.enums import OutletKind
from workbench.errors import IsnadError
from workbench.usecases.catalog import search as catalog


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogManager", text)


class _CatalogTab(QWidget):
    """A searchable list on one side, the selected entry's fields on the other; errors shown inline."""

    def __init__(self, ctx: EditContext, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.db, self.undo_stack = ctx, ctx.db, undo_stack
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_tr("Filter (both scripts)"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.details = QVBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addLayout(self.details, 3)
        self.buttons: dict[str, QPushButton] = {}  # by role ("save", "add", "merge", ...), for tests and focus
        self.search.textChanged.connect(lambda _t: self.reload())
        self.list.currentItemChanged.connect(lambda _c, _p: self.show_current())

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill(self, entries: list[tuple[int, str]], keep: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry_id, label in entries:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            self.list.addItem(item)
            if entry_id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.show_current()

    def _store(self, command: edits.CatalogEdit, done: str) -> bool:
        """Store the edit and put it on the undo stack; a refusal is shown here and nothing is pushed."""
        try:
            command.store()
        except IsnadError as error:
            self.message.setText(str(error))
            return False
        self.undo_stack.push(command)
        self.message.setText(done)
        return True

    def reload(self, keep: int | None = None) -> None:
        raise NotImplementedError

    def show_current(self) -> None:
        raise NotImplementedError


class OutletsTab(_CatalogTab):
    """Outlets and their aliases in every script."""

    def __init__(self, ctx: EditContext, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(ctx, undo_stack, parent)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in OutletKind:
            self.kind.addItem(kind.value.replace("_", " "), kind.value)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.domain = QLineEdit(self)
        self.aliases = QListWidget(self)
        self.new_alias = QLineEdit(self)
        self.new_alias.setPlaceholderText(_tr("New alias, e.g. صن"))
        form = QFormLayout()
        form.addRow(_tr("Name"), self.name)
        form.addRow(_tr("Kind"), self.kind)
        form.addRow(_tr("Country"), self.country)
        form.addRow(_tr("Web domain"), self.domain)
        buttons = QHBoxLayout()
        for role, text, slot in (("save", _tr("Save changes"), self.save), ("add", _tr("New outlet…"), self.add),
                                 ("merge", _tr("Merge into…"), self.merge)):
            button = self.buttons[role] = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.new_alias, 1)
        add_alias = self.buttons["add_alias"] = QPushButton(_tr("Add alias"), self)
        add_alias.clicked.connect(self.add_alias)
        remove_alias = self.buttons["remove_alias"] = QPushButton(_tr("Remove alias"), self)
        remove_alias.clicked.connect(self.remove_alias)
        arabic_name = self.buttons["arabic_name"] = QPushButton(_tr("Use as Arabic name"), self)
        arabic_name.setToolTip(_tr("The Arabic UI shows the outlet by this alias"))
        arabic_name.clicked.connect(self.use_as_arabic_name)
        alias_row.addWidget(add_alias)
        alias_row.addWidget(remove_alias)
        alias_row.addWidget(arabic_name)
        self.aliases.currentRowChanged.connect(lambda _row: self._enable_arabic_name())
        self.new_alias.returnPressed.connect(self.add_alias)
        self.details.addLayout(form)
        self.details.addLayout(buttons)
        self.arabic_name = QLabel(self)
        self.arabic_name.setObjectName("arabicName")
        form.addRow(_tr("Arabic name"), self.arabic_name)
        self.details.addWidget(QLabel(_tr("Aliases (every spelling, both scripts)"), self))
        self.details.addWidget(self.aliases)
        self.details.addLayout(alias_row)
        self.details.addWidget(self.message)
        self._records = {}
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        records = catalog.list_outlets(self.db, search=self.search.text())
        self._records = {r.id: r for r in records}
        self._fill([(r.id, r.name) for r in records], keep if keep is not None else self.current_id())

    def show_current(self) -> None:
        record = self._records.get(self.current_id())
        self.name.setText(record.name if record else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)) if record else 0)
        self.country.setText(record.country or "" if record else "")
        self.domain.setText(record.domain or "" if record else "")
        self.aliases.clear()
        if record:
            self.aliases.addItems(list(record.aliases))
        self.arabic_name.setText(self._arabic_name(record) or "—")
        self._enable_arabic_name()

    @staticmethod
    def _arabic_name(record) -> str | None:
        shown = display_name(record.name, record.aliases, "ar") if record else None
        return shown if shown and written_in(shown, "ar") else None

    def _enable_arabic_name(self) -> None:
        """On only for an Arabic alias that is not the Arabic name already."""
        record, item = self._records.get(self.current_id()), self.aliases.currentItem()
        self.buttons["arabic_name"].setEnabled(
            item is not None and written_in(item.text(), "ar") and item.text() != self._arabic_name(record))

    def use_as_arabic_name(self) -> None:
        record, item = self._records.get(self.current_id()), self.aliases.currentItem()
        if record is not None and item is not None and self._store(
                edits.SetArabicName(self.ctx, record, item.text()), _tr("Arabic name set.")):
            self.reload(record.id)

    def save(self) -> None:
        record = self._records.get(self.current_id())
        if record is None:
            return
        shown = {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                 "country": self.country.text().strip().upper() or None, "domain": self.domain.text().strip() or None}
        changes = {field: value for field, value in shown.items() if value != getattr(record, field)}
        if not changes:
            self.message.setText(_tr("Nothing to save."))
        elif self._store(edits.EditOutlet(self.ctx, record, changes), _tr("Saved.")):
            self.reload(record.id)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New outlet"), _tr("Outlet name:"))
        command = edits.AddOutlet(self.ctx, name.strip())
        if ok and name.strip() and self._store(command, _tr("Outlet added.")):
            self.reload(command.outlet.id)

    def add_alias(self) -> None:
        record, alias = self._records.get(self.current_id()), self.new_alias.text().strip()
        if record is not None and alias and self._store(edits.AddAlias(self.ctx, record, alias), _tr("Alias added.")):
            self.new_alias.clear()
            self.reload(record.id)

    def remove_alias(self) -> None:
        record, item = self._records.get(self.current_id()), self.aliases.currentItem()
        if record is not None and item is not None and self._store(
                edits.RemoveAlias(self.ctx, record, item.text()), _tr("Alias removed.")):
            self.reload(record.id)

    def merge(self) -> None:
        drop = self._records.get(self.current_id())
        if drop is None:
            return
        others = sorted((r.name, r.id) for r in catalog.list_outlets(self.db) if r.id != drop.id)
        name, ok = QInputDialog.getItem(self, _tr("Merge duplicate outlet"),
                                        _tr("Merge “%1” into:").replace("%1", drop.name), [n for n, _ in others], 0, False)
        if not ok:
            return
        keep_id = dict(others)[name]
        if QMessageBox.question(self, _tr("Merge outlets"), _tr(
                "Every hop, article and alias of “%1” will move to “%2” (Ctrl+Z undoes it). Merge?")
                .replace("%1", drop.name).replace("%2", name)) != QMessageBox.StandardButton.Yes:
            return
        if self._store(edits.MergeOutlets(self.ctx, keep_id, drop.id, keep_label=name, drop_label=drop.name),
                       _tr("Merged.")):
            self.reload(keep_id)


class SourcesTab(_CatalogTab):
    """Persons, organizations or anonymous sources (one kind per tab)."""

    def __init__(self, ctx: EditContext, undo_stack: QUndoStack, kind: str, parent=None) -> None:
        super().__init__(ctx, undo_stack, parent)
        self.kind = kind
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.affiliation = QLineEdit(self)
        form = QFormLayout()
        form.addRow(_tr("Name"), self.name)
        form.addRow(_tr("Role"), self.role)
        form.addRow(_tr("Affiliation"), self.affiliation)
        buttons = QHBoxLayout()
        for role, text, slot in (("save", _tr("Save changes"), self.save), ("add", _tr("New…"), self.add),
                                 ("merge", _tr("Merge into…"), self.merge)):
            button = self.buttons[role] = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.details.addLayout(form)
        self.details.addLayout(buttons)
        self.details.addWidget(self.message)
        self.details.addStretch(1)
        self._records = {}
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        records = catalog.list_sources(self.db, kind=self.kind, search=self.search.text())
        self._records = {r.id: r for r in records}
        self._fill([(r.id, r.label) for r in records], keep if keep is not None else self.current_id())

    def show_current(self) -> None:
        record = self._records.get(self.current_id())
        self.name.setText(record.name or "" if record else "")
        self.role.setText(record.role or "" if record else "")
        self.affiliation.setText(record.affiliation or "" if record else "")

    def save(self) -> None:
        record = self._records.get(self.current_id())
        if record is None:
            return
        shown = {"name": self.name.text().strip(), "role": self.role.text().strip(),
                 "affiliation": self.affiliation.text().strip()}
        changes = {field: value for field, value in shown.items() if (value or None) != getattr(record, field)}
        if not changes:
            self.message.setText(_tr("Nothing to save."))
        elif self._store(edits.EditSource(self.ctx, record, changes), _tr("Saved.")):
            self.reload(record.id)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New source"), _tr("Name (or role, for an anonymous source):"))
        fields = {"role": name.strip()} if self.kind == "anonymous" else {"name": name.strip()}
        command = edits.AddSource(self.ctx, self.kind, fields, name.strip())
        if ok and name.strip() and self._store(command, _tr("Added.")):
            self.reload(command.source_id)

    def merge(self) -> None:
        drop = self._records.get(self.current_id())
        if drop is None:
            return
        others = sorted((f"{r.label}  #{r.id}", r.id) for r in catalog.list_sources(self.db, kind=self.kind)
                        if r.id != drop.id)
        label, ok = QInputDialog.getItem(self, _tr("Merge duplicate"), _tr("Merge “%1” into:").replace(
            "%1", drop.label), [n for n, _ in others], 0, False)
        if not ok:
            return
        command = edits.MergeSources(self.ctx, dict(others)[label], drop.id, keep_label=label.split("  #")[0],
                                     drop_label=drop.label)
        if self._store(command, _tr("Merged; every hop now points at the kept source.")):
            self.reload(command.keep_id)


class CatalogManager(QDialog):
    """The catalog, one tab per kind of source; every change is stored when made and is one step of the
    desk's undo stack (Ctrl+Z / Ctrl+Shift+Z here, or later in the desk)."""

    def __init__(self, ctx: EditContext, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Source catalog"))
        self.resize(860, 560)
        self.tabs = QTabWidget(self)
        self.outlets = OutletsTab(ctx, undo_stack, self)
        self.tabs.addTab(self.outlets, _tr("Outlets"))
        self.sources: dict[str, SourcesTab] = {}
        for kind, title in (("person", _tr("Persons")), ("organization", _tr("Organizations")),
                            ("anonymous", source_kind_name("anonymous"))):
            self.sources[kind] = SourcesTab(ctx, undo_stack, kind, self)
            self.tabs.addTab(self.sources[kind], title)
        note = QLabel(_tr("Catalog changes are stored at once; Ctrl+Z undoes them, here or in the desk. "
                          "Merges move every hop to the kept entry."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.undo_action = undo_stack.createUndoAction(self, _tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self, _tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        bottom = QHBoxLayout()
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(note)
        layout.addLayout(bottom)
        undo_stack.indexChanged.connect(self._catalog_changed)

    def _catalog_changed(self, _index: int) -> None:
        """After any edit, undo or redo: every tab shows the catalog as stored, keeping its selection, and
        drops its last message (an edit's own message is set after this, an undo's would be stale)."""
        for tab in (self.outlets, *self.sources.values()):
            tab.message.clear()
            tab.reload()
