"""Isnad's entry point: `python main.py` opens the desktop app; `python main.py COMMAND` runs the CLI."""

import argparse
import sys


def _gui_options(argv: list[str]) -> argparse.Namespace | None:
    """The options when argv asks for the GUI (no command, no help); None otherwise.

    Checked before the full CLI is built, so opening the app does not import every command's modules.
    """
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--db")
    options.add_argument("--debug", action="store_true")
    known, rest = options.parse_known_args(argv)
    return None if rest else known


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui = _gui_options(argv)
    if gui is not None:
        from ui.launch import launch_gui

        return launch_gui(db_location=gui.db, debug=gui.debug)
    from cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.launch import launch_gui

        return launch_gui(db_location=args.db, debug=args.debug)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
