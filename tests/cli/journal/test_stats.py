"""`healdesk stats` as a real process on a real vault gives exactly the known figures."""

from __future__ import annotations

import json

import pytest

from tests.helpers.cli import (
    assert_one_line_error,
    healdesk,
    passphrase_options,
    run_without_qt,
    stats,
)
from tests.helpers.journals import all_repaired, monthly_firsts


@pytest.fixture
def stats_vault(vault, tmp_path):
    all_repaired(vault.journal)
    monthly_firsts(vault.journal)
    return passphrase_options(vault, tmp_path)


def test_json_has_exactly_the_documented_keys_and_figures(stats_vault):
    assert json.loads(stats(stats_vault, "--json")) == {
        "themes": [
            {
                "name": "Money",
                "count": 12,
                "recurring": True,
                "median_days_between": 31.0,
                "top_weekday": "Monday",
                "mean_intensity": 3.0,
            },
            {
                "name": "Chores",
                "count": 6,
                "recurring": True,
                "median_days_between": 7.0,
                "top_weekday": "Sunday",
                "mean_intensity": 6.0,
            },
        ],
        "repair_rate": 0.333,
        "median_hours_to_repair": 36.0,
        "commitments_kept": 0.75,
        "same_fight_again": ["Chores"],
        "cycles": [],
        "underneath": [
            {"theme": name, "my_wishes": [], "their_wishes": [], "feelings": []}
            for name in ("Money", "Chores")
        ],
        "therapy_signs": [
            {"sign": "same_fight", "theme": "Money", "entry_ids": list(range(7, 19))},
            {"sign": "same_fight", "theme": "Chores", "entry_ids": list(range(1, 7))},
            {"sign": "unsettled_after_trying", "theme": "Chores", "entry_ids": list(range(1, 7))},
            {"sign": "stuck_after_fights", "theme": "Chores", "entry_ids": list(range(1, 7))},
        ],
    }


def test_a_date_range_gives_that_range_alone(stats_vault):
    figures = json.loads(stats(stats_vault, "--json", "--from", "2026-05-10", "--to", "2026-05-24"))
    assert [(t["name"], t["count"]) for t in figures["themes"]] == [("Chores", 3)]
    assert (figures["repair_rate"], figures["median_hours_to_repair"]) == (1.0, 48.0)
    assert figures["commitments_kept"] == 0.5 and figures["same_fight_again"] == ["Chores"]


def test_an_empty_range_gives_nulls_not_errors(stats_vault):
    assert json.loads(stats(stats_vault, "--json", "--from", "2030-01-01")) == {
        "themes": [],
        "repair_rate": 0.0,
        "median_hours_to_repair": None,
        "commitments_kept": None,
        "same_fight_again": [],
        "cycles": [],
        "underneath": [],
        "therapy_signs": [],
    }


def test_text_output_tells_the_same_in_sentences(stats_vault):
    text = stats(stats_vault)
    assert text.startswith("18 conflicts from 2025-08-01 to 2026-07-01")
    assert "Money came up 12 times, about every month, mostly in the morning." in text
    # Sam has no role here: help is offered in words that fit any relationship.
    assert "A counsellor or therapist can help" in text and "What happened" not in text


def test_bad_dates_get_one_clear_line(stats_vault):
    assert_one_line_error(healdesk("stats", *stats_vault, "--from", "May 3"), "YYYY-MM-DD")
    assert_one_line_error(
        healdesk("stats", *stats_vault, "--from", "2026-05-03", "--to", "2026-05-01"), "after"
    )


def test_stats_never_imports_qt(stats_vault):
    output = run_without_qt("stats", "--json", *stats_vault)
    assert json.loads(output)["same_fight_again"] == ["Chores"]
