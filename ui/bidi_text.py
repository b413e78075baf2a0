"""Bidi isolates for names and titles set inside a sentence of the other direction (an Arabic title in an
English message), so their words and the punctuation around them keep their places."""

FIRST_STRONG_ISOLATE, LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE = "\u2068", "\u2066", "\u2069"


def isolate(text: str) -> str:
    """text as one unit laid out in its own direction (first strong character), e.g. a title in a message."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}" if text else text


def left_to_right(text: str) -> str:
    """text kept left to right in a mirrored UI: key names such as "Shift+2" or "[" (never mirrored to "]")."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_ISOLATE}" if text else text
