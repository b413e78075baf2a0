"""Finding an article's sources in one batch gives what finding them one by one gives, in the same order."""

from workbench.enums import SourceKind
from workbench.storage.database import open_database
from workbench.usecases.sources import SourceWanted, resolve_source, resolve_sources_at_once

WANTED = [
    SourceWanted(SourceKind.OUTLET, "Reuters", "Reuters", surface="Reuters"),
    SourceWanted(SourceKind.PERSON, None, "يحيى رسول", "المتحدث باسم وزارة الدفاع", surface="يحيى رسول"),
    SourceWanted(SourceKind.OUTLET, "Reuters", "Reuters", surface="the agency"),  # the same outlet again
    SourceWanted(SourceKind.PERSON, None, "يحيي رسول", "المتحدث باسم وزاره الدفاع", surface="رسول"),  # ى/ي, ة/ه
    SourceWanted(SourceKind.ANONYMOUS, None, None, None, surface="مصادر مطلعة"),  # neither name nor role
    SourceWanted(SourceKind.ANONYMOUS, None, None, None, surface="مصادر مطّلعة"),  # the same, with a shadda
    SourceWanted(SourceKind.OUTLET, None, None, surface="صحيفة النهار الجديد"),  # missing from the catalog
    # named as the catalog outlet but not linked to it: found under the key of Reuters' own source
    SourceWanted(SourceKind.OUTLET, None, "Reuters", surface="Reuters"),
    SourceWanted(SourceKind.PERSON, None, "John Kirby", "spokesman", affiliation="Pentagon", surface="John Kirby"),
    SourceWanted(SourceKind.PERSON, None, "JOHN KIRBY", "Spokesman", surface="Kirby"),
]


def _rows(sources):
    return [(s.id, s.kind, s.name, s.role, s.affiliation, s.key, s.outlet_id) for s in sources]


def test_a_batch_finds_and_creates_what_one_by_one_does(db, tmp_path):
    other = open_database(tmp_path / "one-by-one.db")
    try:
        with other.writing() as session:
            one_by_one = _rows([resolve_source(session, kind=w.kind, outlet_name=w.outlet_name, name=w.name,
                                               role=w.role, affiliation=w.affiliation, surface=w.surface)
                                for w in WANTED])
    finally:
        other.close()
    with db.writing() as session:
        batch = _rows(resolve_sources_at_once(session, WANTED))
    assert batch == one_by_one
    assert len({row[0] for row in batch}) == 5  # Reuters, Rasul, the unnamed sources, al-Nahar, Kirby


def test_a_second_batch_finds_the_sources_the_first_made(db):
    with db.writing() as session:
        first = _rows(resolve_sources_at_once(session, WANTED))
    with db.writing() as session:
        again = _rows(resolve_sources_at_once(session, list(reversed(WANTED))))
    assert again == list(reversed(first))
