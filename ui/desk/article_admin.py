"""Article admin in the desk: the details dialog (title, publisher, address, date) and its undoable edits."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ui.bidi_text import isolate
from ui.catalog.display_names import outlet_names
from workbench.errors import InvalidValue, IsnadError
from workbench.text.normalize import comparison_key
from workbench.usecases.articles import delete_article, edit_article, restore_article, suggest_publisher
from workbench.usecases.catalog.search import list_outlets
from workbench.usecases.records import Actor, ArticleDetails, ArticleRecord, ArticleRemoval


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticleAdmin", text)


class ArticleDetailsDialog(QDialog):
    """Edits a copy of an article's details; `details` holds the checked result once accepted.

    The publisher is picked from the catalog (type to narrow it, in either script); the dateline's
    wire credit, "(رويترز)", is offered as a one-click suggestion.
    """

    def __init__(self, db, article: ArticleRecord, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDetailsDialog")
        self.setWindowTitle(_tr("Article details"))
        self.details: ArticleDetails | None = None
        self._article = article
        self.title = QLineEdit(article.title, self)
        self.title.setObjectName("articleTitle")
        self.title.setCursorPosition(0)  # a long title shows its beginning, not its last words
        self.publisher = QComboBox(self)
        self.publisher.setObjectName("articlePublisher")
        self.publisher.setEditable(True)
        self.publisher.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.publisher.addItem(_tr("(none)"), None)
        outlets = list_outlets(db)
        self._outlets_by_key: dict[str, set[int]] = {}  # every spelling the catalog knows → its outlets
        for outlet in outlets:
            shown = outlet_names.shown(outlet.name)  # the Arabic UI lists the catalog's Arabic names
            self.publisher.addItem(shown, outlet.id)
            for spelling in (outlet.name, shown, *outlet.aliases):
                self._outlets_by_key.setdefault(comparison_key(spelling), set()).add(outlet.id)
        # Typing offers names and aliases in either script ("Al Ahram", "الأهرام"), as the source picker does.
        spellings = sorted({text for o in outlets for text in (outlet_names.shown(o.name), *o.aliases)},
                           key=str.casefold)
        completer = QCompleter(spellings, self.publisher)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.publisher.setCompleter(completer)
        self.publisher.setCurrentIndex(max(0, self.publisher.findData(article.publisher_id)))
        self.url = QLineEdit(article.url or "", self)
        self.url.setPlaceholderText("https://…")
        self.published_on = QLineEdit(article.published_on.isoformat() if article.published_on else "", self)
        self.published_on.setPlaceholderText(_tr("YYYY-MM-DD"))
        form = QFormLayout()
        form.addRow(_tr("&Title"), self.title)
        form.addRow(_tr("&Publisher"), self.publisher)
        suggested = suggest_publisher(db, article.id)
        self.suggestion: QPushButton | None = None
        if suggested is not None and suggested != article.publisher_id:
            index = self.publisher.findData(suggested)
            self.suggestion = QPushButton(_tr("Use %1, credited in the dateline").replace(
                "%1", self.publisher.itemText(index)), self)
            self.suggestion.clicked.connect(lambda: self.publisher.setCurrentIndex(index))
            form.addRow("", self.suggestion)
        form.addRow(_tr("&Address (URL)"), self.url)
        form.addRow(_tr("&Date"), self.published_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        note = QLabel(_tr("The article's text stays as imported. Every change is in the history and undoable."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _publisher_id(self) -> int | None:
        """The outlet typed or picked: by its name, else by any alias naming one outlet only."""
        typed = self.publisher.currentText().strip()
        index = self.publisher.findText(typed, Qt.MatchFlag.MatchFixedString)
        named = self._outlets_by_key.get(comparison_key(typed), set())
        if index < 0 and len(named) == 1:
            index = self.publisher.findData(next(iter(named)))
        if index < 0:
            raise InvalidValue(_tr("“%1” is not in the catalog: pick an outlet from the list, or add it in the "
                                   "source catalog (Ctrl+K) first.").replace("%1", typed))
        return self.publisher.itemData(index)

    def _date(self) -> date | None:
        text = self.published_on.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InvalidValue(_tr("“%1” is not a date: write it as YYYY-MM-DD.").replace("%1", text)) from None

    def _save(self) -> None:
        try:
            self.details = ArticleDetails(self.title.text(), self._publisher_id(), self.url.text(), self._date())
        except InvalidValue as error:
            QMessageBox.warning(self, _tr("Not saved"), str(error))
            return
        self.accept()


class ArticleEdit(QUndoCommand):
    """An article edit stored in redo() and reverted in undo(); a failed step leaves the stack."""

    def __init__(self, db, actor: Actor | None, text: str, *, changed: Callable[[int, bool], None],
                 failed: Callable[[IsnadError], None]) -> None:
        super().__init__(text)
        self.db, self.actor = db, actor
        self._changed, self._failed = changed, failed

    def _run(self, step: Callable[[], tuple[int, bool]]) -> None:
        try:
            article_id, deleted = step()
        except IsnadError as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._changed(article_id, deleted)


class EditArticleDetails(ArticleEdit):
    def __init__(self, db, actor, article: ArticleRecord, old: ArticleDetails, new: ArticleDetails, **callbacks):
        super().__init__(db, actor, _tr("Article details"), **callbacks)
        self.article_id, self.old, self.new = article.id, old, new
        self._stored: ArticleDetails | None = None  # what our last step stored, checked by the next one

    def _store(self, details: ArticleDetails, expected: ArticleDetails) -> tuple[int, bool]:
        record = edit_article(self.db, self.article_id, details, expected=expected, actor=self.actor)
        self._stored = ArticleDetails(record.title, record.publisher_id, record.url, record.published_on)
        return record.id, False

    def redo(self) -> None:
        self._run(lambda: self._store(self.new, self._stored if self._stored is not None else self.old))

    def undo(self) -> None:
        self._run(lambda: self._store(self.old, self._stored))


class DeleteArticle(ArticleEdit):
    def __init__(self, db, actor, article: ArticleRecord, **callbacks):
        super().__init__(db, actor, _tr("Delete article “%1”").replace("%1", isolate(_short(article.title))),
                         **callbacks)
        self.article_id = article.id
        self.removal: ArticleRemoval | None = None

    def _delete(self) -> tuple[int, bool]:
        self.removal = delete_article(self.db, self.article_id, actor=self.actor)
        return self.article_id, True

    def _restore(self) -> tuple[int, bool]:
        restore_article(self.db, self.removal, actor=self.actor)
        return self.article_id, False

    def redo(self) -> None:
        self._run(self._delete)

    def undo(self) -> None:
        self._run(self._restore)


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"
