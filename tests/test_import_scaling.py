"""Long inputs import correctly (not how fast: bench/bench_import_scaling.py prints that)."""

from sqlalchemy import func, select

from workbench.intake import document_from_text
from workbench.storage.models import AttributionHop, Claim, Source
from workbench.usecases.articles import import_document

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
