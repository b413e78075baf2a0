"""Opening an input without hanging or exhausting memory: regular files only, every read bounded by a limit."""

import os
import stat
from typing import BinaryIO

from workbench.errors import InputRefused
from workbench.intake.messages import one_line

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def regular_file_size(path: str | os.PathLike[str]) -> int:
    """The size of the regular file at `path` (symbolic links followed); InputRefused for anything else."""
    try:
        mode_and_size = os.stat(path)
    except OSError as error:
        raise InputRefused(f"cannot read the file: {error.strerror or one_line(error)}") from error
    _check_regular(mode_and_size.st_mode)
    return mode_and_size.st_size


def _check_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a file")
        raise InputRefused(f"not a regular file: {kind}")


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """The file at `path` open for binary reading; InputRefused for anything but a regular file.

    Opened without blocking and then checked on the open descriptor, so a FIFO (or a file swapped for one
    after a check) is refused at once instead of waiting forever for a writer.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputRefused(f"cannot read the file: {error.strerror or one_line(error)}") from error
    try:
        _check_regular(os.fstat(descriptor).st_mode)
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Up to limit + 1 bytes of `stream`: enough to tell that it is over the limit without reading the rest."""
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
