"""SIGKILL a batch import and a review session at random moments: nothing half-written, no reported edit lost."""

import json
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT
from tests.crash_harness import kill_imports, kill_reviews, make_articles

pytestmark = pytest.mark.slow


def assert_survived(figures, kills: int) -> None:
    assert figures.kills == kills, "the children ended before they could be killed"
    assert figures.integrity_failures == 0, figures.problems
    assert figures.history_problems == 0, figures.problems
    assert figures.half_written_articles == 0, figures.problems
    assert figures.edits_lost == 0, figures.problems
    assert figures.user_visible_errors == 0, figures.problems


def test_killed_batch_imports_leave_every_article_complete_or_absent(tmp_path):
    figures = kill_imports(tmp_path, kills=4, files_per_round=5, seed=11)
    assert_survived(figures, 4)
    assert figures.articles_checked > 0


def test_killed_review_sessions_lose_no_reported_edit(tmp_path):
    figures = kill_reviews(tmp_path, kills=4, seed=5)
    assert_survived(figures, 4)
    assert figures.edits_reported > 0
    assert figures.committed_unreported <= figures.kills  # only the edit in flight at each kill


def test_refused_files_leave_nothing_behind(tmp_path):
    good = make_articles(tmp_path / "good", 0, 2)
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 64)
    archive = tmp_path / "renamed.txt"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", "hello")
    empty = tmp_path / "blank.txt"
    empty.write_text(" \n\t\n", encoding="utf-8")
    db_path = tmp_path / "refusals.sqlite"
    files = [good[0], noise, archive, empty, good[1]]
    main = [sys.executable, str(ROOT / "main.py"), "--db", str(db_path)]
    result = subprocess.run([*main, "import", *map(str, files)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    refused = [line for line in result.stderr.splitlines() if line.startswith("refused")]
    assert len(refused) == 3
    assert [name for name in ("noise.txt", "renamed.txt", "blank.txt") if any(name in r for r in refused)] == [
        "noise.txt", "renamed.txt", "blank.txt"]
    listed = json.loads(subprocess.run([*main, "articles", "--json"], capture_output=True, text=True,
                                       timeout=60, check=True).stdout)
    assert len(listed) == 2
    check = subprocess.run([*main, "check"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout


def test_the_harness_notices_a_half_written_article_and_a_lost_edit(tmp_path):
    """The checks above would fail if import or edits were not atomic: here they see real damage."""
    from sqlalchemy import text

    from tests.crash_harness import KillFigures, count_lost, prepare_review_db, reference_shapes, verify
    from workbench.storage.database import connect

    db_path, claim_ids = prepare_review_db(tmp_path, articles=1)
    reference = reference_shapes(make_articles(tmp_path / "review-articles", 900, 1), tmp_path)
    db = connect(f"sqlite:///{db_path}")
    with db.writing() as session:  # an article whose last claim never made it
        session.execute(text("DELETE FROM attribution_hop WHERE claim_id = :id"), {"id": claim_ids[-1]})
        session.execute(text("DELETE FROM claim WHERE id = :id"), {"id": claim_ids[-1]})
    db.close()
    figures = KillFigures()
    verify(db_path, figures, reference)
    assert figures.half_written_articles == 1
    count_lost({claim_ids[0]: [("claim_verdict", "false", 2)]}, db_path, figures)
    assert figures.edits_lost == 1


def assert_nothing_torn(figures, kills: int) -> None:
    assert figures.kills == kills, "the children ended before they could be killed"
    assert figures.torn_files == 0, figures.problems
    assert figures.half_applied == 0, figures.problems
    assert figures.leftovers == 0, figures.problems
    assert_survived(figures, kills)


def test_killed_multi_field_reviews_store_all_fields_or_none(tmp_path):
    from tests.crash_harness import kill_multi_field_reviews

    figures = kill_multi_field_reviews(tmp_path, kills=4, seed=7)
    assert_nothing_torn(figures, 4)
    assert figures.edits_reported > 0


def test_killed_backups_leave_no_torn_file(tmp_path):
    from tests.crash_harness import kill_backups

    assert_nothing_torn(kill_backups(tmp_path, kills=3, seed=8, megabytes=8), 3)


def test_killed_restores_leave_one_whole_database(tmp_path):
    from tests.crash_harness import kill_restores

    assert_nothing_torn(kill_restores(tmp_path, kills=3, seed=9), 3)


def test_a_review_failing_at_its_last_field_stores_none(tmp_path, monkeypatch, capsys):
    """`verdict --claim --attribution --note` is one transaction: a failure on the note keeps the verdicts out."""
    import main as entry
    from tests.factories import make_article_with_claim
    from workbench.storage.database import open_database
    from workbench.usecases import history

    db_path = tmp_path / "one.sqlite"
    db = open_database(db_path)
    claim_id = make_article_with_claim(db)
    db.close()
    real_record = history.record_event

    def full_at_the_note(session, **event):
        if event["field"] == "note":
            raise OSError(28, "No space left on device")
        real_record(session, **event)

    for module in ("workbench.usecases.claims", "workbench.usecases.review"):
        monkeypatch.setattr(f"{module}.record_event", full_at_the_note, raising=False)
    code = entry.main(["--db", str(db_path), "verdict", str(claim_id), "--claim", "false",
                       "--attribution", "misattributed", "--note", "checked"])
    assert code == 2 and "disk is full" in capsys.readouterr().err
    db = open_database(db_path)
    try:
        from workbench.usecases.claims import get_claim

        record = get_claim(db, claim_id)
    finally:
        db.close()
    assert (record.claim_verdict, record.attribution_verdict, record.note, record.version) == (
        "unreviewed", "unchecked", "", 1)


def test_the_harness_notices_a_torn_file_and_a_half_applied_review(tmp_path):
    """The figures above would be non-zero on a torn backup or a review stored in part: shown on real damage."""
    from sqlalchemy import text

    from tests.crash_harness import KillFigures, _count_half_applied, _whole_database, prepare_review_db
    from workbench.storage.database import connect

    db_path, claim_ids = prepare_review_db(tmp_path, articles=1)
    torn = tmp_path / "torn.sqlite"
    torn.write_bytes(db_path.read_bytes()[: db_path.stat().st_size // 2])
    assert _whole_database(db_path) and not _whole_database(torn)
    db = connect(f"sqlite:///{db_path}")
    with db.writing() as session:  # the note of one review with the verdicts of none
        session.execute(text("UPDATE claim SET note = 'review-1-0' WHERE id = :id"), {"id": claim_ids[0]})
    db.close()
    figures = KillFigures()
    _count_half_applied(db_path, {"": (0, "unreviewed", "unchecked"),
                                  "review-1-0": (claim_ids[0], "false", "misattributed")}, figures)
    assert figures.half_applied == 1
