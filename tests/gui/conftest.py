"""GUI test fixtures: the sample article with known claims and chains, and a desk window on a fresh database."""

import contextlib
from dataclasses import dataclass

import pytest

from workbench.resources import SAMPLES_DIR

SAMPLE = SAMPLES_DIR / "ar-mosul-corridor.txt"
MAJOR = "رائد بالقوات العراقية الخاصة"
QUOTE = "سوف نسعى لإعطائهم (داعش) الفرصة للهرب إلى سوريا"


@dataclass(frozen=True)
class Desk:
    """The ids a test needs: the sample article and its claims in reading order."""

    article_id: int
    claim_ids: tuple[int, ...]
    sources: dict


def _span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def build_sample_desk(db, monkeypatch) -> Desk:
    """Import the sample article with claims made by hand, so GUI tests do not depend on the extractor.

    Claims: (0) the families report (anonymous reports), (1) the Sun's corridor claim with a wrong
    hop to fix, (2) the major's quote, The Sun → The Washington Post → the major, (3) Yahya Rasool.
    """
    import workbench.usecases.links  # noqa: F401 - installs the claim-index upkeep the matcher reads
    from workbench.extraction.extractor import Extraction
    from workbench.intake import read_document
    from workbench.usecases import articles, chains, claims
    from workbench.usecases.catalog import search as catalog

    text = SAMPLE.read_text(encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(articles, "extract", lambda _text, catalog=None, progress=None: Extraction("ar", (), ()))
        article_id = articles.import_document(db, read_document(SAMPLE)).article_id
    sun = catalog.search_sources(db, "The Sun", limit=1)[0].source.id
    post = catalog.search_sources(db, "Washington Post", limit=1)[0].source.id
    major = chains.new_source(db, kind="person", role=MAJOR)
    reports = chains.new_source(db, kind="anonymous", role="تقارير إعلامية")
    spans = [
        _span(text, "أكثر من 25 عائلة تابعة لمسلحو التنظيم وصلت إلى مدينة \"مركدة\""),
        _span(text, "أن الآلية التى تتحرك بها القوات العراقية فى معارك تحرير الموصل، تسمح بوجود ممرات آمنة"),
        _span(text, QUOTE),
        _span(text, "على الرغم من ترك الجانب الغربى مفتوحًا"),
    ]
    ids = [claims.create_claim(db, article_id, start, end).id for start, end in spans]
    chains.insert_hop(db, ids[0], reports)
    chains.insert_hop(db, ids[1], post)  # wrong on purpose: the reviewer replaces it with The Sun
    for source in (sun, post, major):
        chains.insert_hop(db, ids[2], source)
    chains.insert_hop(db, ids[3], sun)
    chains.set_hop_confirmed(db, ids[2], None, False)
    return Desk(article_id, tuple(ids), {"sun": sun, "post": post, "major": major})


@pytest.fixture
def sample_desk(db, monkeypatch) -> Desk:
    return build_sample_desk(db, monkeypatch)


def _new_desk(qtbot, db, tmp_path, *, language: str = "en", settings=None):
    from PySide6.QtCore import QSettings

    from ui.app import article_font, setup_application
    from ui.main_window import MainWindow
    from workbench.usecases.sessions import start_session

    setup_application([], language=language)
    actor = start_session(db, "Test Reviewer")
    qsettings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    desk = MainWindow(db, actor=actor, settings=settings, qsettings=qsettings, text_font=article_font(),
                      show_session_summary=False)
    qtbot.addWidget(desk)
    return desk


@pytest.fixture
def window(qtbot, db, sample_desk, tmp_path):
    """The desk's main window on the sample database, with a reviewer session, shown offscreen."""
    desk = _new_desk(qtbot, db, tmp_path)
    desk.resize(1400, 900)
    desk.show()
    qtbot.waitExposed(desk)
    yield desk
    desk.runner.shutdown()


def start_desk(qtbot, db, tmp_path, *, screen: tuple[int, int] | None = None, **options):
    """The desk as `make run` leaves it after the first run: shown, the article reopened, the keyboard where
    the app puts it. Tests press keys on whatever has focus, as a reviewer's keyboard does. SCREEN (width,
    height) is the screen's free area the desk opens on (the offscreen screen is 800 × 800)."""
    from unittest import mock

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from ui.app import show_desk

    desk = _new_desk(qtbot, db, tmp_path, **options)
    room = QRect(0, 0, *screen) if screen else None
    with mock.patch.object(QScreen, "availableGeometry", return_value=room) if room else contextlib.nullcontext():
        show_desk(desk)
        qtbot.waitExposed(desk)
        qtbot.wait(20)  # the first layout, made once the window has its size
    qtbot.waitUntil(desk.isActiveWindow)
    return desk


@pytest.fixture
def started_desk(qtbot, db, sample_desk, tmp_path):
    desk = start_desk(qtbot, db, tmp_path)
    yield desk
    desk.runner.shutdown()


@pytest.fixture
def arabic_desk(qtbot, db, sample_desk, tmp_path):
    """The started desk in the Arabic UI, mirrored."""
    from ui.app import setup_application

    desk = start_desk(qtbot, db, tmp_path, language="ar")
    yield desk
    desk.runner.shutdown()
    setup_application([], language="en")
