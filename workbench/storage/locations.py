"""Refusing a --db that cannot be an Isnad database before anything opens it: a folder, a file that is not
SQLite, an unknown kind of URL. Each refusal is one line that names the location."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from workbench.errors import IsnadError

SQLITE_HEADER = b"SQLite format 3\x00"
KNOWN_URL_KINDS = ("sqlite", "postgresql")


def sqlite_file(url: str) -> Path | None:
    """The file a sqlite:/// URL names, read as SQLAlchemy reads it (a file: URI with uri=true gives its path);
    None for other URLs and in-memory databases."""
    if not url.startswith("sqlite:///"):
        return None
    parsed = make_url(url)
    name = parsed.database or ""
    if parsed.query.get("uri") == "true" and name.startswith("file:"):
        if parsed.query.get("mode") == "memory":
            return None
        name = unquote(urlsplit(name).path)
    return None if name in ("", ":memory:") else Path(name)


def refuse_unusable(url: str, *, foreign_file_ok: bool = False) -> None:
    """Raise IsnadError when url cannot hold an Isnad database; foreign_file_ok lets `check` examine any file."""
    try:
        kind = make_url(url).get_backend_name()
    except ArgumentError:
        raise IsnadError(f"--db {url!r} is neither a file path nor a database URL (sqlite:///FILE or "
                         "postgresql+psycopg://USER@HOST/NAME)") from None
    if kind not in KNOWN_URL_KINDS:
        raise IsnadError(f"--db {url!r}: Isnad works with SQLite files and PostgreSQL, not {kind!r} URLs")
    path = sqlite_file(url)
    if path is None:
        return
    if path.is_dir():
        raise IsnadError(f"--db {path} is a folder; name a database file (a new name makes a new database)")
    if path.exists() and not path.is_file():
        raise IsnadError(f"--db {path} is not a regular file (a device or a pipe); name a database file")
    if not foreign_file_ok and path.is_file() and path.stat().st_size:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise IsnadError(f"--db {path} is not an Isnad database (not a SQLite file); choose another --db")
