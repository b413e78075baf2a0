"""Rotating daily backups: at most one automatic copy a day beside the database, the newest N kept."""

from datetime import date
from pathlib import Path

from workbench.storage.backups import backups_dir, copy_database

DAILY_MARK = "-daily-"


def daily_backups(db) -> list[Path]:
    """The automatic daily copies of db, oldest first (their names sort by date)."""
    folder = backups_dir(db)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db.path.stem}{DAILY_MARK}????-??-??.sqlite"))


def rotate_daily_backup(db, *, keep: int, today: date | None = None) -> Path | None:
    """Make today's backup if there is none yet, then delete all but the newest `keep`.

    Returns the new copy's path, or None when today's exists already, `keep` is 0 (backups off) or
    the database is not a SQLite file. The copy is written under a temporary name and renamed, so a
    crash mid-copy never leaves a half file that counts as today's backup.
    """
    if keep < 0:
        raise ValueError("keep must be 0 (no daily backups) or more")
    if keep == 0 or db.path is None:
        return None
    today = today or date.today()
    folder = backups_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db.path.stem}{DAILY_MARK}{today.isoformat()}.sqlite"
    made = None
    if not target.exists():
        copy_database(db, target)  # per-process temporary name, renamed: two app instances never clobber
        made = target
    for old in daily_backups(db)[:-keep]:
        old.unlink(missing_ok=True)
    return made
