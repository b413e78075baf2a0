"""Every command of the desk as a QAction, with its shortcuts shown in menu entries, tooltips and the cheat sheet."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class ActionGroup:
    """A menu's worth of actions, in menu order (None is a separator)."""

    title: str
    actions: tuple[QAction | None, ...]


def shortcut_text(action: QAction) -> str:
    """All of an action's shortcuts as the user types them, e.g. "J, Alt+Down"."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def make_action(owner: QWidget, text: str, shortcuts: list[str], tip: str, *,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    """An action of owner (its shortcuts work in owner's window, or only in owner with WidgetShortcut),
    with the shortcuts in its tooltip."""
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(context)
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({shortcut_text(action)})" if shortcuts else tip)
    owner.addAction(action)
    return action


class DeskActions:
    """Owns one QAction per desk command; each has its shortcuts in its menu entry and tooltip.

    Actions are added to the window, so their shortcuts work wherever focus is, except while the
    reviewer types in a text field (Qt gives printable keys to the field first).
    """

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._all: list[QAction] = []
        a = self._make
        # File
        self.import_files = a(_tr("&Import files…"), ["Ctrl+O"], _tr("Import articles from files"))
        self.paste_article = a(_tr("&Paste as new article…"), ["Ctrl+Shift+V"],
                               _tr("Make a new article from the text on the clipboard"))
        self.print_preview = a(_tr("Print pre&view…"), ["Ctrl+P"], _tr("Preview and print the article's report"))
        self.export = a(_tr("&Export…"), ["Ctrl+E"],
                        _tr("Save the article, outlet or session report as PDF, HTML, CSV, JSON or ClaimReview"))
        self.settings = a(_tr("&Settings…"), ["Ctrl+,"], _tr("Reviewer name, organization, language, thresholds"))
        self.quit = a(_tr("&Quit"), ["Ctrl+Q"], _tr("Close the desk (every edit is already stored)"))
        # Edit
        self.undo = a(_tr("&Undo"), ["Ctrl+Z"], _tr("Undo the last edit"))
        self.redo = a(_tr("&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], _tr("Redo the edit you undid"))
        self.focus_search = a(_tr("&Find article"), ["Ctrl+F"], _tr("Filter the article list as you type"))
        self.catalog = a(_tr("Source &catalog…"), ["Ctrl+K"], _tr("Outlets, persons and organizations"))
        self.edit_article = a(_tr("Article &details…"), ["F2"],
                              _tr("Correct the article's title, publisher, address and date"))
        self.delete_article = a(_tr("De&lete article…"), ["Ctrl+Delete"],
                                _tr("Delete the open article and its claims (undoable)"))
        # View
        self.claims_browser = a(_tr("Claims &browser"), ["Ctrl+B"],
                                _tr("Search and filter every claim across all articles"))
        self.dashboard = a(_tr("Outlets &dashboard"), ["Ctrl+D"],
                           _tr("Charts of outlets and sources: verdicts, misattributions, anonymous sources"))
        # Navigate
        self.next_claim = a(_tr("&Next claim"), ["J", "Alt+Down"], _tr("Go to the next claim"))
        self.previous_claim = a(_tr("&Previous claim"), ["K", "Alt+Up"], _tr("Go to the previous claim"))
        self.next_unreviewed = a(_tr("Next &unreviewed claim"), ["U"], _tr("Go to the next claim with no verdict"))
        # Claim verdicts
        self.claim_verdicts = {
            "verified": a(_tr("Verdict: &Verified"), ["1"], _tr("Set the claim verdict to Verified")),
            "disputed": a(_tr("Verdict: &Disputed"), ["2"], _tr("Set the claim verdict to Disputed")),
            "false": a(_tr("Verdict: &False"), ["3"], _tr("Set the claim verdict to False")),
            "misleading": a(_tr("Verdict: &Misleading"), ["4"], _tr("Set the claim verdict to Misleading")),
            "unverifiable": a(_tr("Verdict: U&nverifiable"), ["5"], _tr("Set the claim verdict to Unverifiable")),
            "unreviewed": a(_tr("Verdict: Un&reviewed"), ["0"], _tr("Clear the claim verdict")),
        }
        self.attribution_verdicts = {
            "confirmed": a(_tr("Attribution: &Confirmed"), ["Shift+1"],
                           _tr("The claim was really said by its source")),
            "misattributed": a(_tr("Attribution: &Misattributed"), ["Shift+2"],
                               _tr("The source did not say it")),
            "not_found": a(_tr("Attribution: Source &not found"), ["Shift+3"],
                           _tr("The cited source could not be found")),
        }
        # Chain
        self.confirm_chain = a(_tr("&Confirm chain"), ["C"], _tr("Mark every hop of the chain as checked"))
        self.add_hop = a(_tr("&Add hop…"), ["A"], _tr("Add a source at the inner end of the chain"))
        self.replace_hop = a(_tr("&Replace hop source…"), ["R"], _tr("Pick another source for the selected hop"))
        self.hop_outward = a(_tr("Move hop &outward"), ["["], _tr("Move the selected hop one step outward"))
        self.hop_inward = a(_tr("Move hop &inward"), ["]"], _tr("Move the selected hop one step inward"))
        self.remove_hop = a(_tr("Remo&ve hop"), ["Shift+Delete"], _tr("Remove the selected hop from the chain"))
        self.add_proposed_outlet = a(_tr("Add new &outlet to catalog"), ["O"],
                                     _tr("Add the outlet the hop names, missing from the catalog, to the catalog"))
        self.import_source_article = a(_tr("&Import this source's article…"), ["I"],
                                       _tr("Import the article of the selected hop's outlet (or the first outlet "
                                           "not found yet) and verify the chain against it"))
        self.accept_suggestion = a(_tr("Accept suggested attrib&ution"), ["V"],
                                   _tr("Set the attribution verdict the chain's verification suggests"))
        # Claim span
        self.new_claim = a(_tr("New claim from &selection"), ["N"], _tr("Make the selected text a new claim"))
        self.extend_claim = a(_tr("&Extend claim to selection"), ["E"],
                              _tr("Stretch the current claim over the selected text"))
        self.split_claim = a(_tr("&Split claim at cursor"), ["S"], _tr("Cut the current claim in two at the cursor"))
        self.merge_claim = a(_tr("&Merge with next claim"), ["M"], _tr("Join the current claim and the next one"))
        self.delete_claim = a(_tr("&Delete claim"), ["Delete"], _tr("Delete the current claim (undoable)"))
        # Matches
        self.confirm_match = a(_tr("Confirm &match"), ["Ctrl+Return"], _tr("Confirm the selected match"))
        self.reject_match = a(_tr("Re&ject match"), ["Ctrl+Backspace"], _tr("Reject the selected match"))
        self.open_match = a(_tr("&Go to matched claim"), ["Ctrl+G"], _tr("Open the article of the selected match"))
        # Help
        self.cheat_sheet = a(_tr("&Keyboard shortcuts"), ["F1"], _tr("Every shortcut of the desk"))

    def _make(self, text: str, shortcuts: list[str], tip: str) -> QAction:
        action = make_action(self._window, text, shortcuts, tip)
        self._all.append(action)
        return action

    def all(self) -> list[QAction]:
        return list(self._all)

    def groups(self) -> list[ActionGroup]:
        """The menus of the main window, in order; the cheat sheet is generated from the same list."""
        return [
            ActionGroup(_tr("&File"), (self.import_files, self.paste_article, None, self.print_preview, self.export, None,
                                       self.settings, None, self.quit)),
            ActionGroup(_tr("&Edit"), (self.undo, self.redo, None, self.focus_search, self.catalog, None,
                                       self.edit_article, self.delete_article)),
            ActionGroup(_tr("&Review"), (self.next_claim, self.previous_claim, self.next_unreviewed, None,
                                         *self.claim_verdicts.values(), None, *self.attribution_verdicts.values())),
            ActionGroup(_tr("C&hain"), (self.confirm_chain, self.add_hop, self.replace_hop, self.hop_outward,
                                        self.hop_inward, self.remove_hop, None, self.add_proposed_outlet, None,
                                        self.import_source_article, self.accept_suggestion)),
            ActionGroup(_tr("C&laim"), (self.new_claim, self.extend_claim, self.split_claim, self.merge_claim,
                                        self.delete_claim)),
            ActionGroup(_tr("&Matches"), (self.confirm_match, self.reject_match, self.open_match)),
            ActionGroup(_tr("&View"), (self.claims_browser, self.dashboard)),
            ActionGroup(_tr("He&lp"), (self.cheat_sheet,)),
        ]
