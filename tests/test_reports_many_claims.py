"""An article with more claims than SQLite binds in one statement is still reported, links and all."""

import sqlite3

import pytest
from sqlalchemy import event

from workbench.enums import LinkStatus
from workbench.reports.build import article_report
from workbench.reports.csv import article_csv
from workbench.storage.models import Article, Claim, ClaimLink

VARIABLE_LIMIT = 999  # SQLite before 3.32; the 32,766 of later ones is exceeded by an article of 100,000 claims
CLAIMS = 1200


def _article_with_linked_claims(db) -> int:
    """CLAIMS claims, each confirmed as a repeat of its own archive claim; claims 0 and 1 linked together too."""
    with db.writing() as session:
        article = Article(title="Many claims", text="x" * CLAIMS, sha256="f" * 64, language="en")
        session.add(article)
        session.flush()
        claims = [Claim(article_id=article.id, start=i, end=i + 1, text=f"claim {i}", language="en")
                  for i in range(CLAIMS)]
        archive = [Claim(external_ref=f"a{i}", text=f"archived {i}", language="en", origin="archive")
                   for i in range(CLAIMS)]
        session.add_all(claims + archive)
        session.flush()
        session.add_all([ClaimLink(claim_id=c.id, matched_claim_id=a.id, similarity=0.9,
                                   status=LinkStatus.CONFIRMED.value) for c, a in zip(claims, archive, strict=True)])
        session.add(ClaimLink(claim_id=claims[0].id, matched_claim_id=claims[CLAIMS - 1].id, similarity=0.8,
                              status=LinkStatus.CONFIRMED.value))
        return article.id


@pytest.mark.sqlite_only  # SQLite's own bound-variable limit
def test_an_article_over_the_variable_limit_is_reported(db):
    article_id = _article_with_linked_claims(db)

    @event.listens_for(db.engine, "connect")
    def limit_variables(connection, _record):
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, VARIABLE_LIMIT)

    db.engine.dispose()  # every connection from now on has the low limit
    report = article_report(db, article_id)
    assert len(report.claims) == CLAIMS
    assert all(c.matches and c.matches[0].text == f"archived {c.number - 1}" for c in report.claims)
    # The link between two claims of the article is listed once, on the claim that made it.
    assert [m.text for m in report.claims[0].matches] == ["archived 0", f"claim {CLAIMS - 1}"]
    assert [m.text for m in report.claims[CLAIMS - 1].matches] == [f"archived {CLAIMS - 1}"]
    assert article_csv(report).count("\r\n") >= CLAIMS
