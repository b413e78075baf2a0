"""`migrate-to` at desk scale: 2,000 articles / 100,000 claims from SQLite into an empty PostgreSQL database.

Prints the time of the copy and every table's count on both sides. Needs a server: the URL of a database
it may create and drop others on, e.g. `.venv/bin/python -m bench.bench_migrate_to "$(bash .ci/postgres-up)"`.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from bench.bench_gui import build_database
from workbench.matching.upkeep import reindex
from workbench.storage.database import open_database
from workbench.usecases.claims import set_claim_verdict
from workbench.usecases.history import record_event
from workbench.usecases.migrate_to import migrate_to
from workbench.usecases.sessions import start_session


def reviewed_source(path: Path, *, verdicts: int) -> None:
    """bench_gui's database with what its bulk inserts skip: each article's import record, verdicts set
    through the history (so it replays), and the search index."""
    build_database(path)
    db = open_database(path)
    try:
        with db.writing() as session:  # bench_gui writes verdicts without history; these come with it
            session.execute(text("UPDATE claim SET claim_verdict = 'unreviewed'"))
            for article_id, sha in session.execute(text("SELECT id, sha256 FROM article ORDER BY id")).all():
                record_event(session, entity="article", field="imported", new=sha, article_id=article_id,
                             entity_id=article_id)
        reindex(db)
        actor = start_session(db, "Layla")
        for claim_id in range(1, 100_001, 100_000 // verdicts):
            set_claim_verdict(db, claim_id, "false" if claim_id % 2 else "verified", actor=actor)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("server_url", help="a PostgreSQL URL on the server to use (its database is not touched)")
    parser.add_argument("--verdicts", type=int, default=1000, help="claims given a verdict before the move")
    args = parser.parse_args()
    admin = create_engine(make_url(args.server_url), isolation_level="AUTOCOMMIT")
    name = f"isnad_bench_migrate_{int(time.time())}"
    with tempfile.TemporaryDirectory(prefix="isnad-migrate-") as folder:
        source_path = Path(folder) / "desk.sqlite"
        started = time.monotonic()
        reviewed_source(source_path, verdicts=args.verdicts)
        print(f"built the SQLite desk in {time.monotonic() - started:.1f} s")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            source = open_database(source_path)
            started = time.monotonic()
            outcome = migrate_to(source, make_url(args.server_url).set(database=name).render_as_string(False))
            seconds = time.monotonic() - started
            source.close()
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print(f"migrate-to: {seconds:.1f} s (copy, index rebuild and check)")
    for count in outcome.counts:
        print(f"  {count.table:<16} {count.source:>9,} here  {count.target:>9,} there"
              f"{'' if count.source == count.target else '  DIFFERENT'}")
    print(f"  history replays to the same verdicts: {outcome.replay_equal}")
    for problem in outcome.problems:
        print(f"  check: {problem}")
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
