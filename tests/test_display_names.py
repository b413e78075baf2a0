"""Outlet and organization display names per language: chosen from the aliases, and which Arabic alias of an
outlet is shown, changeable."""

import pytest

from tests.conftest import BOTH_BACKENDS
from workbench.catalog.display_names import display_name
from workbench.errors import InvalidValue
from workbench.usecases.catalog import search as catalog
from workbench.usecases.catalog.display_names import outlet_display_names, set_display_alias

BACKENDS = BOTH_BACKENDS


@pytest.mark.parametrize(("name", "aliases", "language", "expected"), [
    ("The Sun", ["The Sun", "Sun", "صن", "الصن"], "ar", "صن"),
    ("The Sun", ["The Sun", "Sun", "صن", "الصن"], "en", "The Sun"),
    ("Reuters", ["Reuters"], "ar", "Reuters"),  # no Arabic spelling: the catalog name
    ("الجزيرة", ["Al Jazeera", "قناة الجزيرة"], "ar", "الجزيرة"),  # an Arabic catalog name stays
    ("The Washington Post", ["Washington Post", "WaPo", "واشنطن بوست", "صحيفة واشنطن بوست"], "ar", "واشنطن بوست"),
])
def test_display_name(name, aliases, language, expected):
    assert display_name(name, aliases, language) == expected


def test_choosing_the_arabic_name_keeps_every_alias_and_is_undone(db):
    sun = next(o for o in catalog.list_outlets(db) if o.name == "The Sun")
    assert outlet_display_names(db, "ar")["The Sun"] == "صن"
    assert "The Sun" not in outlet_display_names(db, "en")
    before = set_display_alias(db, "The Sun", "صحيفة الصن")
    assert before == "صن" and outlet_display_names(db, "ar")["The Sun"] == "صحيفة الصن"
    after = next(o for o in catalog.list_outlets(db) if o.name == "The Sun")
    assert sorted(after.aliases) == sorted(sun.aliases)
    set_display_alias(db, "The Sun", before)
    assert outlet_display_names(db, "ar")["The Sun"] == "صن"


@pytest.mark.parametrize("alias", ["The Sun", "صن اللندنية"])
def test_only_an_arabic_alias_of_the_outlet_can_be_its_arabic_name(db, alias):
    with pytest.raises(InvalidValue):
        set_display_alias(db, "The Sun", alias)
    assert outlet_display_names(db, "ar")["The Sun"] == "صن"


@pytest.mark.parametrize(("organization", "arabic"), [
    ("Popular Mobilization Forces", "الحشد الشعبي"),  # the first Arabic alias of the bundled entry
    ("Kataib Hezbollah", "كتائب حزب الله"),
])
def test_organizations_are_named_by_their_first_arabic_alias(db, organization, arabic):
    from workbench.usecases.catalog.display_names import organization_display_names

    assert organization_display_names(db, "ar")[organization] == arabic
    assert organization not in organization_display_names(db, "en")
    assert organization not in outlet_display_names(db, "ar")  # outlets and organizations stay apart
