"""Whatever people write, the export never raises (few examples: each one lays out a PDF)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healdesk.core.conflict import Conflict, Person
from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf

# Everything the vault can store (UTF-8: any code point but lone surrogates).
any_text = st.text(st.characters(codec="utf-8"), max_size=400)
name = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=20
).filter(str.strip)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=any_text, note=any_text, theme=name, person=name, redact=st.booleans())
def test_any_text_exports(journal, tmp_path, body, note, theme, person, redact):
    journal.add_person(Person(person, "Partner"))
    conflict_id = journal.add_conflict(
        Conflict(
            datetime(2026, 5, 1, tzinfo=UTC),
            body,
            person=person,
            themes=[theme],
            my_feelings_note=note,
            private_notes=note,
        )
    )
    result = export_pdf(
        journal,
        tmp_path / "any.pdf",
        Selection(ids=(conflict_id,)),
        ExportOptions(redact_names=redact, include_private=True),
    )
    assert result.entries == 1 and result.pages >= 1
