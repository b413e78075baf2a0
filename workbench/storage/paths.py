"""Where Isnad keeps its database by default, and how a --db argument becomes a SQLAlchemy URL."""

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Isnad"


def default_database_path() -> Path:
    """The SQLite file in the user's data folder (created on first use)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "isnad.sqlite"


def database_url(location: str | Path | None) -> str:
    """A SQLAlchemy URL for a path, a URL, or None (the default file)."""
    if location is None:
        location = default_database_path()
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"
