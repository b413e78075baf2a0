"""Writing a file whole or not at all: a temporary name beside the target, renamed over it once complete."""

import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def process_alive(pid: int) -> bool:
    """Whether another process with this id runs (this one's own id counts as not: it has nothing running)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def discard(path: Path) -> None:
    """Remove path if it is there (unlink(missing_ok=True) fails on a read-only disk even when it is not)."""
    if path.exists() or path.is_symlink():
        path.unlink(missing_ok=True)


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary name beside target to write to; renamed to target when the body succeeds, removed if not.

    A kill, a full disk or an error midway leaves nothing at target. The name carries the process id, so two
    processes never write one file, and what a killed one left is removed by the next write of that target.
    """
    for left in target.parent.glob(f".{glob.escape(target.name)}.*{PARTIAL_SUFFIX}"):
        pid = left.name.removesuffix(PARTIAL_SUFFIX).rsplit(".", 1)[-1]
        if pid.isdigit() and not process_alive(int(pid)):
            discard(left)
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    discard(partial)
    try:
        yield partial
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        discard(partial)
