"""PostgreSQL-only connection settings: one writer at a time through an advisory lock, snapshot reads.

The core's write transactions assume what SQLite's BEGIN IMMEDIATE gives them: no other writer commits
between their first read and their commit. On PostgreSQL every write transaction first takes one
transaction-level advisory lock (released by the server at commit or rollback, also when a client dies),
so the same code is just as safe with a team on one server. Readers never wait for it.
"""

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from workbench.errors import IsnadError

# Any constant that no other application on the server uses for pg_advisory_xact_lock: "isnad" in ASCII.
WRITE_LOCK_KEY = 0x6973_6E61_64


def tune_postgres_engine(engine: Engine) -> None:
    """Make every write transaction on engine take the database's write lock first."""

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if connection.get_execution_options().get("isnad_write", False):
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": WRITE_LOCK_KEY})


def reader_options() -> dict:
    """Execution options for read sessions: one snapshot for the whole action, as SQLite readers have."""
    return {"isolation_level": "REPEATABLE READ"}


def check_reachable(engine: Engine) -> None:
    """Connect once, so an unreachable server or a missing database is one line for the user, not a traceback."""
    try:
        engine.connect().close()
    except OperationalError as error:
        reason = str(error.orig if error.orig is not None else error).strip().splitlines()[0]
        reason = reason.rsplit("FATAL:", 1)[-1].strip()  # the server's own reason, when it gave one
        url = engine.url.render_as_string(hide_password=True)
        raise IsnadError(f"cannot open the PostgreSQL database {url}: {reason}") from None
