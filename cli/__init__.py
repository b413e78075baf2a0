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


# Exit statuses: a refusal or failure the user can act on, and a bug (reported in one line all the same).
USER_ERROR_EXIT = 2
BUG_EXIT = 70


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; every error is one line on stderr and a non-zero exit (--debug: the traceback)."""
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted: work finished so far is saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        if args.debug:
            raise
        message, code = error_line(error)
        print(f"error: {message}", file=sys.stderr)
        return code


def error_line(error: Exception) -> tuple[str, int]:
    """What the user reads for an error, on one line, and the exit status."""
    from workbench.storage.failures import as_storage_failure

    if isinstance(error, IsnadError):
        return _one_line(str(error)), USER_ERROR_EXIT
    if isinstance(error, OverflowError):
        return f"a number is too large (ids and counts go up to {2**63 - 1}); nothing was saved", USER_ERROR_EXIT
    failure = as_storage_failure(error)
    if failure is not None:
        return _one_line(str(failure)), USER_ERROR_EXIT
    detail = _one_line(str(error)) or "no message"
    return (f"unexpected {type(error).__name__}: {detail[:300]} (a bug in Isnad; run again with --debug for "
            "the traceback)", BUG_EXIT)


def _one_line(text: str) -> str:
    return " ".join(text.split())
