"""The desk's article claims: the same records as list_claims, read a window at a time as they are asked for."""

from pathlib import Path

import pytest

from tests.conftest import BOTH_BACKENDS
from workbench.errors import NotFound
from workbench.intake import read_document
from workbench.storage.models import Claim
from workbench.usecases.article_claims import ArticleClaimRows, article_claims
from workbench.usecases.articles import import_document
from workbench.usecases.claims import list_claims, set_claim_verdict, set_deleted, set_evidence

BACKENDS = BOTH_BACKENDS
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "ar-mosul-corridor.txt"


def test_records_equal_list_claims_in_reading_order_with_chains_evidence_and_verdicts(db, monkeypatch):
    article_id = import_document(db, read_document(SAMPLE)).article_id
    stored = list_claims(db, article_id)
    assert len(stored) > 3 and any(claim.chain for claim in stored)
    set_claim_verdict(db, stored[1].id, "disputed")
    set_evidence(db, stored[2].id, ["https://example.org/a"])
    set_deleted(db, stored[0].id, True)
    monkeypatch.setattr(ArticleClaimRows, "window", 2)  # several windows even in a short article
    rows = article_claims(db, article_id)
    expected = list_claims(db, article_id)
    assert rows.ids == [claim.id for claim in expected] and stored[0].id not in rows.ids
    assert rows.reviewed == [claim.is_reviewed for claim in expected]
    assert list(rows) == expected
    assert rows[-1] == expected[-1] and rows[1:3] == expected[1:3]


def test_only_the_asked_for_window_is_read(db, monkeypatch):
    article_id = import_document(db, read_document(SAMPLE)).article_id
    monkeypatch.setattr(ArticleClaimRows, "window", 2)
    read = []
    real = ArticleClaimRows._read
    monkeypatch.setattr(ArticleClaimRows, "_read", lambda rows, ids: read.append(list(ids)) or real(rows, ids))
    rows = article_claims(db, article_id)
    assert read == []  # opening reads the outline only
    rows[2]
    assert read == [rows.ids[1:3]]
    rows[2], rows[1]
    assert len(read) == 1  # kept


def test_a_claim_gone_since_the_article_was_opened_is_not_found(db):
    article_id = import_document(db, read_document(SAMPLE)).article_id
    rows = article_claims(db, article_id)
    with db.writing() as session:
        session.delete(session.get(Claim, rows.ids[0]))
    with pytest.raises(NotFound):
        rows[0]
