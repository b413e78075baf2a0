"""Moving a desk's database into an empty shared one (SQLite file → PostgreSQL), checked table by table."""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, inspect, select, text

from workbench.errors import IsnadError
from workbench.storage import migrate
from workbench.storage.database import Database, open_database
from workbench.storage.integrity import VERDICT_DEFAULTS, check_database
from workbench.storage.models import Base

BATCH_ROWS = 5_000
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class MigrationOutcome:
    """What migrate_to copied: rows per table on both sides, and whether both histories replay the same."""

    counts: tuple[TableCount, ...]
    replay_equal: bool
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.replay_equal and not self.problems and all(c.source == c.target for c in self.counts)


def migrate_to(source: Database, target_url: str, *, progress: Progress | None = None) -> MigrationOutcome:
    """Copy every row of source into the empty database at target_url, in one transaction there.

    The target gets the current schema first; rows keep their ids (every link between them stays), id
    sequences continue after the copied ids, and the search index is rebuilt from the copied claims. A target
    that already holds tables is refused, and a failure midway leaves it with the schema and no rows.
    """
    target = open_database(target_url, upgrade=False)
    try:
        _refuse_non_empty(target)
        migrate.upgrade_to_head(target)
        tables = Base.metadata.sorted_tables  # parents before children: foreign keys hold at every insert
        total = sum(_count(source, t.name) for t in tables)
        copied = 0
        with target.writing() as session, source.reading() as reading:  # one snapshot of the source
            conn = session.connection()
            for table in tables:
                rows = reading.connection().execution_options(yield_per=BATCH_ROWS).execute(select(table))
                for batch in rows.partitions():
                    conn.execute(table.insert(), [row._asdict() for row in batch])
                    copied += len(batch)
                    if progress:
                        progress(copied, total)
            if not target.is_sqlite:
                _continue_sequences(conn, tables)
        from workbench.matching.upkeep import reindex

        reindex(target)
        counts = tuple(TableCount(t.name, _count(source, t.name), _count(target, t.name)) for t in tables)
        report = check_database(target)
        return MigrationOutcome(counts, _verdicts(source) == _verdicts(target), tuple(report.problems))
    finally:
        target.close()


def _refuse_non_empty(target: Database) -> None:
    with target.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
    if present:
        raise IsnadError(f"{target.url} already holds tables ({', '.join(sorted(present)[:3])}…); migrate-to "
                         "fills an empty database only: create a new one (createdb) and name it")


def _count(db: Database, table: str) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(Base.metadata.tables[table])).scalar()


def _continue_sequences(conn, tables) -> None:
    for table in tables:
        if "id" in table.c and table.c.id.primary_key:
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                              f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _verdicts(db: Database) -> dict[int, tuple[str, ...]]:
    """Each claim's verdicts replayed from its history alone (the claim rows are not read)."""
    replayed: dict[int, dict[str, str]] = {}
    query = text("SELECT claim_id, field, new_value FROM review_event WHERE claim_id IS NOT NULL "
                 "AND field IN ('claim_verdict', 'attribution_verdict') ORDER BY claim_id, id")
    with db.reading() as session:
        for claim_id, field, value in session.execute(query):
            replayed.setdefault(claim_id, dict(VERDICT_DEFAULTS))[field] = value
    return {claim_id: tuple(v.values()) for claim_id, v in replayed.items()}
