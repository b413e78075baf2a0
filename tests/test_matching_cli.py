"""`claims import`, `match` and `reindex` through main.py, as a desk runs them."""

import json
import subprocess
import sys

from tests.conftest import ROOT


def run(db_path, *args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


ARCHIVE = ("id\ttext\tverdict\n"
           "c-1\tVaccines cause autism in young children, a new study shows.\tFalse\n"
           "c-2\tسيرجي لافروف: روسيا لن تسحب قواتها من الحدود الشمالية قبل نهاية العام\tمضلل\n"
           "c-3\tA shark was photographed swimming on a flooded highway in Houston.\tPants on fire\n")


def test_claims_import_match_and_run(tmp_path):
    db, archive = tmp_path / "x.sqlite", tmp_path / "archive.tsv"
    archive.write_text(ARCHIVE, encoding="utf-8")
    done = run(db, "claims", "import", str(archive))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "claims: 3 imported, 0 already there"
    found = run(db, "match", "سيرغي لافروف قال إن روسيا لن تسحب قواتها من الحدود", "--json", "--top", "2")
    matches = json.loads(found.stdout)
    assert matches[0]["external_ref"] == "c-2" and matches[0]["claim_verdict"] == "misleading"
    assert 0 <= matches[0]["similarity"] <= 100 and matches[0]["level"] in ("suggested", "likely_same")
    text = run(db, "match", "a new study shows vaccines cause autism in young children")
    assert "[c-1]" in text.stdout.splitlines()[0]
    queries = tmp_path / "q.tsv"
    queries.write_text('id\ttext\nq1\t"Study: vaccines cause autism, in ""young"" children"\nq2\tshark on a highway in Houston\n',
                       encoding="utf-8")
    out = tmp_path / "run.txt"
    batch = run(db, "match", "--queries", str(queries), "--top", "5", "--run", str(out))
    assert batch.returncode == 0, batch.stderr
    lines = [line.split() for line in out.read_text().splitlines()]
    assert lines[0][:4] == ["q1", "Q0", "c-1", "1"] and lines[0][5] == "isnad"
    assert ["q2", "Q0", "c-3", "1"] in [line[:4] for line in lines]
    rebuilt = run(db, "reindex")
    assert rebuilt.returncode == 0 and rebuilt.stdout.strip() == "index rebuilt: 3 claims"


def test_cli_errors_are_one_line(tmp_path):
    db, bad = tmp_path / "x.sqlite", tmp_path / "bad.tsv"
    bad.write_text("name\tbody\n", encoding="utf-8")
    refused = run(db, "claims", "import", str(bad))
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "id and text" in refused.stderr
    missing = run(db, "match", "--queries", str(bad))
    assert missing.returncode == 2 and "--run" in missing.stderr


def test_batch_json_gives_each_query_its_matches_with_levels(tmp_path):
    db, archive, queries = tmp_path / "x.sqlite", tmp_path / "archive.tsv", tmp_path / "q.tsv"
    archive.write_text(ARCHIVE, encoding="utf-8")
    assert run(db, "claims", "import", str(archive)).returncode == 0
    queries.write_text("id\ttext\nq1\ta new study shows vaccines cause autism in young children\n"
                       "q2\tسمكة قرش تسبح على طريق سريع غمرته المياه في هيوستن\n", encoding="utf-8")
    done = run(db, "match", "--queries", str(queries), "--top", "2", "--json")
    assert done.returncode == 0, done.stderr
    batch = json.loads(done.stdout)
    assert [q["query_id"] for q in batch] == ["q1", "q2"]
    for query in batch:
        assert 1 <= len(query["matches"]) <= 2
        for match in query["matches"]:
            assert set(match) == {"claim_id", "external_ref", "similarity", "level"}
            assert match["level"] in ("likely_same", "suggested", "below") and 0 <= match["similarity"] <= 100
    assert batch[0]["matches"][0]["external_ref"] == "c-1" and batch[0]["matches"][0]["level"] != "below"
    assert batch[1]["matches"][0]["external_ref"] == "c-3"  # Arabic text, English claim: through the vectors
