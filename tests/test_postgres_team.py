"""The team change feed, commit signal and presence on SQLite and PostgreSQL (migration 0007)."""

import time
from datetime import timedelta

from tests.conftest import BOTH_BACKENDS
from tests.factories import make_article_with_claim
from workbench.storage.database import open_database
from workbench.usecases.claims import set_claim_verdict, set_note
from workbench.usecases.sessions import start_session
from workbench.usecases.team import (
    CommitSignal,
    change_marker,
    changes_since,
    claim_team_state,
    note_presence,
)

BACKENDS = BOTH_BACKENDS


def signalled_within(signal, seconds=5.0):
    """Polls as the desk does: a NOTIFY reaches the listening socket a moment after the colleague's commit."""
    deadline = time.monotonic() + seconds
    while not signal.changed():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_colleagues_change_is_signalled_and_fed_but_ones_own_is_not(db, db_location):
    claim_id = make_article_with_claim(db)
    me, layla = start_session(db, "Amal"), start_session(db, "Layla")
    signal = CommitSignal(db)
    try:
        marker = change_marker(db)
        assert not signal.changed()
        colleague = open_database(db_location)  # another desk: its own engine and connections
        try:
            set_claim_verdict(colleague, claim_id, "false", expected_version=1, actor=layla)
        finally:
            colleague.close()
        assert signalled_within(signal)
        assert not signal.changed()  # once per batch of commits
        changes = changes_since(db, marker, own_session_id=me.session_id)
        assert changes.claim_ids == {claim_id} and changes.marker > marker
        set_note(db, claim_id, "mine", expected_version=2, actor=me)
        assert not changes_since(db, changes.marker, own_session_id=me.session_id)
    finally:
        signal.close()


def test_who_last_changed_a_claim_and_who_has_it_open(db):
    claim_id = make_article_with_claim(db)
    me, layla = start_session(db, "Amal"), start_session(db, "Layla")
    assert claim_team_state(db, claim_id, reviewer_id=me.reviewer_id).last_changed_by is None
    set_claim_verdict(db, claim_id, "false", actor=layla)
    note_presence(db, layla, claim_id)
    note_presence(db, layla, claim_id)  # again: one row per reviewer, moved along
    state = claim_team_state(db, claim_id, reviewer_id=me.reviewer_id)
    assert state.last_changed_by == "Layla" and state.reviewing_now == ("Layla",)
    assert claim_team_state(db, claim_id, reviewer_id=layla.reviewer_id).reviewing_now == ()
    assert claim_team_state(db, claim_id, reviewer_id=me.reviewer_id, window=timedelta(0)).reviewing_now == ()
    other_id = make_article_with_claim(db, "Officials said 40 trucks crossed on Monday.\n")
    note_presence(db, layla, other_id)
    assert claim_team_state(db, claim_id, reviewer_id=me.reviewer_id).reviewing_now == ()
