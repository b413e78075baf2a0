"""Hand-built articles for the report tests (no tests here): claims and chains made through the use cases.

Built by hand rather than imported, so the expected figures do not move when the extractor improves.
"""

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from workbench.storage.models import Article, Claim, ClaimLink, Outlet
from workbench.usecases.catalog.search import add_outlet
from workbench.usecases.chains import insert_hop, new_source
from workbench.usecases.claims import (
    create_claim,
    set_attribution_verdict,
    set_claim_verdict,
    set_evidence,
    set_note,
)
from workbench.usecases.sessions import start_session
from workbench.usecases.sources import outlet_source

MAJOR = "رائد بالقوات العراقية الخاصة"
SENTENCES = (
    'ذكرت صحيفة "صن" البريطانية أن الممرات آمنة للمسلحين.',
    "وقال مصدر مطلع إن الهجوم بدأ فجرا.",
    "وقالت وزارة الدفاع إن الوضع مستقر تماما.",
    "وانطلقت المعركة صباح الاثنين.",
)
HOSTILE = (
    "<script>alert(1)</script> said the spokesman.",
    '=HYPERLINK("http://x","y")',
    "The minister said \u202etxt.exe\u202c was safe.",
)


@dataclass(frozen=True)
class Built:
    article_id: int
    claim_ids: tuple[int, ...]
    session_id: int


def outlet_source_id(db, name: str, kind: str = "newspaper") -> int:
    """The chain source of the outlet called name, adding the outlet to the catalog if it is missing."""
    with db.reading() as session:
        outlet = session.scalar(select(Outlet).where(Outlet.name == name))
        if outlet is not None:
            return outlet_source(session, outlet).id
    return add_outlet(db, name=name, kind=kind).source_id


def add_article(db, sentences, *, title: str, language: str = "ar", url: str | None = None,
                publisher: str | None = None) -> tuple[int, list[int]]:
    """An article made of the sentences, one claim over each; returns the article id and claim ids."""
    text = "\n".join(sentences) + "\n"
    publisher_id = None
    if publisher:
        outlet_source_id(db, publisher)
        with db.reading() as session:
            publisher_id = session.scalar(select(Outlet.id).where(Outlet.name == publisher))
    with db.writing() as session:
        article = Article(title=title, url=url, published_on=date(2016, 10, 18), language=language, text=text,
                          sha256=hashlib.sha256(text.encode()).hexdigest(), publisher_id=publisher_id)
        session.add(article)
        session.flush()
        article_id = article.id
    claim_ids, start = [], 0
    for sentence in sentences:
        claim_ids.append(create_claim(db, article_id, start, start + len(sentence)).id)
        start += len(sentence) + 1
    return article_id, claim_ids


def build_mosul(db) -> Built:
    """Four claims: The Sun → The Washington Post → the major; anonymous; an organization; unattributed."""
    article_id, ids = add_article(db, SENTENCES, title="ممرات آمنة لعناصر داعش", url="https://example.com/mosul",
                                  publisher="Youm7 Example")
    actor = start_session(db, "Mona")
    sun, post = outlet_source_id(db, "The Sun", "tabloid"), outlet_source_id(db, "The Washington Post")
    major = new_source(db, kind="person", role=MAJOR)
    anonymous = new_source(db, kind="anonymous", name="مصدر مطلع")
    ministry = new_source(db, kind="organization", name="وزارة الدفاع العراقية")
    for source in (sun, post, major):
        insert_hop(db, ids[0], source, actor=actor)
    insert_hop(db, ids[1], anonymous, actor=actor)
    insert_hop(db, ids[2], ministry, actor=actor)
    set_claim_verdict(db, ids[0], "false", actor=actor)
    set_attribution_verdict(db, ids[0], "misattributed", actor=actor)
    set_note(db, ids[0], "The Post quoted the major on a different corridor.", actor=actor)
    set_evidence(db, ids[0], ["https://example.org/original"], actor=actor)
    set_claim_verdict(db, ids[1], "unverifiable", actor=actor)
    set_claim_verdict(db, ids[2], "verified", actor=actor)
    with db.writing() as session:
        archived = Claim(text="الممرات آمنة للمسلحين", external_ref="ARCH-1", claim_verdict="false",
                         attribution_verdict="confirmed", origin="archive")
        session.add(archived)
        session.flush()
        session.add(ClaimLink(claim_id=ids[0], matched_claim_id=archived.id, similarity=91.5, status="confirmed"))
    return Built(article_id, tuple(ids), actor.session_id)


def build_hostile(db) -> Built:
    """An article whose title, claims and source carry markup, a formula and a right-to-left override."""
    article_id, ids = add_article(db, HOSTILE, title="<script>alert('title')</script>", language="en",
                                  url="javascript:alert(1)")
    actor = start_session(db, "=cmd|' /C calc'!A0")
    person = new_source(db, kind="person", name="<img src=x onerror=alert(1)>", role="@spokesman")
    for claim_id in ids:
        insert_hop(db, claim_id, person, actor=actor)
        set_claim_verdict(db, claim_id, "false", actor=actor, note="+1 <b>bold</b>")
    return Built(article_id, tuple(ids), actor.session_id)
