"""Each of the five signs: one constructed journal that shows it, one that must not."""

from __future__ import annotations

from healdesk.core.analysis.insights import sign_notes
from healdesk.core.analysis.patterns import analyse_journal
from tests.helpers.loop_journals import UNTIL, entry, repair_of


def signs(journal) -> dict[str, list]:
    found: dict[str, list] = {}
    for sign in analyse_journal(journal, until=UNTIL).signs:
        found.setdefault(sign.sign, []).append(sign)
    return found


def test_same_fight_shows_when_a_theme_recurs_without_any_repair(journal):
    ids = [entry(journal, 7 * week) for week in range(4)]
    [sign] = signs(journal)["same_fight"]
    assert (sign.theme, sign.entry_ids) == ("Chores", tuple(ids))


def test_same_fight_not_for_three_fights_spread_over_a_year(journal):
    for day in (0, 100, 200):
        entry(journal, day)
    assert "same_fight" not in signs(journal)


def test_unsettled_after_trying_shows_and_says_only_what_was_tried(journal):
    ids = [entry(journal, 30 * n, settled=2) for n in range(2)]
    for n, conflict_id in enumerate(ids):
        repair_of(journal, conflict_id, talked=False, day=30 * n + 1)
    [sign] = signs(journal)["unsettled_after_trying"]
    assert (sign.theme, sign.entry_ids, sign.talked) == ("Chores", tuple(ids), False)
    [note] = [n for n in sign_notes(analyse_journal(journal, until=UNTIL)) if n.sign == sign.sign]
    assert "trying to work on it" in note.text and "talking it through" not in note.text


def test_unsettled_after_trying_says_talking_it_through_when_a_repair_reached_a_talk(journal):
    ids = [entry(journal, 30 * n, settled=1) for n in range(2)]
    repair_of(journal, ids[0], talked=True, day=1)
    repair_of(journal, ids[1], talked=False, day=31)
    report = analyse_journal(journal, until=UNTIL)
    [note] = [n for n in sign_notes(report) if n.sign == "unsettled_after_trying"]
    assert "even after talking it through" in note.text


def test_not_unsettled_after_trying_when_repaired_entries_settled(journal):
    for n in range(3):
        repair_of(journal, entry(journal, 30 * n, settled=4), talked=True, day=30 * n + 1)
    assert "unsettled_after_trying" not in signs(journal)


def test_not_heard_shows_from_recurring_feelings(journal):
    ids = [
        entry(journal, 20 * n, feelings=[feeling])
        for n, feeling in enumerate(["unheard", "Dismissed", "invisible"])
    ]
    [sign] = signs(journal)["not_heard"]
    assert (sign.theme, sign.entry_ids) == (None, tuple(ids))


def test_not_heard_not_from_other_feelings_or_a_single_entry(journal):
    entry(journal, 0, feelings=["unheard"])
    for n in range(1, 5):
        entry(journal, 20 * n, feelings=["tired", "hurt"])
    assert "not_heard" not in signs(journal)


def test_more_dismissive_shows_when_repairs_become_rarer(journal):
    early = [entry(journal, 10 * n) for n in range(5)]
    for n, conflict_id in enumerate(early):
        repair_of(journal, conflict_id, talked=True, day=10 * n + 1)
    late = [entry(journal, 60 + 10 * n) for n in range(5)]
    [sign] = signs(journal)["more_dismissive"]
    assert sign.theme is None and sign.entry_ids == tuple(late)


def test_more_dismissive_shows_when_my_moves_step_back_more_without_any_repair(journal):
    for n in range(5):
        entry(journal, 10 * n, mine=["pushing to talk"])
    late = [entry(journal, 60 + 10 * n, mine=["going silent"]) for n in range(5)]
    [sign] = signs(journal)["more_dismissive"]
    assert sign.entry_ids == tuple(late)


def test_not_more_dismissive_when_repairs_stay_as_often(journal):
    for n in range(10):
        conflict_id = entry(journal, 10 * n, mine=["going silent"])
        if n % 2:
            repair_of(journal, conflict_id, talked=True, day=10 * n + 1)
    assert "more_dismissive" not in signs(journal)


def test_stuck_after_fights_shows_when_old_entries_stay_raw(journal):
    ids = [entry(journal, 40 * n, ["Money"], settled=1) for n in range(3)]
    [sign] = signs(journal)["stuck_after_fights"]
    assert (sign.theme, sign.entry_ids) == ("Money", tuple(ids))


def test_not_stuck_when_entries_settled_or_are_only_days_old(journal):
    for n in range(3):
        entry(journal, 40 * n, ["Money"], settled=4)
    for day in (236, 237, 238):  # raw, but within two weeks of "now"
        entry(journal, day, ["Plans"], settled=1)
    assert "stuck_after_fights" not in signs(journal)
