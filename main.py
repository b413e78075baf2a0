"""Isnad's entry point: `python main.py` opens the desktop app; `python main.py COMMAND` runs the CLI."""

import sys

from cli import build_parser, run_command


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.launch import launch_gui

        return launch_gui(db_location=args.db, debug=args.debug)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
