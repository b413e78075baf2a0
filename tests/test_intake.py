"""Intake turns each kind of file and every encoding Arabic news arrives in into the same stored text."""

import datetime
import io
from pathlib import Path

import docx
import pytest

from workbench.intake import (
    Document,
    InputRefused,
    IntakeLimits,
    document_from_bytes,
    document_from_text,
    iter_documents,
    read_document,
)

PAGES = Path(__file__).parent / "data" / "pages"
MOSUL = (Path(__file__).resolve().parents[2] / "shared" / "articles" / "ar-mosul-corridor.txt").read_text(
    encoding="utf-8"
)
MOSUL_PARAGRAPHS = MOSUL.split("\n")


@pytest.mark.parametrize(
    ("encode", "expected_encoding"),
    [
        (lambda text: text.encode("utf-8"), "utf-8"),
        (lambda text: text.encode("utf-8-sig"), "utf-8-sig"),
        (lambda text: text.encode("utf-16"), "utf-16-le"),  # Python writes a BOM, little-endian
        (lambda text: b"\xff\xfe" + text.encode("utf-16-le"), "utf-16-le"),
        (lambda text: b"\xfe\xff" + text.encode("utf-16-be"), "utf-16-be"),
        (lambda text: text.encode("utf-16-le"), "utf-16-le"),  # no BOM, as some Windows tools save
        (lambda text: text.encode("utf-16-be"), "utf-16-be"),
        (lambda text: text.encode("cp1256"), "cp1256"),
        (lambda text: text.encode("iso-8859-6"), "iso8859-6"),
    ],
    ids=[
        "utf-8",
        "utf-8-sig",
        "utf-16",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16-le",
        "utf-16-be",
        "cp1256",
        "iso-8859-6",
    ],
)
def test_every_encoding_of_the_mosul_article_gives_the_same_text(tmp_path, encode, expected_encoding):
    path = tmp_path / "ar-mosul-corridor.txt"
    path.write_bytes(encode(MOSUL))
    document = read_document(path)
    assert document.text == MOSUL
    assert document.encoding == expected_encoding
    assert document.format == "txt"
    assert document.source_name == "ar-mosul-corridor.txt"


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-8"])
def test_a_single_arabic_sentence_is_decoded_right(encoding):
    # Short texts give detectors little to go on; the Arabic-word check still tells the code pages apart.
    sentence = 'وقال المتحدث باسم وزارة الدفاع العراقية، يحيى رسول، إن "القوات تتقدم".'
    assert document_from_bytes(sentence.encode(encoding), name="a.txt").text == sentence


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("line one\r\nline two\r\n", "line one\nline two\n"),  # Windows
        ("line one\rline two", "line one\nline two"),  # classic Mac OS
        ("\ufeffسطر\r\n\r\nسطر", "سطر\n\nسطر"),  # BOM dropped, blank line kept
        ("  indented\tand trailing  \n", "  indented\tand trailing  \n"),  # nothing else changes
    ],
)
def test_only_line_endings_and_the_bom_change(given, expected):
    assert document_from_bytes(given.encode("utf-8"), name="a.txt").text == expected


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "\u201cWe\u2019ll see,\u201d the caf\u00e9\u2019s owner told the Courier \u2014 na\u00efvely.",
            "cp1252",
        ),
        ("Caf\u00e9 cr\u00e8me, se\u00f1or M\u00fcller, \u00e0 la gare.", "latin-1"),
    ],
)
def test_english_in_western_legacy_encodings(text, encoding):
    document = document_from_bytes(text.encode(encoding), name="en.txt")
    assert document.text == text
    assert document.encoding == "cp1252"  # cp1252 is a superset of Latin-1's printable characters


def test_mixed_utf8_and_cp1256_paragraphs_are_each_decoded():
    data = MOSUL_PARAGRAPHS[0].encode("utf-8") + b"\n" + MOSUL_PARAGRAPHS[1].encode("cp1256")
    document = document_from_bytes(data, name="joined.txt")
    assert document.text == MOSUL_PARAGRAPHS[0] + "\n" + MOSUL_PARAGRAPHS[1]
    assert document.encoding == "utf-8+cp1256"


# --- saved web pages --------------------------------------------------------------------------------

AR_PAGE_FURNITURE = {
    "menu": ["الرئيسية", "اقتصاد وأعمال", "فن وثقافة", "عاجل"],
    "sidebar": ["الأكثر قراءة", "أسعار الذهب"],
    "related stories": ["اقرأ أيضاً", "البشمركة تسيطر على قرى"],
    "comment box": ["أضف تعليقك", "تم إضافة تعليقك"],
    "footer": ["جميع الحقوق محفوظة", "سياسة الخصوصية"],
    "share line": ["شارك على فيسبوك"],
}


def test_arabic_page_gives_the_article_body_only():
    document = read_document(PAGES / "ar-mosul-news.html")
    assert document.text.split("\n") == MOSUL_PARAGRAPHS[:3]
    for part, phrases in AR_PAGE_FURNITURE.items():
        for phrase in phrases:
            assert phrase not in document.text, f"{part}: {phrase}"
    assert document.format == "html"
    assert document.title == "داعش يفر من الموصل إلى سوريا عبر ممرات آمنة"
    assert document.site_name == "أخبار الرافدين"
    assert document.url == "https://www.example-rafidain.com/news/2016/10/18/mosul-corridor"
    assert document.published == datetime.date(2016, 10, 18)
    assert document.encoding == "utf-8"


def test_arabic_page_saved_in_windows_1256_gives_the_same_text():
    page = (PAGES / "ar-mosul-news.html").read_text(encoding="utf-8")
    page = page.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    )
    document = document_from_bytes(page.encode("cp1256", errors="strict"), name="page.htm")
    assert document.text.split("\n") == MOSUL_PARAGRAPHS[:3]
    assert document.encoding == "cp1256"


def test_english_page_gives_the_article_body_only():
    document = read_document(PAGES / "en-mosul-news.html")
    assert "More than 25 families of Islamic State fighters" in document.text
    assert "\u201cWe will try to give them the opportunity to flee to Syria,\u201d" in document.text
    assert "Witnesses said they had seen six buses" in document.text
    for furniture in [
        "Subscribe",
        "Business",
        "Most read",
        "Markets rally",
        "Related stories",
        "Peshmerga advance",
        "reader42",
        "nobody should be surprised",
        "moderation",
        "All rights reserved",
        "Advertisement",
        "Privacy policy",
    ]:
        assert furniture not in document.text
    assert document.title == "Families of fighters cross into Syria as Mosul offensive begins"
    assert document.site_name == "The Riverside Courier"
    assert document.published == datetime.date(2016, 10, 18)


def test_html_content_is_recognised_under_an_unknown_extension():
    data = (PAGES / "en-mosul-news.html").read_bytes()
    assert document_from_bytes(data, name="saved-page").format == "html"


# --- Word, Markdown, pasted text ----------------------------------------------------------------------


def _docx_bytes(paragraphs, *, title=None):
    word = docx.Document()
    for paragraph in paragraphs:
        word.add_paragraph(paragraph)
    if title is not None:
        word.core_properties.title = title
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_become_lines_and_the_core_title_is_the_title():
    data = _docx_bytes(MOSUL_PARAGRAPHS[:3], title="ممرات آمنة لداعش")
    document = document_from_bytes(data, name="mosul.docx")
    assert document.text == "\n".join(MOSUL_PARAGRAPHS[:3])
    assert document.title == "ممرات آمنة لداعش"
    assert document.format == "docx"
    assert document.encoding is None


def test_docx_without_a_title_takes_its_first_line_and_is_found_whatever_its_name():
    data = _docx_bytes(["Short headline", "Body text of the story."])
    document = document_from_bytes(data, name="story.txt")  # a real .docx saved under the wrong name
    assert document.format == "docx"
    assert document.title == "Short headline"
    assert document.text == "Short headline\nBody text of the story."


@pytest.mark.parametrize(
    ("given", "expected_text", "expected_title"),
    [
        (
            "# العنوان\n\nفقرة **مهمة** مع [رابط](https://example.com).\n",
            "العنوان\nفقرة مهمة مع رابط.",
            "العنوان",
        ),
        ("Intro line\n\n## Second *level*\n", "Intro line\nSecond level", "Second level"),
        (
            "- first item\n- second `item`\n\n1. one\n2. two\n",
            "first item\nsecond item\none\ntwo",
            "first item",
        ),
        ("A paragraph wrapped\nat eighty columns.\n", "A paragraph wrapped at eighty columns.", None),
        ("> quoted *words*\n\n![a photo](p.jpg)\n\n<div>raw html</div>\n", "quoted words", "quoted words"),
        ("Line with hard break  \nnext\n", "Line with hard break\nnext", None),
        ("```\ncode line 1\ncode line 2\n```\n", "code line 1\ncode line 2", None),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n", "a\tb\n1\t2", None),
    ],
)
def test_markdown_markup_is_removed(given, expected_text, expected_title):
    document = document_from_bytes(given.encode("utf-8"), name="note.md")
    assert document.text == expected_text
    assert document.title == (expected_title or expected_text.split("\n")[0])
    assert document.format == "md"


@pytest.mark.parametrize(
    ("given", "title", "expected_text", "expected_title"),
    [
        ("وقال الوزير:\r\n«سنرد»", None, "وقال الوزير:\n«سنرد»", "وقال الوزير:"),
        ("\n\n  First real line  \nmore", None, "\n\n  First real line  \nmore", "First real line"),
        ("Body", "  Given title ", "Body", "Given title"),
        (
            "صحيفة\u200f «صن»\u200c البريطانية",
            None,
            "صحيفة\u200f «صن»\u200c البريطانية",
            "صحيفة\u200f «صن»\u200c البريطانية",
        ),
    ],
)
def test_pasted_text(given, title, expected_text, expected_title):
    document = document_from_text(given, title=title)
    assert (document.text, document.title, document.format) == (expected_text, expected_title, "paste")
    assert document.source_name is None and document.encoding is None


def test_a_long_first_line_is_shortened_for_the_title_at_a_word_boundary():
    title = document_from_text(MOSUL).title
    assert title.endswith("…")
    assert len(title) <= 81
    assert MOSUL.startswith(title[:-1])
    assert MOSUL[len(title) - 1] == " "


def test_iter_documents_yields_each_file_with_its_document_or_refusal(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("وقال الوزير إن القوات تتقدم.", encoding="cp1256")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    results = iter_documents([good, empty, missing], limits=IntakeLimits())
    assert iter(results) is results  # a generator: files are read as they are consumed
    path, result = next(results)
    assert path == good and isinstance(result, Document)
    rest = list(results)
    assert [path for path, _ in rest] == [empty, missing]
    assert [str(result) for _, result in rest] == [
        "empty: no text to import",
        "cannot read the file: No such file or directory",
    ]
    assert all(isinstance(result, InputRefused) for _, result in rest)
