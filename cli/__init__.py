"""Isnad's command line: argparse subcommands, each a thin call into the core's use cases."""

import argparse
import importlib
import sys

from workbench.errors import IsnadError

# Each module holds one group of subcommands and exposes register(subparsers); a subparser sets
# `run` (a function of the parsed args returning an exit code) with set_defaults.
COMMAND_MODULES = [
    "cli.cmd_import",
    "cli.cmd_articles",
    "cli.cmd_outlets",
    "cli.cmd_claims",
    "cli.cmd_review",
    "cli.cmd_extract",
    "cli.cmd_match",
    "cli.cmd_verify",
    "cli.cmd_report",
    "cli.cmd_maintenance",
    "cli.cmd_migrate_to",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Isnad: claims and their attribution chains. With no command, opens the desktop app.",
    )
    parser.add_argument("--db", metavar="DB", help="database file or SQLAlchemy URL (default: your data folder)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; every user-facing error is one line on stderr and a non-zero exit."""
    try:
        return args.run(args)
    except IsnadError as error:
        if args.debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: work finished so far is saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
