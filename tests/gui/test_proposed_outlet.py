"""A hop naming an outlet the catalog lacks shows "new outlet: …"; O adds it to the catalog, Ctrl+Z takes it back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.gui.keys import press
from workbench.intake import document_from_text
from workbench.usecases.articles import import_document
from workbench.usecases.catalog.search import list_outlets
from workbench.usecases.claims import list_claims

TEXT = ("الحكومة ترفع أسعار الوقود\n"
        "وقال موقع زاوية ثالثة المصري المستقل إن الحكومة رفعت أسعار الوقود بنسبة 15 في المئة.\n"
        "وأضاف الموقع أن الزيادة تبدأ الشهر المقبل.\n")
NAME = "زاوية ثالثة"


@pytest.fixture
def proposing_desk(qtbot, db, tmp_path):
    """The desk after first run on an article whose outlet is missing from the catalog."""
    from tests.gui.conftest import _new_desk
    from ui.app import show_desk

    import_document(db, document_from_text(TEXT, title="وقود"))
    desk = _new_desk(qtbot, db, tmp_path)
    show_desk(desk)
    qtbot.waitExposed(desk)
    qtbot.waitUntil(desk.isActiveWindow)
    yield desk
    desk.runner.shutdown()


def _catalog_names(db):
    return {outlet.name for outlet in list_outlets(db)}


def test_o_adds_the_proposed_outlet_and_ctrl_z_removes_it(qtbot, proposing_desk, db):
    desk = proposing_desk
    assert NAME not in _catalog_names(db)
    while desk.current_claim() is None or not desk.current_claim().chain:
        press(desk, Qt.Key.Key_J)
    chips = [w.text() for w in desk.inspector.chain_row.findChildren(QPushButton) if w.objectName() == "hopChip"]
    assert chips and chips[0].startswith("new outlet: \u2068" + NAME + "\u2069 (online)"), chips
    assert desk.actions.add_proposed_outlet.isEnabled()

    press(desk, Qt.Key.Key_O)

    assert NAME in _catalog_names(db)
    chains = [c.chain for c in list_claims(db, desk.article.id) if c.chain]
    assert all(chain[0].source.outlet_name == NAME for chain in chains) and len(chains) == 2
    assert desk.inspector.chain_text().startswith(NAME)
    assert not desk.actions.add_proposed_outlet.isEnabled()  # nothing left to add on this claim
    assert desk.actions.undo.text().replace("&", "") == f"Undo: Add outlet {NAME} to the catalog"

    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert NAME not in _catalog_names(db)
    assert all(c.chain[0].source.outlet_id is None for c in list_claims(db, desk.article.id) if c.chain)
    assert desk.actions.add_proposed_outlet.isEnabled()
