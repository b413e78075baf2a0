"""Hidden direction controls are shown, not obeyed, in the reader and the article list; a NUL in a paste is
stripped with a notice and the paste kept."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.keys import press
from workbench.usecases.articles import get_article
from workbench.usecases.claims import create_claim

OVERRIDE = "\u202e"
PASTE = (f"Minister {OVERRIDE}said{OVERRIDE} the port reopens\n"
         f"The minister said the port would reopen on Monday.\x00 Officials confirmed it.\n")


def _accept_paste_dialog():
    from ui.desk.import_flow import PasteDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PasteDialog) and w.isVisible())
    dialog.accept()


def test_pasted_controls_are_visible_and_a_nul_is_stripped_with_a_notice(qtbot, started_desk, db):
    QApplication.clipboard().setText(PASTE)
    QTimer.singleShot(200, _accept_paste_dialog)
    with qtbot.waitSignal(started_desk.import_flow.imported, timeout=20000) as imported:
        press(started_desk, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    article = get_article(db, imported.args[0][0])
    assert article.text == PASTE.replace("\x00", "")  # the paste is kept, only the NUL is gone
    assert "NUL" in started_desk.statusBar().currentMessage()

    reader = started_desk.reader
    qtbot.waitUntil(lambda: started_desk.article is not None and started_desk.article.id == article.id)
    shown = reader.toPlainText()
    assert OVERRIDE not in shown and "⟪U+202E⟫said⟪U+202E⟫" in shown
    title_cell = started_desk.article_list.table.model().index(0, 0)
    assert OVERRIDE not in title_cell.data() and "⟪U+202E⟫" in title_cell.data()

    # A claim after the controls is still highlighted on its own words.
    start = article.text.index("Officials")
    claim = create_claim(db, article.id, start, start + len("Officials confirmed it"))
    started_desk.open_article(article.id, claim.id)
    painted = [s.cursor.selectedText() for s in reader.extraSelections()]
    assert "Officials confirmed it" in painted
    assert claim.text == "Officials confirmed it"
    assert OVERRIDE not in started_desk.inspector.claim_text.text()
