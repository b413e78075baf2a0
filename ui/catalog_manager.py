"""The catalog manager: outlets with their aliases, persons, organizations and anonymous sources; add, edit, merge."""

from PySide6.QtCore import QCoreApplication, Qt
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
    QVBoxLayout,
    QWidget,
)

from ui.i18n import source_kind_name
from workbench.enums import OutletKind
from workbench.errors import IsnadError
from workbench.usecases import catalog, chains
from workbench.usecases.records import Actor


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogManager", text)


class _CatalogTab(QWidget):
    """A searchable list on one side, the selected entry's fields on the other; errors shown inline."""

    def __init__(self, db, actor: Actor | None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
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

    def _try(self, work, done: str) -> bool:
        try:
            work()
        except IsnadError as error:
            self.message.setText(str(error))
            return False
        self.message.setText(done)
        return True

    def reload(self, keep: int | None = None) -> None:
        raise NotImplementedError

    def show_current(self) -> None:
        raise NotImplementedError


class OutletsTab(_CatalogTab):
    """Outlets and their aliases in every script."""

    def __init__(self, db, actor, parent=None) -> None:
        super().__init__(db, actor, parent)
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
        alias_row.addWidget(add_alias)
        alias_row.addWidget(remove_alias)
        self.new_alias.returnPressed.connect(self.add_alias)
        self.details.addLayout(form)
        self.details.addLayout(buttons)
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

    def save(self) -> None:
        outlet_id = self.current_id()
        if outlet_id is None:
            return
        changes = {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                   "country": self.country.text().strip().upper() or None, "domain": self.domain.text().strip() or None}
        if self._try(lambda: catalog.edit_outlet(self.db, outlet_id, actor=self.actor, **changes), _tr("Saved.")):
            self.reload(outlet_id)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New outlet"), _tr("Outlet name:"))
        if ok and name.strip():
            created = {}
            if self._try(lambda: created.update(r=catalog.add_outlet(self.db, name=name, kind="newspaper",
                                                                     actor=self.actor)), _tr("Outlet added.")):
                self.reload(created["r"].id)

    def add_alias(self) -> None:
        outlet_id, alias = self.current_id(), self.new_alias.text().strip()
        if outlet_id is not None and alias and self._try(
                lambda: catalog.add_alias(self.db, outlet_id, alias, actor=self.actor), _tr("Alias added.")):
            self.new_alias.clear()
            self.reload(outlet_id)

    def remove_alias(self) -> None:
        outlet_id, item = self.current_id(), self.aliases.currentItem()
        if outlet_id is not None and item is not None and self._try(
                lambda: catalog.remove_alias(self.db, outlet_id, item.text(), actor=self.actor),
                _tr("Alias removed.")):
            self.reload(outlet_id)

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
                "Every hop, article and alias of “%1” will move to “%2”. This cannot be undone. Merge?")
                .replace("%1", drop.name).replace("%2", name)) != QMessageBox.StandardButton.Yes:
            return
        if self._try(lambda: catalog.merge_outlets(self.db, keep_id, drop.id, actor=self.actor), _tr("Merged.")):
            self.reload(keep_id)


class SourcesTab(_CatalogTab):
    """Persons, organizations or anonymous sources (one kind per tab)."""

    def __init__(self, db, actor, kind: str, parent=None) -> None:
        super().__init__(db, actor, parent)
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
        source_id = self.current_id()
        if source_id is not None and self._try(lambda: catalog.edit_source(
                self.db, source_id, name=self.name.text().strip(), role=self.role.text().strip(),
                affiliation=self.affiliation.text().strip(), actor=self.actor), _tr("Saved.")):
            self.reload(source_id)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New source"), _tr("Name (or role, for an anonymous source):"))
        if ok and name.strip():
            created = {}
            fields = {"role": name.strip()} if self.kind == "anonymous" else {"name": name.strip()}
            if self._try(lambda: created.update(id=chains.new_source(self.db, kind=self.kind, actor=self.actor,
                                                                     **fields)), _tr("Added.")):
                self.reload(created["id"])

    def merge(self) -> None:
        drop = self._records.get(self.current_id())
        if drop is None:
            return
        others = sorted((f"{r.label}  #{r.id}", r.id) for r in catalog.list_sources(self.db, kind=self.kind)
                        if r.id != drop.id)
        label, ok = QInputDialog.getItem(self, _tr("Merge duplicate"), _tr("Merge “%1” into:").replace(
            "%1", drop.label), [n for n, _ in others], 0, False)
        if ok and self._try(lambda: catalog.merge_sources(self.db, dict(others)[label], drop.id, actor=self.actor),
                            _tr("Merged; every hop now points at the kept source.")):
            self.reload(dict(others)[label])


class CatalogManager(QDialog):
    """The catalog, one tab per kind of source; every change is stored when made (not undoable: say so)."""

    def __init__(self, db, *, actor: Actor | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Source catalog"))
        self.resize(860, 560)
        self.tabs = QTabWidget(self)
        self.outlets = OutletsTab(db, actor, self)
        self.tabs.addTab(self.outlets, _tr("Outlets"))
        self.sources: dict[str, SourcesTab] = {}
        for kind, title in (("person", _tr("Persons")), ("organization", _tr("Organizations")),
                            ("anonymous", source_kind_name("anonymous"))):
            self.sources[kind] = SourcesTab(db, actor, kind, self)
            self.tabs.addTab(self.sources[kind], title)
        note = QLabel(_tr("Catalog changes are stored at once and are not on the undo stack; "
                          "merges move every hop to the kept entry."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(note)
        layout.addWidget(buttons)
