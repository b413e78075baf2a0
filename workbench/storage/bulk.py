"""Bulk inserts for an action that stores thousands of rows at once (an imported article's claims and hops):
one executemany per table, in the caller's write transaction, without the ORM's per-object bookkeeping."""

import sqlite3
from collections.abc import Mapping, Sequence

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, *, columns: Sequence[str], rows: Sequence[tuple],
                same: Mapping[str, object] | None = None, ids: bool = False) -> list[int]:
    """Insert a row per tuple of `rows` (the values of `columns`, in that order), each row also holding
    `same` (column → one value for every row); returns the new ids in row order when `ids`, else [].

    Values are what the ORM takes (a list for a JSON column, a datetime, a bool), converted as it would.
    """
    same = dict(same or {})
    if not rows:
        return []
    conn = session.connection()
    given = {*columns, *same}
    for column in table.columns:  # what the ORM would fill in, once for all rows (one time for the batch)
        if column.name not in given and column.default is not None and not column.primary_key:
            same[column.name] = column.default.arg if column.default.is_scalar else column.default.arg(None)
    if conn.dialect.name != "sqlite":
        statement = insert(table)
        if ids:
            statement = statement.returning(table.c.id, sort_by_parameter_order=True)
        result = session.execute(statement, [{**same, **dict(zip(columns, row, strict=True))} for row in rows])
        return [row[0] for row in result] if ids else []
    # The driver adapts each value of each row it binds; a datetime's adapter is Python, and at a call per row
    # for every shared created_at it was a tenth of storing a claim. Adapted once here, as the driver would.
    shared = tuple(sqlite3.adapt(value, sqlite3.PrepareProtocol, value)
                   for value in (_stored(table, conn.dialect, name, [value])[0] for name, value in same.items()))
    values = list(zip(*(_stored(table, conn.dialect, name, column)
                        for name, column in zip(columns, zip(*rows, strict=True), strict=True)), strict=True))
    names = [*columns, *same]
    new_ids: list[int] = []
    if ids:  # under BEGIN IMMEDIATE nobody else writes, so the ids can be handed out here: no RETURNING
        first = (conn.exec_driver_sql(f"SELECT max(id) FROM {table.name}").scalar() or 0) + 1
        new_ids = list(range(first, first + len(rows)))
        names.insert(0, "id")
        values = [(new_id, *row) for new_id, row in zip(new_ids, values, strict=True)]
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    cursor = conn.connection.driver_connection.cursor()
    cursor.executemany(f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})", [(*row, *shared) for row in values])
    return new_ids


def _stored(table: Table, dialect, name: str, values: Sequence) -> Sequence:
    """One column's values as SQLAlchemy would bind them (JSON text, 0/1, the datetime's text)."""
    process = table.c[name].type.bind_processor(dialect)
    return values if process is None else [process(value) for value in values]
