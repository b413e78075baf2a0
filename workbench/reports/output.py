"""Writing a report file whole or not at all (workbench.atomic_files), failing in one line that says why."""

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from workbench.atomic_files import atomic_file
from workbench.errors import InvalidValue
from workbench.reports.safety import printable_name

T = TypeVar("T")


def write_report_file(path: str | os.PathLike[str], write: Callable[[Path], T]) -> T:
    """Call write(temporary path) and rename the file it wrote to `path`; InvalidValue naming why if not written.

    The temporary file is in the target's folder, so the rename cannot cross file systems and a reader never
    sees half a report; on any failure it is removed and `path` is left as it was.
    """
    target = Path(path)
    shown = printable_name(str(target))
    if target.exists() and not target.is_file():
        raise InvalidValue(f"could not write {shown}: it is a folder or a device, not a file")
    folder = target.parent
    if not folder.is_dir():
        raise InvalidValue(f"could not write {shown}: there is no folder {printable_name(str(folder))}")
    try:
        with atomic_file(target) as temporary:
            temporary.open("xb").close()  # created with the usual permissions, which the rename keeps
            result = write(temporary)
            if temporary.stat().st_size == 0:
                raise InvalidValue(f"could not write {shown}: nothing was written")
    except OSError as error:
        raise InvalidValue(f"could not write {shown}: {error.strerror or error}") from None
    return result


def write_report_text(path: str | os.PathLike[str], content: str | Iterable[str]) -> None:
    """Write a text report (UTF-8, line ends as given) whole or not at all; `content` may come in pieces."""

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as file:
            file.writelines([content] if isinstance(content, str) else content)

    write_report_file(path, write)
