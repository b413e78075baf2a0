"""`migrate-to`: a reviewed SQLite database copied into an empty PostgreSQL one, counts and history replay equal."""

from sqlalchemy import text

from tests.factories import make_article_with_claim
from tests.test_postgres_storage import main_py
from workbench.storage.database import open_database
from workbench.usecases.claims import get_claim, set_claim_verdict
from workbench.usecases.sessions import start_session


def test_a_reviewed_desk_moves_to_postgresql_whole(db_path, empty_postgres_url):
    source = open_database(db_path)
    try:
        claim_id = make_article_with_claim(source)
        other_id = make_article_with_claim(source, "Officials said 40 trucks crossed on Monday.\n")
        actor = start_session(source, "Layla")
        set_claim_verdict(source, claim_id, "false", expected_version=1, actor=actor)
        set_claim_verdict(source, claim_id, "misleading", expected_version=2, actor=actor)
    finally:
        source.close()
    done = main_py(db_path, "migrate-to", empty_postgres_url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL" not in done.stdout and "every count and the history replay are equal" in done.stdout
    target = open_database(empty_postgres_url)
    try:
        moved = get_claim(target, claim_id)
        assert (moved.claim_verdict, moved.version) == ("misleading", 3)
        assert get_claim(target, other_id).claim_verdict == "unreviewed"
        # New rows continue after the copied ids instead of colliding with them.
        new_id = make_article_with_claim(target, "A third article, written on the server.\n")
        assert new_id > max(claim_id, other_id)
        with target.reading() as session:
            reviewers = session.execute(text("SELECT name FROM reviewer")).scalars().all()
        assert reviewers == ["Layla"]
    finally:
        target.close()
    assert main_py(empty_postgres_url, "check").returncode == 0


def test_migrate_to_refuses_a_database_that_holds_tables(db_path, postgres_url):
    open_database(db_path).close()
    done = main_py(db_path, "migrate-to", postgres_url)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "already holds tables" in lines[0] and "createdb" in lines[0], done.stderr
