"""Long inputs import correctly, in bulk, with progress per phase and Cancel (not how fast:
bench/bench_import_scaling.py prints that)."""

import pytest
from sqlalchemy import func, select

from tests.conftest import BOTH_BACKENDS
from workbench.intake import document_from_text
from workbench.matching.index import index_for
from workbench.matching.terms import index_terms
from workbench.storage.models import Article, AttributionHop, Claim, ReviewEvent, Source
from workbench.usecases.articles import (
    FINDING_CLAIMS,
    IMPORT_PHASES,
    INDEXING,
    READING,
    STORING,
    ImportCancelled,
    import_document,
    import_files,
)
from workbench.usecases.claims import list_claims

BACKENDS = BOTH_BACKENDS

CUES = "the minister said that officials told reporters that the agency reported that sources claimed that "


def test_a_single_huge_sentence_imports_as_bounded_claims(db):
    text = (CUES * 3000)[:280_000]
    result = import_document(db, document_from_text(text))
    assert result.status == "imported" and result.claims > 50
    with db.reading() as session:
        spans = session.execute(select(Claim.start, Claim.end, Claim.text).where(Claim.article_id == result.article_id))
        for start, end, claim_text in spans:
            assert text[start:end] == claim_text and end - start <= 3000


def test_many_claims_of_one_speaker_share_one_source_and_keep_their_order(db):
    lines = [f"Ahmed Salem, the mayor of Tanta, said that bridge {i} will reopen in May." for i in range(3000)]
    text = "\n".join(lines)
    result = import_document(db, document_from_text(text))
    assert result.claims == 3000  # more than one batch of inserts
    with db.reading() as session:
        claims = session.execute(select(Claim.id, Claim.start, Claim.text).where(Claim.article_id == result.article_id)
                                 .order_by(Claim.id)).all()
        assert [c.id for c in claims] == list(result.claim_ids)
        assert [c.start for c in claims] == sorted(c.start for c in claims)
        assert all(f"bridge {i} " in c.text for i, c in enumerate(claims))
        hops = session.execute(select(AttributionHop.claim_id, AttributionHop.source_id)).all()
        first_chain = [source for claim_id, source in hops if claim_id == claims[0].id]
        assert first_chain and len(hops) == 3000 * len(first_chain)
        # Every claim cites the same speaker: one source row each, not one per claim.
        assert {source for _, source in hops} == set(first_chain)
        assert session.scalar(select(func.count()).select_from(Source).where(Source.id.in_(first_chain))) == len(
            set(first_chain))


def _mayors(count: int, town: str = "Tanta") -> str:
    return "\n".join(f"Ahmed Salem, the mayor of {town}, said that bridge {i} will reopen in May." for i in range(count))


def test_bulk_stored_claims_are_what_the_desk_reads_and_the_index_finds(db):
    result = import_document(db, document_from_text(_mayors(12)))
    claims = list_claims(db, result.article_id)
    assert [c.id for c in claims] == list(result.claim_ids) and len(claims) == 12
    for claim in claims:
        assert claim.claim_verdict == "unreviewed" and claim.attribution_verdict == "unchecked"
        assert claim.language == "en" and claim.version == 1 and claim.note == "" and claim.origin == "extracted" and not claim.deleted and claim.evidence == ()
        assert claim.chain and claim.chain[0].cue == claim.cue and not any(h.confirmed for h in claim.chain)
    with db.reading() as session:
        created = session.scalars(select(Claim.created_at).where(Claim.article_id == result.article_id)).all()
        assert all(created) and len(set(created)) == 1  # one time for the whole article
        conn = session.connection()
        found = index_for(conn).search(conn, [index_terms("bridge")], 50)
    assert {c.claim_id for c in found} == set(result.claim_ids)


def test_progress_names_each_phase_in_order_up_to_its_total(db, tmp_path):
    path = tmp_path / "mayors.txt"
    path.write_text(_mayors(30), encoding="utf-8")
    heard = []
    [outcome] = import_files(db, [path], phases=lambda phase, done, total: heard.append((phase, done, total)))
    assert outcome.result.claims == 30
    assert list(dict.fromkeys(phase for phase, _, _ in heard)) == list(IMPORT_PHASES)
    for phase in IMPORT_PHASES:
        counts = [(done, total) for p, done, total in heard if p == phase]
        assert counts[0][0] == 0 and counts[-1][0] == counts[-1][1] > 0
        assert [done for done, _ in counts] == sorted(done for done, _ in counts)
    assert [t for p, _, t in heard if p == READING][-1] == path.stat().st_size
    assert [t for p, _, t in heard if p == FINDING_CLAIMS][-1] == len(_mayors(30))
    assert [t for p, _, t in heard if p == STORING][-1] == 30


def _nothing_stored(db) -> None:
    with db.reading() as session:
        for model in (Article, Claim, AttributionHop, ReviewEvent):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        conn = session.connection()
        assert index_for(conn).document_count(conn) == 0


@pytest.mark.parametrize("phase", [FINDING_CLAIMS, STORING, INDEXING])
def test_cancel_in_any_phase_leaves_nothing_stored(db, phase):
    heard = []
    with pytest.raises(ImportCancelled):
        import_document(db, document_from_text(_mayors(40)), progress=lambda p, done, total: heard.append(p),
                        cancelled=lambda: phase in heard)
    _nothing_stored(db)


def test_cancel_in_a_batch_keeps_the_articles_before_and_stops(db, tmp_path):
    paths = [tmp_path / f"{town}.txt" for town in ("Tanta", "Luxor", "Aswan")]
    for path in paths:
        path.write_text(_mayors(20, path.stem), encoding="utf-8")
    started = []

    def heard(phase, done, total):
        if phase == READING and done == 0:
            started.append(phase)

    outcomes = list(import_files(db, paths, phases=heard, cancelled=lambda: len(started) == 2))
    assert [o.path for o in outcomes] == paths[:1] and outcomes[0].result.claims == 20
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1
        assert session.scalar(select(func.count()).select_from(Claim)) == 20


class _CountingEncoder:
    """Unit vectors, and the characters it was asked to encode."""

    model, dimension = "counting-1", 512

    def __init__(self) -> None:
        self.characters = 0

    def encode(self, texts):
        import numpy as np

        self.characters += sum(map(len, texts))
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        vectors[:, 0] = 1.0
        return vectors


@pytest.mark.parametrize(("text", "inline"), [
    (_mayors(12), True),  # a short article: its vectors at once
    ((CUES * 3000)[:280_000], False),  # one 280 KB sentence in 96 claims: encoding would take seconds, the backfill does it
    ("وقال الوزير إن المسؤولين أكدوا أن الوكالة ذكرت أن مصادر أفادت بأن " * 2200, False),
])
def test_an_article_of_many_characters_leaves_its_vectors_to_the_backfill(db, text, inline):
    from workbench.matching import encoder as encoder_module

    saved = dict(encoder_module._state)
    counting = _CountingEncoder()
    encoder_module.use_encoder(counting)
    try:
        result = import_document(db, document_from_text(text))
    finally:
        encoder_module._state.clear()
        encoder_module._state.update(saved)
    assert result.claims > 10
    with db.reading() as session:
        stored = session.connection().exec_driver_sql("SELECT count(*) FROM claim_vector").scalar()
    assert (stored == result.claims and counting.characters > 0) if inline else (stored == 0 == counting.characters)
