"""`extract` gives the same claims whatever the file: every encoding of an article, and a saved web page."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

MOSUL = SHARED / "articles" / "ar-mosul-corridor.txt"
PAGE = ROOT / "tests" / "data" / "pages" / "ar-mosul-news.html"


def extract(path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "extract", str(path), "--json"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def from_utf8():
    return extract(MOSUL)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256", "iso-8859-6"])
def test_every_encoding_gives_the_same_claims(tmp_path, from_utf8, encoding):
    path = tmp_path / f"mosul-{encoding}.txt"
    path.write_bytes(MOSUL.read_text(encoding="utf-8").encode(encoding))
    assert extract(path) == from_utf8
    assert sum(1 for c in from_utf8["claims"] if c["chain"]) >= 11


def test_a_saved_page_gives_the_article_claims_and_none_from_its_furniture(from_utf8):
    page = extract(PAGE)
    texts = [c["text"] for c in page["claims"]]
    # the body's attributed claims, with the same chains as in the plain-text article
    by_text = {c["text"]: c["chain"] for c in from_utf8["claims"]}
    attributed = [c for c in page["claims"] if c["chain"]]
    assert len(attributed) == 2
    for claim in attributed:
        assert [h["surface"] for h in claim["chain"]] == [h["surface"] for h in by_text[claim["text"]]]
    furniture = ["الرئيسية", "اقتصاد وأعمال", "أسعار الذهب", "نتائج الدوري", "إعلان", "جميع الحقوق",
                 "شارك على فيسبوك", "أضف تعليقك", "البشمركة تسيطر", "انقطاع التيار"]
    for words in furniture:
        assert not any(words in text for text in texts), words
