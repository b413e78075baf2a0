"""The source picker: fuzzy search of the catalog in both scripts, or a new person/organization/anonymous source."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ui.i18n import SOURCE_KIND_COLOURS, source_kind_name
from workbench.errors import IsnadError
from workbench.usecases import chains
from workbench.usecases.catalog import search as catalog
from workbench.usecases.records import Actor


def _tr(text: str) -> str:
    return QCoreApplication.translate("SourcePicker", text)


class SourcePicker(QDialog):
    """A dialog that ends accepted only with chosen_source_id set to an existing catalog source."""

    DEBOUNCE_MS = 90

    def __init__(self, db, *, actor: Actor | None = None, title: str = "", initial: str = "", parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.chosen_source_id: int | None = None
        self.chosen_label = ""
        self.setWindowTitle(title or _tr("Pick a source"))
        self.setMinimumWidth(460)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(_tr("Type a name in Arabic or English, e.g. صن or sun"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._pick_item)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.create_box = self._build_create_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.use_button = buttons.addButton(_tr("Use this source"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.clicked.connect(self._pick_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Search the catalog (every alias, both scripts):"), self))
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.create_box)
        layout.addWidget(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._pick_current)
        self.query.setText(initial)
        self.refresh()

    def _build_create_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Or create a new source"), self)
        self.new_kind = QComboBox(box)
        for kind in ("person", "organization", "anonymous"):
            self.new_kind.addItem(source_kind_name(kind), kind)
        self.new_name = QLineEdit(box)
        self.new_name.setPlaceholderText(_tr("e.g. يحيى رسول"))
        self.new_role = QLineEdit(box)
        self.new_role.setPlaceholderText(_tr("e.g. a major in the Iraqi special forces"))
        self.new_affiliation = QLineEdit(box)
        create = QPushButton(_tr("Create and use"), box)
        create.clicked.connect(self._create)
        form = QFormLayout(box)
        form.addRow(_tr("Kind"), self.new_kind)
        form.addRow(_tr("Name"), self.new_name)
        form.addRow(_tr("Role"), self.new_role)
        form.addRow(_tr("Affiliation"), self.new_affiliation)
        form.addRow("", create)
        return box

    def refresh(self) -> None:
        self._debounce.stop()
        self.results.clear()
        text = self.query.text()
        try:
            hits = catalog.search_sources(self.db, text, limit=15) if text.strip() else []
        except IsnadError as error:
            self.empty.setText(str(error))
            return
        for hit in hits:
            source = hit.source
            label = source.label
            detail = source_kind_name(source.kind)
            if hit.matched and hit.matched.casefold() not in label.casefold():
                detail += " · " + _tr("matched “%1”").replace("%1", hit.matched)
            item = QListWidgetItem(f"{label}    ({detail})")
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, label)
            item.setForeground(QColor(SOURCE_KIND_COLOURS.get(source.kind, "#333333")).darker(140))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.empty.setText("" if hits or not text.strip() else _tr("No source matches; create it below."))

    def eventFilter(self, watched, event) -> bool:
        # Up and Down in the search box walk the results, so the keyboard never leaves the box.
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _pick_current(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        item = self.results.currentItem()
        if item is not None:
            self._pick_item(item)

    def _pick_item(self, item: QListWidgetItem) -> None:
        self.chosen_source_id = item.data(Qt.ItemDataRole.UserRole)
        self.chosen_label = item.data(Qt.ItemDataRole.UserRole + 1)
        self.accept()

    def _create(self) -> None:
        kind = self.new_kind.currentData()
        name, role = self.new_name.text().strip(), self.new_role.text().strip()
        try:
            source_id = chains.new_source(self.db, kind=kind, name=name or None, role=role or None,
                                          affiliation=self.new_affiliation.text().strip() or None, actor=self.actor)
        except IsnadError as error:
            self.empty.setText(str(error))
            return
        self.chosen_source_id = source_id
        self.chosen_label = " — ".join(p for p in (name, role) if p) or source_kind_name(kind)
        self.accept()
