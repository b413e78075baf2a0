"""Why an input was refused, in the UI language: the core's one-line reasons matched by their shape and said
again through the translator (the core stays Qt-free and English for the command line)."""

import re

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Refusals", text)


def _reasons() -> tuple[tuple[str, str], ...]:
    """(the core's wording as a pattern, what the reviewer reads, %1 %2 … for the captured parts)."""
    return (
        (r"too large: (.+?), over the (.+?) import limit .*",
         _tr("too large: %1, over the %2 import limit of this desk")),
        (r"empty: no text to import", _tr("empty: no text to import")),
        (r"not text: looks like binary data", _tr("not text: looks like binary data")),
        (r"contains NUL bytes: binary or corrupt", _tr("contains NUL bytes: binary or corrupt")),
        (r"contains unpaired surrogate characters: not valid Unicode text",
         _tr("contains unpaired surrogate characters: not valid Unicode text")),
        (r"line (\S+) is (\S+) characters long, over the limit of (\S+) .*",
         _tr("line %1 is %2 characters long, over the limit of %3: not article text")),
        (r"looks like (.+?)(?: renamed \S+)?; Isnad imports ([^(]+?)(?: \(.*\))?",
         _tr("looks like %1; Isnad imports %2")),
        (r"named \.docx but is not a Word document.*", _tr("named .docx but is not a Word document")),
        (r"not a readable Word document.*", _tr("not a readable Word document")),
        (r"cannot read the file: (.+)", _tr("cannot read the file: %1")),
        (r"not a regular file", _tr("not a regular file")),
        (r"could not read the page: (.+)", _tr("could not read the page: %1")),
    )


def _kinds() -> dict[str, str]:
    return {"a PDF file": _tr("a PDF file"), "a zip archive": _tr("a zip archive"),
            "an RTF document": _tr("an RTF document"), "an executable program": _tr("an executable program"),
            "an old Word .doc or other Office file": _tr("an old Word .doc or other Office file"),
            "a PNG image": _tr("a PNG image"), "a JPEG image": _tr("a JPEG image")}


def refusal_text(reason: str) -> str:
    """The reason in the UI language; a reason of unknown shape is shown as the core gave it."""
    kinds = _kinds()
    for pattern, text in _reasons():
        match = re.fullmatch(pattern, reason.strip(), re.DOTALL)
        if match:
            for number, part in enumerate(match.groups(), 1):
                text = text.replace(f"%{number}", kinds.get(part, part))
            return text
    return reason
