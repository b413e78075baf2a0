"""Before `make run` opens the desk: the system libraries Qt's X11 platform plugin needs, and the one
`apt-get install` line for those missing (Debian and Ubuntu name each package after the library's soname)."""

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ldd could not find, e.g. ["libxcb-icccm.so.4"]."""
    return sorted({m.group(1) for m in re.finditer(r"^\s*(\S+)\s+=>\s+not found", ldd_output, re.MULTILINE)})


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4, libxkbcommon-x11.so.0 → libxkbcommon-x11-0 (Debian's naming rule)."""
    name, _, version = soname.partition(".so")
    major = version.lstrip(".").split(".")[0]
    name = name.lower()
    return f"{name}-{major}" if name[-1].isdigit() and major else f"{name}{major}"


def install_line(ldd_output: str) -> str | None:
    packages = sorted({debian_package(soname) for soname in missing_libraries(ldd_output)})
    return f"sudo apt-get install {' '.join(packages)}" if packages else None


def main() -> int:
    plugin = xcb_plugin()
    if not sys.platform.startswith("linux") or plugin is None or not os.environ.get("DISPLAY"):
        return 0  # no X11 display: main.py explains that in its own one line
    try:
        output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    except OSError:
        return 0  # no ldd: let Qt say what it misses
    line = install_line(output)
    if line is None:
        return 0
    print("error: the desk needs system libraries that are missing "
          f"({', '.join(missing_libraries(output))}); install them with:\n  {line}", file=sys.stderr)
    return 4


if __name__ == "__main__":
    sys.exit(main())
