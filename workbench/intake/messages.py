"""Pieces of one-line refusal messages: readable sizes and library error text squeezed onto one line."""

import re

_WHITESPACE = re.compile(r"\s+")
_MAX_DETAIL_CHARS = 160


def human_size(n_bytes: int) -> str:
    """`n_bytes` as the reviewer would say it: '512 bytes', '3.4 KB', '200.0 MB'."""
    if n_bytes < 1024:
        return f"{n_bytes} bytes"
    if n_bytes < 1024 * 1024:
        return f"{n_bytes / 1024:.1f} KB"
    return f"{n_bytes / (1024 * 1024):.1f} MB"


def one_line(detail: object) -> str:
    """A library's error text on one short line; their messages may span lines or quote whole inputs."""
    text = _WHITESPACE.sub(" ", str(detail)).strip()
    if len(text) > _MAX_DETAIL_CHARS:
        text = text[: _MAX_DETAIL_CHARS - 1] + "…"
    return text
