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
        (r"not a regular file: (.+)", _tr("not a regular file: %1")),
        (r"could not read the page: (.+)", _tr("could not read the page: %1")),
        # The storage failures of workbench/storage/failures.py.
        (r"cannot use (.+?): (.+); nothing was saved", _tr("cannot use %1: %2; nothing was saved")),
        (r"(.+); nothing was saved", _tr("%1; nothing was saved")),
    )


def _kinds() -> dict[str, str]:
    return {"a PDF file": _tr("a PDF file"), "a zip archive": _tr("a zip archive"),
            "an RTF document": _tr("an RTF document"), "an executable program": _tr("an executable program"),
            "an old Word .doc or other Office file": _tr("an old Word .doc or other Office file"),
            "a PNG image": _tr("a PNG image"), "a JPEG image": _tr("a JPEG image"),
            # What is in a file's place (workbench/intake/files.py).
            "a folder": _tr("a folder"), "a named pipe (FIFO)": _tr("a named pipe (FIFO)"),
            "a device": _tr("a device"), "a socket": _tr("a socket"), "not a file": _tr("not a file"),
            # Why storing failed (workbench/storage/failures.py).
            "the database is read-only (its file, folder or disk cannot be written)":
                _tr("the database is read-only (its file, folder or disk cannot be written)"),
            "the disk failed to read or write the database": _tr("the disk failed to read or write the database"),
            "the database file is damaged; run `python main.py check`, then restore a backup":
                _tr("the database file is damaged; run `python main.py check`, then restore a backup"),
            "the disk is full": _tr("the disk is full"),
            "the database file cannot be opened (a missing folder, a folder in its place, or no permission)":
                _tr("the database file cannot be opened (a missing folder, a folder in its place, or no permission)"),
            "the database file cannot be read or written: no permission":
                _tr("the database file cannot be read or written: no permission"),
            "the file is not a database (not SQLite); choose another --db":
                _tr("the file is not a database (not SQLite); choose another --db"),
            "the database server's disk is full": _tr("the database server's disk is full"),
            "the database server is out of memory": _tr("the database server is out of memory"),
            "the database server only allows reading (a read-only transaction or a standby)":
                _tr("the database server only allows reading (a read-only transaction or a standby)"),
            "the database user lacks the permission for this":
                _tr("the database user lacks the permission for this"),
            "the disk quota is used up": _tr("the disk quota is used up"),
            "the disk is read-only": _tr("the disk is read-only"),
            "no permission": _tr("no permission"),
            "it is a folder, not a file": _tr("it is a folder, not a file"),
            "its folder does not exist": _tr("its folder does not exist"),
            "a part of its path is a file, not a folder": _tr("a part of its path is a file, not a folder"),
            "the disk failed": _tr("the disk failed")}


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
