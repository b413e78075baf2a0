"""A press review's "كتبت تشرين: أكد الجعفري أن …": the paper writes, by its name alone, and reports whom it quotes;
the words before the colon are no site name glued to the paragraph, and the byline "كتب: محمد" claims nothing."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    "line",
    [
        "كتبت تشرين: أكد رئيس الوفد السوري بشار الجعفري أن الورقة مرفوضة لتعارضها مع القرارات الدولية.",
        "كتبت تشرين: اكد رئيس الوفد السورى بشار الجعفرى ان الورقه مرفوضه لتعارضها مع القرارات الدوليه.",
        "كتبت تشرين: قال رئيس الوفد السوري بشار الجعفري إن الورقة مرفوضة لتعارضها مع القرارات الدولية.",
    ],
)
def test_the_paper_then_whom_it_quotes(line):
    chains = hops(f"من الصحافة العربية\n{line}\nوقال الجعفري إن المحادثات كانت بناءة بقدر المستطاع.")
    assert [kind for kind, _ in chains[0]] == ["outlet", "person"] and chains[0][0][1] == "Tishreen"
    assert chains[1][0] == ("outlet", "Tishreen")


def test_a_byline_claims_nothing():
    assert hops("من الصحافة العربية\nكتب: محمد علي\nانطلقت اليوم أعمال المؤتمر في العاصمة بحضور الوفود.") == []
