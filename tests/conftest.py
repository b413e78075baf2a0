"""Shared fixtures: a fresh temporary database per test, and Qt offscreen for GUI tests."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "isnad.sqlite"


@pytest.fixture
def db(db_path):
    from workbench.storage.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own desk settings file, never the developer's."""
    monkeypatch.setenv("ISNAD_SETTINGS", str(tmp_path / "settings.json"))
