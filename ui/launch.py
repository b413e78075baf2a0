"""Starting the desktop app: check for a display, open the database, show the main window."""

import os
import sys

# Its own exit status, so `make run` can stop quietly after the one-line explanation.
NO_DISPLAY_EXIT = 3


def display_available() -> bool:
    """False on a Linux machine with no X11 or Wayland display and no Qt platform chosen by hand."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_gui(*, db_location: str | None, debug: bool = False) -> int:
    if not display_available():
        print("error: no display found, so the desktop app cannot open; use the command line instead "
              "(python main.py --help, e.g. `python main.py import FILE`, `python main.py articles`)",
              file=sys.stderr)
        return NO_DISPLAY_EXIT
    from ui.app import run_app

    return run_app(db_location=db_location, debug=debug)
