"""The draft payload: any entry turns into JSON-able fields and back, through a real vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healdesk.core.conflict import Conflict
from healdesk.gui.entry.entry_drafts import (
    conflict_from,
    draft_conflict_id,
    edit_draft_key,
    fields_of,
)

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
name = st.text(
    st.characters(exclude_categories=("Cs", "Zs", "Cc", "Zl", "Zp")), min_size=1, max_size=20
)
zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8))]
)

conflicts = st.builds(
    Conflict,
    happened_at=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=zones
    ),
    what_happened=text,
    person=st.none() | name,
    intensity=st.none() | st.integers(0, 10),
    my_feelings=st.lists(name, max_size=4),
    my_feelings_note=text,
    their_feelings=st.lists(name, max_size=4),
    their_feelings_note=text,
    my_part=st.lists(name, max_size=4),
    my_part_note=text,
    my_wish=st.lists(name, max_size=3),
    their_wish=st.lists(name, max_size=3),
    themes=st.lists(name, max_size=3),
    settled=st.none() | st.integers(1, 5),
    private_notes=text,
)

#: Every prompt is answered from a queue, so none can block on a modal.
pytestmark = pytest.mark.usefixtures("prompt_queue")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(conflict=conflicts)
def test_fields_survive_the_vault_draft_and_come_back_as_the_same_entry(journal, conflict):
    key = edit_draft_key(7)
    role = "Partner" if conflict.person else ""  # a role alone would stand for the person
    journal.save_draft(key, {"conflict_id": 7, "fields": fields_of(conflict, role)})
    fields = journal.load_draft(key)["fields"]
    assert fields["role"] == role
    assert conflict_from(fields, draft_conflict_id(key)) == Conflict(
        **{**{f: getattr(conflict, f) for f in conflict.__slots__}, "id": 7}
    )


def test_a_role_alone_stands_for_the_person():
    fields = fields_of(Conflict(datetime.now(UTC), "x"), "Sister")
    assert conflict_from(fields, None).person == "Sister"
