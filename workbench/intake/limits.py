"""Checks every intake path applies: size before reading, then emptiness, NULs and line length of the text."""

import re

from workbench.errors import InputRefused
from workbench.intake.document import IntakeLimits
from workbench.intake.messages import human_size

EMPTY = "empty: no text to import"
_SURROGATE = re.compile(r"[\ud800-\udfff]")


# The end of a size refusal: where the limit is raised is each front's to say (--max-mb, the Settings dialog).
RAISE_THE_LIMIT = "(raise the import size limit to import it)"


def too_large(what: str, limits: IntakeLimits) -> InputRefused:
    """The refusal of an input over `limits.max_bytes`; `what` says how big it is ('3.2 MB')."""
    return InputRefused(f"too large: {what}, over the {human_size(limits.max_bytes)} import limit {RAISE_THE_LIMIT}")


def check_size(n_bytes: int, limits: IntakeLimits) -> None:
    """Refuse an input over `limits.max_bytes`, naming both sizes and that the limit can be raised."""
    if n_bytes > limits.max_bytes:
        raise too_large(human_size(n_bytes), limits)


def check_text(text: str, limits: IntakeLimits, *, empty_message: str = EMPTY) -> None:
    """Refuse text Isnad cannot store or show: empty, with NULs or lone surrogates, or with a giant line."""
    if not text or text.isspace():
        raise InputRefused(empty_message)
    if "\x00" in text:
        raise InputRefused("contains NUL bytes: binary or corrupt")
    # Lone surrogates cannot be encoded as UTF-8, so SQLite and Qt could not hold the text.
    if _SURROGATE.search(text):
        raise InputRefused("contains unpaired surrogate characters: not valid Unicode text")
    _check_line_lengths(text, limits.max_line_chars)


def _check_line_lengths(text: str, max_line_chars: int) -> None:
    if len(text) <= max_line_chars:
        return  # no line can be longer than the whole text
    # Walk with find() rather than split(): splitting a file of millions of short lines would
    # allocate one string object per line just to measure them.
    start = 0
    line_number = 1
    while start <= len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        if end - start > max_line_chars:
            raise InputRefused(
                f"line {line_number} is {end - start:,} characters long, over the limit of "
                f"{max_line_chars:,} (IntakeLimits.max_line_chars): not article text"
            )
        start = end + 1
        line_number += 1
