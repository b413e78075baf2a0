"""Arabic "أبلغ" ("told", also "reported a crime") inside what is reported: "إن مسؤولين بوزارة الدفاع أبلغوا أعضاء
اللجنة … أن": the officials are the inner hop, however far their "أن"."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    "text",
    [
        'قال عضو بمجلس الشيوخ الأمريكي لـ"رويترز" إن مسؤولين بوزارة الدفاع أبلغوا أعضاء لجنة القوات المسلحة في '
        'إفادة مغلقة يوم السبت أنه "لا شك" في وجهة الشحنة.',
        'قال عضو بمجلس الشيوخ الأمريكى لـ"رويترز" إن مسئولين بوزارة الدفاع أبلغوا أعضاء لجنة القوات المسلحة فى '
        'إفادة مغلقة يوم السبت أنه "لا شك" فى وجهة الشحنة.',
    ],
)
def test_officials_who_told_inside_the_report_are_the_inner_hop(text):
    [chain] = hops(text)
    assert [kind for kind, _ in chain] == ["outlet", "person", "anonymous"] and chain[0][1] == "Reuters"


def test_reporting_a_crime_to_the_police_is_no_cue():
    assert hops("وقالت الشرطة إن السكان أبلغوا عن سرقة سيارة في الحي.")[0][-1][0] == "organization"
