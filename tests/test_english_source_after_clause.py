"""English "<what was said>, <a source> said": the source is the piece before the cue, not a clause of what was said
merged with it as if in apposition; a name and its role in apposition are still one source."""

import pytest

from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.extraction.extractor import extract

CATALOG = AliasIndex.from_entries(load_bundled_entries())


def hops(text: str) -> list[list[tuple[str, str]]]:
    return [[(h.kind.value, h.outlet or h.name or h.surface) for h in c.chain]
            for c in extract(text, catalog=CATALOG).claims if c.chain]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The talks will resume next week, a senior official said.", "a senior official"),
        ("A bomb hit the city, a police official said.", "a police official"),
        ("He had been completing his second year, a school spokesman told The Wall Street Journal.",
         "a school spokesman"),
        ("Mr. Trump is so reckless, the vice president said, that he should never hold office.", "the vice president"),
    ],
)
def test_the_source_is_the_piece_before_the_cue(text, source):
    [chain] = hops(text)
    assert source.endswith(chain[-1][1]) and len(chain[-1][1].split()) >= 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Colonel John Dorrian, a spokesman for the coalition, said the strikes continued.", "Dorrian"),
        ("The coalition's spokesman, Ahmed Al-Assiri, said the strikes continued.", "Al-Assiri"),
        ("Mohammed Abdul-Salam, spokesman for the Houthi rebels, said on Twitter that most of the dead were civilians.",
         "Abdul-Salam"),
        ("Hamed Saeed, a senior adviser to the minister, said the talks had failed.", "Saeed"),
    ],
)
def test_a_name_and_its_role_in_apposition_are_one_source(text, name):
    [chain] = hops(text)
    assert chain[-1][0] == "person" and name in chain[-1][1]
