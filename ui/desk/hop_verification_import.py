"""Importing a source's article from a hop: the publisher field (catalog completer, any alias or script) and the
dialog that asks for the file with that publisher preset."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ui.bidi_text import isolate
from workbench.errors import IsnadError
from workbench.usecases.articles import publisher_named
from workbench.usecases.catalog.search import list_outlets

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HopVerification", text)


class PublisherField(QLineEdit):
    """The publisher typed by hand, completed from every outlet name and alias of the catalog; empty is none."""

    def __init__(self, db, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.db = db
        self.setPlaceholderText(_tr("Optional: the outlet that published it, e.g. The Sun or صحيفة الصن"))
        self.setClearButtonEnabled(True)
        spellings = sorted({s for outlet in list_outlets(db) for s in (outlet.name, *outlet.aliases)})
        completer = QCompleter(spellings, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def publisher_id(self) -> int | None:
        """The catalog outlet typed, None when empty; NotFound (naming close outlets) when it is no outlet."""
        typed = self.text().strip()
        return publisher_named(self.db, typed) if typed else None


class SourceImportDialog(QDialog):
    """Asks for the article file of a hop's outlet; `path` and `publisher_id` hold the answer once accepted."""

    def __init__(self, db, *, source: str, publisher: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceImportDialog")
        self.setWindowTitle(_tr("Import this source's article"))
        self.path_field = QLineEdit(self)
        self.path_field.setPlaceholderText(_tr("The saved page or text of the article"))
        browse = QPushButton(_tr("&Choose file…"), self)
        browse.clicked.connect(self._browse)
        self.publisher = PublisherField(db, publisher, self)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(_tr("&File"), row)
        form.addRow(_tr("&Publisher"), self.publisher)
        hint = QLabel(_tr("The chain of this claim is verified again as soon as the article is stored (%1).")
                      .replace("%1", isolate(source)), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Import and verify"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.path: str | None = None
        self.publisher_id: int | None = None
        self.resize(620, 0)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _tr("Import this source's article"), "", FILE_FILTER)
        if path:
            self.path_field.setText(path)

    def _accept(self) -> None:
        path = self.path_field.text().strip()
        if not path:
            QMessageBox.warning(self, _tr("Not imported"), _tr("Choose the article's file first."))
            return
        try:
            self.publisher_id = self.publisher.publisher_id()
        except IsnadError as error:
            QMessageBox.warning(self, _tr("Not imported"), str(error))
            return
        self.path = path
        self.accept()
