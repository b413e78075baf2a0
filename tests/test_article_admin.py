"""Article admin: correcting an article's details, deleting and restoring it, all in the history."""

from datetime import date

import pytest

from tests.conftest import BOTH_BACKENDS
from workbench.errors import EditConflict, InvalidValue, NotFound
from workbench.intake import document_from_text
from workbench.storage.integrity import check_database
from workbench.usecases.articles import (
    article_details,
    delete_article,
    edit_article,
    get_article,
    import_document,
    last_removal,
    list_articles,
    restore_article,
    suggest_publisher,
)
from workbench.usecases.browse import ClaimFilter, find_claims
from workbench.usecases.catalog.search import list_outlets
from workbench.usecases.claims import create_claim, get_claim, list_claims, set_claim_verdict, set_deleted
from workbench.usecases.history import article_history

BACKENDS = BOTH_BACKENDS

TEXT = ("القاهرة (رويترز) - قالت وزارة الصحة إن عدد الإصابات ارتفع إلى 20 حالة في محافظة أسوان.\n"
        "وأضافت الوزارة أن الوضع تحت السيطرة تماما في المستشفيات.\n"
        "وذكر شهود عيان أن الطرق أغلقت أمام حركة المرور في المدينة.\n")


def _article(db) -> tuple[int, list[int]]:
    article_id = import_document(db, document_from_text(TEXT, title="الإصابات في أسوان")).article_id
    ids = []
    for line in TEXT.splitlines(keepends=True)[:3]:
        start = TEXT.index(line)
        ids.append(create_claim(db, article_id, start, start + len(line.rstrip())).id)
    return article_id, ids


def _outlet_id(db, name: str) -> int:
    return next(o.id for o in list_outlets(db, search=name) if o.name == name)


def test_edit_article_changes_each_field_and_records_it(db):
    article_id, _ = _article(db)
    before = article_details(get_article(db, article_id))
    reuters = _outlet_id(db, "Reuters")
    from workbench.usecases.records import ArticleDetails

    wanted = ArticleDetails("  Aswan   cases  ", reuters, "https://example.org/aswan", date(2024, 3, 5))
    record = edit_article(db, article_id, wanted, expected=before)
    assert (record.title, record.publisher, record.url, record.published_on) == (
        "Aswan cases", "Reuters", "https://example.org/aswan", date(2024, 3, 5))
    events = {e.field: (e.old_value, e.new_value) for e in article_history(db, article_id) if e.entity == "article"}
    assert events["title"] == ("الإصابات في أسوان", "Aswan cases")
    assert events["publisher"] == (None, "Reuters")
    assert events["published_on"] == (None, "2024-03-05")
    assert list_articles(db)[0].publisher == "Reuters"


def test_edit_article_refuses_bad_values_and_stale_edits(db):
    article_id, _ = _article(db)
    seen = article_details(get_article(db, article_id))
    from dataclasses import replace

    for bad in (replace(seen, title="   "), replace(seen, url="javascript:alert(1)"), replace(seen, url="ftp://x")):
        with pytest.raises(InvalidValue):
            edit_article(db, article_id, bad)
    with pytest.raises(NotFound):
        edit_article(db, article_id, replace(seen, publisher_id=987654))
    edit_article(db, article_id, replace(seen, title="first edit"), expected=seen)
    with pytest.raises(EditConflict):
        edit_article(db, article_id, replace(seen, title="second edit"), expected=seen)
    assert get_article(db, article_id).title == "first edit"


def test_delete_hides_the_article_and_restore_brings_back_exactly_its_live_claims(db):
    article_id, ids = _article(db)
    set_deleted(db, ids[2], True)  # deleted by the reviewer before: must stay deleted after the restore
    set_claim_verdict(db, ids[0], "false")
    live = [c.id for c in list_claims(db, article_id)]
    assert ids[2] not in live and ids[0] in live
    removal = delete_article(db, article_id)
    assert removal.claim_ids == tuple(sorted(live))
    assert all(row.id != article_id for row in list_articles(db))
    assert list_claims(db, article_id) == []
    assert find_claims(db, ClaimFilter(text="المستشفيات")) == []  # gone from the search index too
    with pytest.raises(NotFound):
        edit_article(db, article_id, article_details(get_article(db, article_id)))
    assert last_removal(db, article_id) == removal
    restore_article(db, removal)
    assert sorted(c.id for c in list_claims(db, article_id)) == sorted(live)
    assert get_claim(db, ids[2]).deleted
    assert get_claim(db, ids[0]).claim_verdict == "false"
    assert any(row.id == article_id for row in list_articles(db))
    fields = [(e.entity, e.field, e.new_value) for e in article_history(db, article_id)]
    assert ("article", "deleted", "True") in fields and ("article", "deleted", "False") in fields
    assert ids[1] in find_claims(db, ClaimFilter(text="المستشفيات"))
    assert check_database(db).ok


def test_restore_refuses_when_not_deleted(db):
    article_id, _ = _article(db)
    with pytest.raises(InvalidValue):
        last_removal(db, article_id)
    removal = delete_article(db, article_id)
    restore_article(db, removal)
    with pytest.raises(InvalidValue):
        restore_article(db, removal)


def test_the_dateline_suggests_the_publisher(db):
    article_id, _ = _article(db)
    assert suggest_publisher(db, article_id) == _outlet_id(db, "Reuters")
    plain = import_document(db, document_from_text("A plain text with no credit at all, said nobody.\n",
                                                   title="plain")).article_id
    assert suggest_publisher(db, plain) is None


@pytest.mark.sqlite_only  # names the database by its file
def test_cli_edit_delete_restore(db, db_path, capsys):
    import cli

    article_id, _ = _article(db)

    def run(*argv) -> int:
        return cli.run_command(cli.build_parser().parse_args(["--db", str(db_path), *argv]))

    assert run("articles", "edit", str(article_id), "--publisher", "رويترز", "--date", "2024-02-03") == 0
    assert get_article(db, article_id).publisher == "Reuters"
    assert run("articles", "edit", str(article_id), "--date", "2024-02-30") == 2
    assert "is not a date" in capsys.readouterr().err
    assert get_article(db, article_id).published_on == date(2024, 2, 3)
    assert run("articles", "delete", str(article_id), "--yes") == 0
    assert all(row.id != article_id for row in list_articles(db))
    assert run("articles", "restore", str(article_id)) == 0
    assert any(row.id == article_id for row in list_articles(db))


def test_importing_a_deleted_article_again_brings_it_back(db):
    article_id, _ = _article(db)
    live = sorted(c.id for c in list_claims(db, article_id))
    delete_article(db, article_id)
    again = import_document(db, document_from_text(TEXT, title="again"))
    assert again.article_id == article_id and again.status == "duplicate"
    assert sorted(again.claim_ids) == live
    assert any(row.id == article_id for row in list_articles(db))
