"""One Selection for every filter: the list's filter bar, the export and the command line."""

from __future__ import annotations

from datetime import date

from healdesk.core.selection import EVERYTHING, Selection


def test_nothing_chosen_is_everything():
    assert Selection() == EVERYTHING and not EVERYTHING.narrowed


def test_any_criterion_narrows():
    assert Selection(start=date(2026, 1, 1)).narrowed
    assert Selection(themes=("Money",)).narrowed
    assert Selection.of([]).narrowed  # no ids at all chooses nothing, not everything


def test_within_keeps_the_criteria_and_sets_the_ids():
    chosen = Selection(people=("Sam",)).within([3, 1])
    assert chosen == Selection(people=("Sam",), ids=(3, 1))
    assert Selection.of(iter([2])).ids == (2,)
