"""Starting the desk: Qt application, bundled fonts, UI language, database, reviewer session, first-run sample."""

import getpass
import sqlite3
import sys
import time
import traceback

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QProgressDialog

from ui.i18n import UI_LANGUAGES, install_language
from ui.tasks import TaskRunner
from workbench.errors import IsnadError
from workbench.resources import FONTS_DIR, SAMPLES_DIR
from workbench.settings import load_settings, save_settings

ARTICLE_FONT_FAMILIES = ["Noto Naskh Arabic", "Noto Sans"]
UI_FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]

STYLE = """
QMainWindow, QDialog { background: #F6F7F9; }
QMenuBar { background: #FFFFFF; border-bottom: 1px solid #DDE1E6; }
QToolBar#mainToolbar { background: #FFFFFF; border-bottom: 1px solid #DDE1E6; spacing: 4px; padding: 3px 6px; }
QToolBar#mainToolbar QToolButton { padding: 4px 10px; border-radius: 4px; color: #1F2933; }
QToolBar#mainToolbar QToolButton:hover { background: #E8EEF6; }
QSplitter::handle { background: #E4E7EB; }
QTableView, QTreeWidget, QListWidget { background: #FFFFFF; alternate-background-color: #F8FAFC;
    border: 1px solid #DDE1E6; selection-background-color: #CFE3FA; selection-color: #102A43; }
QHeaderView::section { background: #F0F2F5; border: none; border-bottom: 1px solid #DDE1E6;
    padding: 5px 8px; font-weight: 600; color: #3E4C59; }
QLineEdit { padding: 6px 8px; border: 1px solid #C9D1DA; border-radius: 5px; background: #FFFFFF; }
QLineEdit:focus, QPlainTextEdit:focus { border: 1px solid #0072B2; }
QTextEdit#articleReader { background: #FFFFFF; border: 1px solid #DDE1E6; color: #1F2933; }
QWidget#claimInspector { background: #FFFFFF; }
QLabel#panelTitle { font-size: 15px; font-weight: 700; color: #102A43; padding: 2px 0; }
QLabel#sectionTitle { font-size: 11px; font-weight: 700; color: #627D98; letter-spacing: 1px; padding-top: 4px; }
QLabel#claimText { font-size: 17px; color: #102A43; background: #F8FAFC; border: 1px solid #E4E7EB;
    border-radius: 6px; padding: 8px; }
QLabel#hint { color: #627D98; }
QLabel#chainLine { font-size: 14px; font-weight: 600; color: #102A43; }
QLabel#chainArrow { font-size: 18px; color: #829AB1; }
QPushButton#hopChip { background: #F8FAFC; border: 1px solid #C9D1DA; border-radius: 6px; padding: 4px 10px;
    text-align: center; color: #1F2933; }
QPushButton#hopChip:checked { background: #E3EFFB; border-top: 2px solid #0072B2; border-bottom: 2px solid #0072B2; }
QPushButton#verdictButton { background: #FFFFFF; border: 1px solid #C9D1DA; border-radius: 5px; padding: 5px 8px;
    color: #1F2933; }
/* Checked: a thicker border with one pixel less padding and the same font weight, so the text keeps the room
   it had unchecked (a bolder "Unreviewed  0" was clipped). */
QPushButton#verdictButton:checked { background: #E3EFFB; border: 2px solid #0072B2; padding: 4px 7px; color: #102A43; }
QToolButton { padding: 3px 8px; border: 1px solid #C9D1DA; border-radius: 4px; background: #FFFFFF; }
QToolButton:hover { background: #E8EEF6; }
QStatusBar { background: #FFFFFF; border-top: 1px solid #DDE1E6; }
QLabel#progressLabel { font-weight: 700; color: #102A43; padding: 0 10px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def load_fonts() -> list[str]:
    """Register the bundled fonts, so Arabic is shaped the same on every machine; returns their families."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def article_font(point_size: int = 15) -> QFont:
    font = QFont()
    font.setFamilies(ARTICLE_FONT_FAMILIES)
    font.setPointSize(point_size)
    return font


def setup_application(argv: list[str] | None = None, *, language: str = "en") -> QApplication:
    """The QApplication with fonts, style and the UI language installed (reused by tests and the bench)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("Isnad")
    app.setApplicationName("Isnad desk")
    load_fonts()
    ui_font = QFont()
    ui_font.setFamilies(UI_FONT_FAMILIES)
    ui_font.setPointSize(10)
    app.setFont(ui_font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    app._isnad_translator = install_language(app, language)  # kept alive with the app
    return app


def open_database_in_background(runner: TaskRunner, location):
    """Open (and if needed upgrade) the database off the GUI thread, showing a busy dialog if it is slow."""
    from workbench.storage.database import open_database

    outcome: dict = {}
    loop = QEventLoop()
    busy = QProgressDialog(_tr("Opening the database (upgrading it if needed)…"), "", 0, 0)
    busy.setCancelButton(None)
    busy.setMinimumDuration(500)
    busy.setWindowTitle("Isnad")

    def open_and_back_up():
        from workbench.storage.rotation import rotate_daily_backup

        db = open_database(location)
        try:
            rotate_daily_backup(db, keep=load_settings().daily_backups_kept)
        except (OSError, sqlite3.Error, IsnadError) as error:
            # A missed daily copy must not keep the reviewer out of their work; say so and go on.
            print(f"warning: today's automatic backup was not made: {error}", file=sys.stderr)
        return db

    runner.run(open_and_back_up,
               on_finished=lambda db: (outcome.update(db=db), loop.quit()),
               on_failed=lambda error: (outcome.update(error=error), loop.quit()))
    loop.exec()
    busy.reset()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["db"]


def ask_reviewer_name(settings):
    """The reviewer's name, asked once and kept in the shared desk settings."""
    if settings.reviewer_name.strip():
        return settings
    name, ok = QInputDialog.getText(None, _tr("Welcome to Isnad"),
                                    _tr("Your name, as it should appear in the review history:"),
                                    text=getpass.getuser())
    name = name.strip() if ok and name.strip() else getpass.getuser()
    from dataclasses import replace

    settings = replace(settings, reviewer_name=name)
    save_settings(settings)
    return settings


def offer_samples(window) -> None:
    """First run: an empty desk offers the bundled sample articles, imported in one click."""
    samples = sorted(SAMPLES_DIR.glob("*.txt"))
    if window.article_list.model.rowCount() or not samples:
        return
    answer = QMessageBox.question(
        window, _tr("An empty desk"),
        _tr("There are no articles yet. Open the sample article (an Arabic news report whose claims are "
            "attributed through The Sun and The Washington Post) to see the desk at work?"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open)
    if answer == QMessageBox.StandardButton.Open:
        window.import_flow.import_paths([str(p) for p in samples])


def startup_language() -> str:
    """The UI language this start uses: the one last saved in the settings dialog (English if unknown)."""
    language = load_settings().ui_language
    return language if language in UI_LANGUAGES else "en"


def show_desk(window) -> None:
    """Show the desk as the reviewer first sees it: its saved layout, the last article and claim reopened."""
    # 1500 × 920 where the screen has room; on a laptop's smaller screen, all of it (nothing cut off at the right).
    room = window.screen().availableGeometry()
    window.resize(min(1500, room.width()), min(920, room.height()))
    window._restore_layout()
    window.show()
    # Ask for the keyboard: where no window manager hands it over on mapping (a kiosk, a bare X server), the
    # desk would show its focus on the reader while J, K and the digits reached no shortcut.
    window.raise_()
    window.activateWindow()
    window.restore_last_article()


def run_app(*, db_location=None, debug: bool = False) -> int:
    started = time.perf_counter()
    settings = load_settings()
    app = setup_application(language=startup_language())
    if not debug:
        sys.excepthook = _show_unexpected
    runner = TaskRunner(app)
    try:
        db = open_database_in_background(runner, db_location)
    except IsnadError as error:
        QMessageBox.critical(None, "Isnad", str(error))
        return 2
    settings = ask_reviewer_name(settings)
    from ui.main_window import MainWindow
    from workbench.usecases.sessions import start_session

    actor = start_session(db, settings.reviewer_name)
    window = MainWindow(db, actor=actor, settings=settings, runner=runner, qsettings=QSettings(),
                        text_font=article_font())
    show_desk(window)
    if debug:
        print(f"window shown in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    QTimer.singleShot(0, lambda: offer_samples(window))
    code = app.exec()
    db.close()
    return code


def _show_unexpected(kind, value, tb) -> None:
    """A bug must not close the desk silently: say so, keep running (every stored edit is safe)."""
    traceback.print_exception(kind, value, tb)
    if QApplication.instance() is not None and not issubclass(kind, KeyboardInterrupt):
        QMessageBox.critical(None, _tr("Unexpected error"),
                             _tr("Something went wrong: %1\nYour stored edits are safe.").replace("%1", repr(value)))

