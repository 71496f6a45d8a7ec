"""The shared words: one wording per repair status and check-in result, said the same way by
the app, the therapist PDF and the Markdown export."""

from __future__ import annotations

from datetime import UTC, datetime

from healdesk.core.bundle import JournalBundle
from healdesk.core.language import words
from healdesk.core.repairs.repair import CheckInResult, Repair, RepairStatus
from healdesk.formats import markdown


def test_every_status_and_check_in_has_words():
    assert set(words.REPAIR_STATUS_WORDS) == set(RepairStatus)
    assert set(words.CHECK_IN_WORDS) == set(CheckInResult)
    assert words.status_word("draft") == words.status_word(RepairStatus.DRAFT) == "not finished yet"
    assert words.check_in_word("not_yet") == "not yet"


def test_a_value_from_a_newer_file_is_shown_as_it_is():
    assert words.status_word("paused") == "paused"
    assert words.check_in_word("maybe") == "maybe"


def test_sentence_start_capitalises_only_the_first_letter():
    assert words.sentence_start("we talked") == "We talked"
    assert words.sentence_start("über Geld") == "Über Geld"
    assert words.sentence_start("nicht Geld") == "Nicht Geld"  # str.capitalize would not keep case
    assert words.sentence_start("") == ""


def test_markdown_says_an_unfinished_repair_as_the_app_does():
    repair = Repair(
        template_id="t",
        template_version=1,
        title="After the door",
        snapshot=(),
        answers={},
        created_at=datetime(2026, 4, 1, tzinfo=UTC),
    )
    text = markdown.journal_markdown(JournalBundle(repairs=[repair]))
    assert "Status: not finished yet" in text
