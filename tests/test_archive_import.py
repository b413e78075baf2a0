"""`claims import`: every id kept, verdicts mapped and in the history, bad rows reported, input streamed."""

import os

import pytest
from sqlalchemy import select

from workbench.errors import InputRefused
from workbench.storage.models import Claim, ReviewEvent
from workbench.usecases.archive import import_claims_file, map_verdict
from workbench.usecases.links import find_matches

ROWS = [
    ("snopes-1", "Vaccines cause autism in young children, a new study shows.", "False"),
    ("snopes-2", "A photograph shows a shark swimming on a flooded highway in Houston.", "Pants on Fire"),
    ("misbar-3", "وزير الصحة المصري أعلن إغلاق جميع المدارس حتى نهاية العام الدراسي", "زائف"),
    ("misbar-4", "الحكومة الأردنية قررت فرض حظر تجول شامل يوم الجمعة", "مضلل"),
    ("x-5", "Drinking hot water kills the coronavirus.", "Mostly false"),
    ("x-6", "The moon landing was filmed in a studio.", "Rated: totally bogus"),
    ("x-7", "Water boils at 100 degrees at sea level.", ""),
]


def write_tsv(path, rows, header="id\ttext\tverdict\turl\tdate\ttitle"):
    lines = [header] + [f"{i}\t{t}\t{v}\thttps://example.org/{i}\t2021-01-01\tTitle {i}" for i, t, v in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_id_is_kept_and_indexed(db, tmp_path):
    result = import_claims_file(db, write_tsv(tmp_path / "a.tsv", ROWS))
    assert (result.imported, result.skipped_existing, result.errors) == (7, 0, ())
    with db.reading() as session:
        stored = {c.external_ref: c for c in session.scalars(select(Claim))}
        assert set(stored) == {r[0] for r in ROWS}
        assert {c.origin for c in stored.values()} == {"archive"}
        assert stored["snopes-1"].source_url == "https://example.org/snopes-1"
        assert stored["misbar-3"].language == "ar" and stored["snopes-1"].language == "en"
    assert find_matches(db, "a new study shows that vaccines cause autism in children", min_similarity=0)[0].external_ref == "snopes-1"
    assert find_matches(db, "وزير الصحة المصرى أعلن اغلاق جميع المدارس", min_similarity=0)[0].external_ref == "misbar-3"
    again = import_claims_file(db, write_tsv(tmp_path / "a.tsv", ROWS))
    assert (again.imported, again.skipped_existing) == (0, 7)


def test_verdicts_equal_the_replay_of_history(db, tmp_path):
    import_claims_file(db, write_tsv(tmp_path / "a.tsv", ROWS))
    with db.reading() as session:
        claims = {c.id: c for c in session.scalars(select(Claim))}
        replay = {c: "unreviewed" for c in claims}
        for event in session.scalars(select(ReviewEvent).order_by(ReviewEvent.id)):
            assert (event.entity, event.field, event.old_value, event.note) == (
                "claim", "claim_verdict", "unreviewed", "archive import")
            replay[event.claim_id] = event.new_value
        assert replay == {i: c.claim_verdict for i, c in claims.items()}
        by_ref = {c.external_ref: c for c in claims.values()}
    assert [by_ref[r].claim_verdict for r in ("snopes-1", "snopes-2", "misbar-3", "misbar-4", "x-5", "x-6", "x-7")] == [
        "false", "false", "false", "misleading", "false", "unreviewed", "unreviewed"]
    assert by_ref["x-6"].note == "archive verdict: Rated: totally bogus"


@pytest.mark.parametrize("raw, verdict", [
    ("False", "false"), ("MOSTLY FALSE", "false"), ("pants-on-fire", "false"), ("Misleading", "misleading"),
    ("Mixture", "misleading"), ("True", "verified"), ("صحيح", "verified"), ("زائف", "false"), ("زائفة", "false"),
    ("مضلل", "misleading"), ("Unproven", "unverifiable"), ("disputed", "disputed"), ("", None), ("banana", None),
])
def test_free_text_verdicts(raw, verdict):
    found = map_verdict(raw)
    assert (found.value if found else None) == verdict


def test_bad_rows_are_reported_with_their_line(db, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text('id,text\nok-1,"A claim, with a comma"\n,no id here\nok-2,\nok-1,repeated id\n', encoding="utf-8")
    result = import_claims_file(db, path)
    assert result.imported == 1 and result.skipped_existing == 1
    assert result.errors == ("line 3: no id", "line 4: claim 'ok-2' has no text")


@pytest.mark.parametrize("header", ["ident\ttext", "id\tbody", "text"])
def test_missing_header_is_refused(db, tmp_path, header):
    path = tmp_path / "c.tsv"
    path.write_text(header + "\nx\ty\n", encoding="utf-8")
    with pytest.raises(InputRefused, match="header needs columns id and text"):
        import_claims_file(db, path)


def test_not_utf8_is_refused(db, tmp_path):
    path = tmp_path / "d.tsv"
    path.write_bytes("id\ttext\n1\tقال\n".encode("cp1256"))
    result = import_claims_file(db, path)
    assert result.imported == 0 and result.stopped.startswith("d.tsv line 2 is not UTF-8")
    path.write_bytes("معرف\tنص\n".encode("cp1256"))
    with pytest.raises(InputRefused, match="not UTF-8"):
        import_claims_file(db, path)


def test_import_streams_its_input(db, tmp_path):
    """Rows added to the file after the first batch is stored are still imported: it is read as it is stored."""
    path = tmp_path / "growing.tsv"
    path.write_text("id\ttext\n" + "".join(f"p-{i}\tclaim number {i} about the city council budget\n"
                                           for i in range(1200)), encoding="utf-8")
    seen = []

    def progress(done, total):
        if not seen:
            with path.open("a", encoding="utf-8") as more:
                more.write("".join(f"p-{i}\tclaim number {i} about the city council budget\n"
                                   for i in range(1200, 1235)))
        seen.append(done)

    result = import_claims_file(db, path, batch_size=10, progress=progress)
    assert result.imported == 1235 and seen[0] == 10


def test_generated_rows_at_volume(db, tmp_path):
    path = tmp_path / "big.tsv"
    with path.open("w", encoding="utf-8") as out:
        out.write("id\ttext\tverdict\n")
        for i in range(20_000):
            out.write(f"g-{i}\tgenerated claim {i} about topic {i % 97} and region {i % 13}\t{'False' if i % 2 else ''}\n")
    result = import_claims_file(db, path, batch_size=3000)
    assert result.imported == 20_000
    with db.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM claim_search").scalar() == 20_000
        assert session.connection().exec_driver_sql("SELECT count(*) FROM review_event").scalar() == 10_000


def test_a_batch_larger_than_one_id_lookup_skips_every_stored_id(db, tmp_path):
    rows = [(f"n-{i}", f"claim number {i} about the port of Aden" if i % 2 else f"ميناء عدن رقم {i}", "False")
            for i in range(2_500)]
    import_claims_file(db, write_tsv(tmp_path / "a.tsv", rows[:1_200]), batch_size=5_000)
    again = import_claims_file(db, write_tsv(tmp_path / "b.tsv", rows), batch_size=5_000)
    assert (again.imported, again.skipped_existing) == (1_300, 1_200)
    with db.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM claim_search").scalar() == 2_500


# --- the file's dialect, rows over lines, NULs, and where reading stopped (issue #15, items 3 and 13) ------

def _refs(db) -> dict[str, str]:
    with db.reading() as session:
        return {c.external_ref: c.text for c in session.scalars(select(Claim))}


def test_a_tsv_row_after_an_unclosed_quote_is_kept(db, tmp_path):
    path = tmp_path / "q.tsv"
    path.write_text('id\ttext\tverdict\nc1\t"We will win, he said\tfalse\nc2\tThe bridge fell\ttrue\n'
                    "c3\tRain came in March\tfalse\nc4\tThe dam broke\ttrue\n", encoding="utf-8")
    result = import_claims_file(db, path)
    assert result.imported == 4 and result.errors == ()
    assert _refs(db) == {"c1": '"We will win, he said', "c2": "The bridge fell", "c3": "Rain came in March",
                         "c4": "The dam broke"}


def test_a_tsv_that_quotes_consistently_is_unquoted(db, tmp_path):
    path = tmp_path / "q.tsv"
    path.write_text('id\ttext\n"c1"\t"He said ""no"" twice"\n"c2"\t"Plain"\n', encoding="utf-8")
    import_claims_file(db, path)
    assert _refs(db) == {"c1": 'He said "no" twice', "c2": "Plain"}


def test_csv_rows_over_lines_and_stray_quotes_are_reported_by_line(db, tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('id,text\nx1,"two\nlines"\nx2,"never closed\nx3,plain one\nx4,plain two\n', encoding="utf-8")
    result = import_claims_file(db, path)
    assert _refs(db) == {"x1": "two\nlines", "x2": '"never closed', "x3": "plain one", "x4": "plain two"}
    assert "lines 2-3: one row, its quoted text running over 2 lines" in result.notes
    assert any(n.startswith("line 4: a quote opened on this line is never closed") for n in result.notes)


def test_rows_with_nul_are_refused_and_repeated_ids_named(db, tmp_path):
    path = tmp_path / "n.tsv"
    path.write_text("id\ttext\nn1\tA\x00B\nn2\tfine\nn2\tagain\n", encoding="utf-8")
    result = import_claims_file(db, path)
    assert result.errors == ("line 2: contains a NUL character; refused",)
    assert "line 4: id 'n2' repeats line 3; skipped" in result.notes
    assert _refs(db) == {"n2": "fine"}


def test_bad_utf8_names_its_line_and_every_row_before_it_is_stored(db, tmp_path):
    rows = b"".join(b"u%d\tclaim number %d\n" % (i, i) for i in range(2, 251))  # lines 2-250
    path = tmp_path / "u.tsv"
    path.write_bytes(b"id\ttext\n" + rows + b"bad\t\xff\xfe\nafter\tx\n")
    result = import_claims_file(db, path, batch_size=100)
    assert result.stopped.startswith("u.tsv line 251 is not UTF-8")
    assert result.stopped.endswith("249 claims before it are stored")
    assert result.imported == 249 and len(_refs(db)) == 249 and "after" not in _refs(db)


def test_a_fifo_is_refused(db, tmp_path):
    fifo = tmp_path / "archive.tsv"
    os.mkfifo(fifo)
    with pytest.raises(InputRefused, match="named pipe"):
        import_claims_file(db, fifo)


def test_a_large_cli_import_leaves_vectors_to_the_backfill_and_says_so(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT
    from workbench.storage.database import open_database

    archive, db_path = tmp_path / "archive.tsv", tmp_path / "x.sqlite"
    write_tsv(archive, [(f"c{i}", f"Claim number {i} about the harbour", "False") for i in range(5)])
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "claims", "import",
                           "--inline-vectors", "3", str(archive)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "5 claims left to `claims vectors`" in done.stderr
    db = open_database(db_path)
    with db.reading() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM claim").scalar() == 5
        assert conn.exec_driver_sql("SELECT count(*) FROM claim_vector").scalar() == 0
    found = find_matches(db, "claim number 3 about the harbour", min_similarity=0)
    assert found[0].external_ref == "c3"
    db.close()
