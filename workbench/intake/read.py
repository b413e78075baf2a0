"""The one intake path the CLI `import` and the GUI share: a file, bytes or pasted text to a Document."""

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from os import PathLike
from pathlib import Path
from typing import BinaryIO

from workbench.errors import InputRefused
from workbench.intake.decode import as_stored, decode
from workbench.intake.document import Document, IntakeLimits, title_from_text
from workbench.intake.docx import read_docx
from workbench.intake.files import open_regular_file, read_at_most, regular_file_size
from workbench.intake.html import read_html
from workbench.intake.limits import check_size, check_text, too_large
from workbench.intake.markdown import read_markdown
from workbench.intake.messages import human_size, one_line
from workbench.intake.sniff import sniff_format

DEFAULT_LIMITS = IntakeLimits()


def read_document(path: str | PathLike[str], *, limits: IntakeLimits = DEFAULT_LIMITS) -> Document:
    """The Document in the file at `path`, or InputRefused; an oversized file is refused unread."""
    path = Path(path)
    check_size(regular_file_size(path), limits)  # an oversized file is refused without opening it
    with open_regular_file(path) as file:
        check_size(os.fstat(file.fileno()).st_size, limits)
        try:
            # One byte past the limit, so that a file that grew since it was measured is still caught.
            data = read_at_most(file, limits.max_bytes)
        except OSError as error:
            raise InputRefused(f"cannot read the file: {error.strerror or one_line(error)}") from error
    return document_from_bytes(data, name=path.name, limits=limits)


def document_from_stream(stream: BinaryIO, *, name: str, limits: IntakeLimits = DEFAULT_LIMITS) -> Document:
    """The Document in a stream of bytes (standard input), read no further than one byte past the limit."""
    try:
        data = read_at_most(stream, limits.max_bytes)
    except OSError as error:
        raise InputRefused(f"cannot read {name}: {error.strerror or one_line(error)}") from error
    if len(data) > limits.max_bytes:  # how much more there was is never read
        raise too_large(f"{name} holds more than {human_size(limits.max_bytes)}", limits)
    return document_from_bytes(data, name=name, limits=limits)


def document_from_bytes(data: bytes, *, name: str, limits: IntakeLimits = DEFAULT_LIMITS) -> Document:
    """The Document in the bytes of a file called `name` (its extension is a hint), or InputRefused."""
    check_size(len(data), limits)
    file_format = sniff_format(data, name)
    if file_format == "docx":
        document = read_docx(data, limits)
    elif file_format == "html":
        document = read_html(data)
    else:
        text, encoding = decode(data)
        if file_format == "md":
            check_text(text, limits)  # a giant line is refused before the Markdown parser sees it
            document = read_markdown(text, encoding=encoding)
        else:
            document = _plain(text, title=None, file_format="txt", encoding=encoding)
    check_text(document.text, limits)
    return replace(document, source_name=name)


def document_from_text(
    text: str, *, title: str | None = None, limits: IntakeLimits = DEFAULT_LIMITS
) -> Document:
    """The Document for text pasted by the reviewer, or InputRefused."""
    # Every character takes at least one byte, so a paste longer than the limit is refused
    # without encoding it.
    check_size(len(text), limits)
    check_size(len(text.encode("utf-8", "surrogatepass")), limits)
    stored = as_stored(text)
    check_text(stored, limits)
    return _plain(stored, title=title, file_format="paste", encoding=None)


def iter_documents(
    paths: Iterable[str | PathLike[str]], *, limits: IntakeLimits = DEFAULT_LIMITS
) -> Iterator[tuple[Path, Document | InputRefused]]:
    """Each path with its Document or the reason it was refused, reading one file at a time."""
    for raw_path in paths:
        path = Path(raw_path)
        result: Document | InputRefused
        try:
            result = read_document(path, limits=limits)
        except InputRefused as refusal:
            result = refusal
        yield path, result


def _plain(text: str, *, title: str | None, file_format: str, encoding: str | None) -> Document:
    return Document(
        text=text,
        title=(title or "").strip() or title_from_text(text),
        format=file_format,
        encoding=encoding,
        url=None,
        published=None,
        site_name=None,
        source_name=None,
    )
