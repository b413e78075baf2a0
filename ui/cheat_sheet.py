"""The F1 cheat sheet: every command and its shortcuts, generated from the desk's actions (never a copy)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ui.actions import ActionGroup, shortcut_text
from ui.bidi_text import left_to_right


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheatSheet", text)


def _plain(menu_text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return menu_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class CheatSheet(QDialog):
    """Lists exactly the actions of the menus, grouped as in the menus, with all their shortcuts."""

    def __init__(self, groups: list[ActionGroup], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.resize(620, 640)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_tr("Command"), _tr("Keys"), _tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for group in groups:
            heading = QTreeWidgetItem([_plain(group.title)])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for action in group.actions:
                if action is not None:
                    # Key names are Latin: a left-to-right isolate keeps "Ctrl+Shift+Z" whole in a mirrored UI.
                    keys = left_to_right(shortcut_text(action))
                    self.tree.addTopLevelItem(QTreeWidgetItem([_plain(action.text()), keys, action.statusTip()]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1).strip("\u2066\u2069")) for item in items if item.text(1)]
