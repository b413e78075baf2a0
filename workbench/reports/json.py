"""Reports as JSON: the full report structure, with the derived shares spelled out."""

import dataclasses
import json
from datetime import datetime

from workbench.reports.model import OutletRow, Summary

# Figures the model computes rather than stores; a JSON reader should not have to recompute them.
DERIVED = {
    Summary: ("attributed_share", "anonymous_share"),
    OutletRow: ("reviewed", "disputed_or_false", "disputed_share"),
}


def plain(value):
    """value as JSON-ready dicts, lists and scalars."""
    if dataclasses.is_dataclass(value):
        result = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in DERIVED.get(type(value), ()):
            result[name] = plain(getattr(value, name))
        return {"type": type(value).__name__, **result} if type(value).__name__.endswith("Report") else result
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def report_json(report) -> str:
    """Any report as indented JSON, UTF-8 text kept readable (not \\u-escaped)."""
    return json.dumps(plain(report), ensure_ascii=False, indent=1) + "\n"
