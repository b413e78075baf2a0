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
