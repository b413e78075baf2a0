"""Text for terminals, which do not lay out right-to-left scripts: python-bidi reorders it visually."""

from bidi import get_display


def visual(text: str) -> str:
    """text in visual order, line by line, for printing where no bidi layout happens."""
    return "\n".join(get_display(line) for line in text.split("\n"))
