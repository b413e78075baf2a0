"""Desk settings shared by the GUI and the CLI (a JSON file in the user's config folder).

Window layout and other purely visual preferences live in QSettings on the GUI side; what changes
the core's output (the reviewing organization in ClaimReview, thresholds, limits) lives here.
"""

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from platformdirs import user_config_dir

from workbench.errors import InvalidValue


@dataclass(frozen=True)
class DeskSettings:
    organization_name: str = "Isnad fact-checking desk"
    organization_url: str = ""
    reviewer_name: str = ""
    ui_language: str = "en"
    suggest_threshold: float = 60.0  # = workbench.matching.settings.MatchSettings (chosen from false alarms)
    likely_same_threshold: float = 85.0
    daily_backups_kept: int = 7
    max_import_mb: float = 20.0


def settings_path() -> Path:
    override = os.environ.get("ISNAD_SETTINGS")
    return Path(override) if override else Path(user_config_dir("Isnad", appauthor=False)) / "settings.json"


def load_settings(path: Path | None = None) -> DeskSettings:
    """The saved settings; defaults for anything missing, unreadable or unknown."""
    path = path or settings_path()
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DeskSettings()
    known = {f.name: f.type for f in fields(DeskSettings)}
    values = {k: v for k, v in saved.items() if k in known} if isinstance(saved, dict) else {}
    try:
        return replace(DeskSettings(), **values)
    except TypeError:
        return DeskSettings()


def save_settings(settings: DeskSettings, path: Path | None = None) -> None:
    """Write atomically, so a crash never leaves half a settings file."""
    if not 0 <= settings.suggest_threshold <= settings.likely_same_threshold <= 100:
        raise InvalidValue("thresholds must satisfy 0 ≤ suggested ≤ likely-same ≤ 100")
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
