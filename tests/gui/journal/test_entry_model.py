"""The entry list's model words each moment in its own time zone, also where it keeps the
words of dates it already showed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from PySide6.QtCore import Qt

from healdesk.core.conflict import ConflictSummary
from healdesk.gui.journal import entry_model
from healdesk.gui.journal.entry_model import WHEN, EntryTableModel, when_text


def summary(id_: int, at: datetime) -> ConflictSummary:
    return ConflictSummary(id_, at, None, None, None, (), (), ())


def shown_when(model: EntryTableModel) -> list[str]:
    return [
        model.index(row, WHEN).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def test_the_same_instant_written_in_two_time_zones_reads_as_each_was_written(qtbot):
    instant = datetime(2026, 3, 1, 20, 30, tzinfo=UTC)
    berlin = instant.astimezone(timezone(timedelta(hours=1)))
    model = EntryTableModel()
    model.set_entries([summary(2, berlin), summary(1, instant)])
    assert shown_when(model) == [when_text(berlin), when_text(instant)]
    assert "21:30" in shown_when(model)[0] and "20:30" in shown_when(model)[1]


def test_the_kept_date_words_stay_bounded(qtbot, monkeypatch):
    monkeypatch.setattr(entry_model, "WHEN_TEXTS_KEPT", 3)
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    model = EntryTableModel()
    model.set_entries([summary(i, start - timedelta(days=i)) for i in range(1, 8)])
    assert shown_when(model) == [when_text(start - timedelta(days=i)) for i in range(1, 8)]
    assert len(model._when_texts) <= 3
    model.clear()
    assert model._when_texts == {}
