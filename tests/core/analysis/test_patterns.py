"""Pattern figures on constructed journals in real vaults, where the answer is known."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from healdesk.core.analysis.insights import paragraphs, sentences, sign_notes
from healdesk.core.analysis.patterns import analyse_journal
from tests.helpers.journals import (
    add,
    all_repaired,
    berlin,
    monthly_firsts,
    repair,
    weekly_sundays,
)


def test_weekly_theme_on_sunday_evenings_across_the_spring_dst_change(journal):
    ids = weekly_sundays(journal)
    report = analyse_journal(journal)
    chores = report.theme("Chores")
    assert chores.count == 20 and chores.conflict_ids == tuple(ids)
    assert chores.recurring and chores.median_days_between == 7.0
    assert (chores.top_weekday, chores.top_time_of_day) == ("Sunday", "evening")
    assert chores.clustered and chores.time_clustered
    assert chores.weekday_counts == (0, 0, 0, 0, 0, 0, 20)
    assert report.weekday_hours[6][19] == 20 and sum(map(sum, report.weekday_hours)) == 20
    assert chores.mean_intensity == 5.9
    assert chores.busiest_four_weeks == 4 and chores.recent_count == 8
    assert chores.frequency_trend == "steady" and chores.intensity_trend == "steady"
    assert chores.people == (("Sam", 20),)
    assert chores.my_part == (("raising my voice", 20), ("sarcasm", 10))
    assert report.months == ("2026-02", "2026-03", "2026-04", "2026-05", "2026-06")
    assert report.theme_months["Chores"] == (4, 5, 4, 5, 2)
    assert sentences(report)[:2] == [
        "Chores came up 20 times, about every week, mostly on Sunday evenings.",
        "8 of them were in the last 8 weeks.",
    ]


def test_monthly_theme_across_a_new_year(journal):
    monthly_firsts(journal)
    report = analyse_journal(journal)
    money = report.theme("Money")
    assert money.count == 12 and money.recurring
    # Gaps 31,30,31,30,31,31,28,31,30,31,30 days on the wall clock, whatever the offset.
    assert money.median_days_between == 31.0
    # Monday and Wednesday hold 3 firsts each: ties go to the earlier weekday.
    assert money.top_weekday == "Monday" and not money.clustered
    assert money.top_time_of_day == "morning" and money.time_clustered
    assert report.months[0] == "2025-08" and report.months[-1] == "2026-07"
    assert report.theme_months["Money"] == (1,) * 12
    assert (
        sentences(report)[0] == "Money came up 12 times, about every month, mostly in the morning."
    )


def test_a_theme_three_times_in_a_year_does_not_recur(journal):
    for day in (date(2026, 1, 5), date(2026, 4, 15), date(2026, 7, 24)):
        add(journal, berlin(day.year, day.month, day.day, 12), ["Plans"])
    plans = analyse_journal(journal).theme("Plans")
    assert plans.count == 3 and plans.median_days_between == 100.0 and not plans.recurring


def test_no_repairs(journal):
    weekly_sundays(journal, weeks=4)
    report = analyse_journal(journal)
    assert report.repair_rate == 0.0 and report.repaired_count == 0
    assert report.median_hours_to_repair is None and report.commitments_kept is None
    assert report.same_fight_again == ()
    assert [n.sign for n in sign_notes(report)] == ["same_fight"]  # no sign needs a repair
    assert report.repair_rate_by_month == (0.0,)
    assert any(s.startswith("No repairs are linked") for s in sentences(report))


def test_all_repaired_with_commitments_and_the_same_fight_again(journal):
    ids = all_repaired(journal)
    report = analyse_journal(journal)
    assert report.repair_rate == 1.0 and report.repaired_count == 6
    assert report.median_hours_to_repair == 36.0  # 12 24 24 | 48 48 72
    assert report.commitment_results == {"kept": 3, "partly": 1, "not_yet": 0, "unchecked": 1}
    assert report.commitments_kept == 0.75
    assert report.settled_counts == {1: 3, 2: 3, 3: 0, 4: 0, 5: 0, None: 0}
    assert report.same_fight_again == ("Chores",)
    same, unsettled, stuck = sign_notes(report)
    assert (same.sign, same.theme, same.entry_ids) == ("same_fight", "Chores", tuple(ids))
    assert (unsettled.sign, unsettled.entry_ids) == ("unsettled_after_trying", tuple(ids))
    for gentle in ("very common", "therapist can help"):
        assert gentle in same.text
    assert "even after trying to work on it" in unsettled.text  # no repair reached a talk
    assert (stuck.sign, stuck.theme) == ("stuck_after_fights", "Chores")
    assert "You worked on a repair for 6 of 6 conflicts, usually within about 36 hours." in (
        sentences(report)
    )
    assert "You checked in on your commitments: 3 kept and 1 partly." in sentences(report)
    assert (
        "Of the 6 entries where you noted how settled you feel, none feel mostly settled or at "
        "peace now, and 6 still feel raw or unsettled."
    ) in sentences(report)


def test_repaired_and_settled_is_not_the_same_fight_again(journal):
    for week in range(5):
        when = berlin(2026, 1, 4) + timedelta(weeks=week)
        repair(journal, [add(journal, when, ["Chores"], settled=5)], when + timedelta(hours=2))
    report = analyse_journal(journal)
    assert report.theme("Chores").recurring and report.same_fight_again == ()


def test_unsettled_but_rare_is_not_the_same_fight_again(journal):
    for month in (1, 5, 9):
        when = berlin(2026, month, 3)
        repair(journal, [add(journal, when, ["Money"], settled=1)], when + timedelta(hours=5))
    report = analyse_journal(journal)
    assert not report.theme("Money").recurring and report.same_fight_again == ()


def test_empty_journal(journal):
    report = analyse_journal(journal)
    assert report.conflict_count == 0 and report.themes == () and report.months == ()
    assert report.repair_rate == 0.0 and report.median_hours_to_repair is None
    assert report.commitments_kept is None and report.same_fight_again == ()
    assert sentences(report) == [
        "There are no entries here yet. Patterns show up once a few conflicts are written down."
    ]


def test_one_entry(journal):
    add(journal, berlin(2026, 3, 4, 7, 30), ["Work"], intensity=7)
    report = analyse_journal(journal)
    work = report.theme("Work")
    assert (work.count, work.recurring, work.median_days_between) == (1, False, None)
    assert (work.top_weekday, work.top_time_of_day, work.mean_intensity) == (
        "Wednesday",
        "morning",
        7.0,
    )
    assert work.frequency_trend == "" and work.busiest_four_weeks == 1
    assert sentences(report)[0] == "Work came up once."


def test_time_to_repair_is_real_elapsed_time_across_dst_changes(journal):
    # Spring: 20:00 CET to 20:00 CEST the next evening is 23 hours.
    spring = add(journal, berlin(2026, 3, 28, 20), ["Plans"])
    repair(journal, [spring], berlin(2026, 3, 29, 20))
    assert analyse_journal(journal).median_hours_to_repair == 23.0
    # Autumn: 20:00 CEST to 20:00 CET the next evening is 25 hours.
    autumn = add(journal, berlin(2026, 10, 24, 20), ["Plans"])
    repair(journal, [autumn], berlin(2026, 10, 25, 20))
    assert analyse_journal(journal, start=date(2026, 10, 1)).median_hours_to_repair == 25.0
    assert analyse_journal(journal).median_hours_to_repair == 24.0


def test_entries_inside_the_dst_hours_keep_their_wall_clock(journal):
    add(journal, berlin(2026, 3, 29, 1, 30), ["Night"])  # the last hour of CET
    add(journal, berlin(2026, 3, 29, 3, 30), ["Night"])  # one real hour later, CEST
    add(journal, berlin(2026, 10, 25, 2, 30), ["Night"])  # 02:30 CEST
    add(journal, berlin(2026, 10, 25, 2, 30, fold=1), ["Night"])  # 02:30 again, CET
    report = analyse_journal(journal)
    night = report.theme("Night")
    assert night.count == 4 and night.weekday_counts[6] == 4
    assert report.weekday_hours[6][1] == 1 and report.weekday_hours[6][3] == 1
    assert report.weekday_hours[6][2] == 2 and night.top_time_of_day == "night"


def test_a_weekly_theme_across_the_new_year(journal):
    first = date(2025, 12, 3)
    for week in range(8):
        day = first + timedelta(weeks=week)
        add(journal, berlin(day.year, day.month, day.day, 21), ["Family and in-laws"])
    report = analyse_journal(journal)
    family = report.theme("Family and in-laws")
    assert family.median_days_between == 7.0 and family.top_weekday == "Wednesday"
    assert report.months == ("2025-12", "2026-01")
    assert report.theme_months["Family and in-laws"] == (5, 3)


def test_people_co_themes_and_my_part_per_theme(journal):
    for week in range(6):
        themes = ["Screens", "Time together"] if week % 2 else ["Screens"]
        add(
            journal,
            berlin(2026, 2, 2) + timedelta(weeks=week),
            themes,
            person="Mum" if week < 5 else "Sam",
            my_part=["going silent"] if week < 3 else ["walking away"],
        )
    add(journal, berlin(2026, 4, 1), ["Money"], person="Sam", my_part=["sarcasm"])
    for day in range(5):
        add(journal, berlin(2026, 5, 4 + day, 8), ["Work"], person="Sam")
    report = analyse_journal(journal)
    screens = report.theme("Screens")
    assert screens.people == (("Mum", 5), ("Sam", 1))
    assert screens.co_themes == (("Time together", 3),)
    assert screens.my_part == (("going silent", 3), ("walking away", 3))
    assert report.theme("Money").my_part == ()  # once is not "keeps showing up"
    assert "Most of these were with Mum." in paragraphs(report)[0]
    # Sam is who most entries are with: saying so of Work would tell nothing.
    assert "Most of these" not in paragraphs(report)[1]
    assert "It often came up together with Time together." in paragraphs(report)[0]
    assert (
        paragraphs(report)[0].startswith("Screens came up 6 times") and len(paragraphs(report)) == 5
    )


def test_trend_compares_the_second_half_with_the_first(journal):
    for day in (5, 40):
        add(journal, berlin(2026, 1, 1) + timedelta(days=day), ["Chores"], intensity=2)
    for day in range(100, 120, 3):
        add(journal, berlin(2026, 1, 1) + timedelta(days=day), ["Chores"], intensity=8)
    chores = analyse_journal(journal).theme("Chores")
    assert (chores.frequency_trend, chores.intensity_trend) == ("more often", "more intense")


def test_a_date_range_counts_only_its_entries_and_their_repairs(journal):
    ids = all_repaired(journal)
    report = analyse_journal(journal, start=date(2026, 5, 10), end=date(2026, 5, 24))
    assert report.conflict_count == 3 and report.theme("Chores").conflict_ids == tuple(ids[1:4])
    assert report.median_hours_to_repair == 48.0
    # Only week 1's repair is in range: partly->kept, partly, and one never checked.
    assert report.commitment_results == {"kept": 1, "partly": 1, "not_yet": 0, "unchecked": 1}
    assert report.commitments_kept == 0.5


def test_analysis_never_reads_entry_bodies(journal):
    weekly_sundays(journal, weeks=3)
    with journal.transaction():
        journal.db.execute("UPDATE conflict SET body = 'not json at all'")
    with pytest.raises(ValueError):
        journal.get_conflict(1)  # the control: reading a body now fails
    assert analyse_journal(journal).theme("Chores").count == 3


def test_trashed_entries_and_their_repairs_drop_out(journal):
    ids = all_repaired(journal)
    journal.delete_conflict(ids[0])  # its repair held the two kept commitments
    report = analyse_journal(journal)
    assert report.conflict_count == 5 and report.theme("Chores").count == 5
    assert report.commitment_results == {"kept": 1, "partly": 1, "not_yet": 0, "unchecked": 1}
    assert report.median_hours_to_repair == 48.0  # 12 24 | 48 | 48 72


def test_repair_times_come_from_the_time_index(journal):
    conflict = add(journal, berlin(2026, 3, 1), ["Plans"])
    made = berlin(2026, 3, 2, 8, 30)
    repair_id = repair(journal, [conflict], made)
    assert journal.repair_times() == {repair_id: int(made.timestamp())}


def test_typical_gaps_read_as_everyday_words(journal):
    for week in range(0, 20, 2):
        add(journal, berlin(2026, 1, 4) + timedelta(weeks=week), ["Plans"])
    report = analyse_journal(journal, until=berlin(2026, 9, 1))  # nothing "lately"
    assert report.theme("Plans").median_days_between == 14.0
    assert sentences(report)[0] == (
        "Plans came up 10 times, about every two weeks, mostly on Sunday evenings."
    )


def test_the_settled_groups_add_up_to_the_entries_noted(journal):
    """The middle ("calmer") group is named too, so the three numbers add up."""
    for day, settled in enumerate((1, 2, 3, 3, 4, 5, None), start=1):
        add(journal, berlin(2026, 3, day, 20), ["Chores"], settled=settled)
    assert (
        "Of the 6 entries where you noted how settled you feel, 2 feel mostly settled or at "
        "peace now, 2 feel calmer, and 2 still feel raw or unsettled."
    ) in sentences(analyse_journal(journal))
