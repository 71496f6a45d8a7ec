"""Words that fit the relationship, sentences that state only what the journal shows, the
cycle described as moves, and no sentence that counts anyone's faults."""

from __future__ import annotations

import re

from healdesk.core.analysis.insights import loop_notes, sentences, sign_notes
from healdesk.core.analysis.patterns import analyse_journal
from tests.helpers.loop_journals import UNTIL, entry, pursue_withdraw, repair_of, with_role


def all_words(report) -> list[str]:
    notes = loop_notes(report)
    return [
        *sentences(report),
        *(n.text for n in sign_notes(report)),
        *(s for n in notes for s in (*n.sentences, *n.underneath)),
    ]


def test_a_mother_journal_never_offers_a_couples_therapist(journal):
    with_role(journal, "Mum", "Mother")
    for week in range(4):
        entry(journal, 7 * week, person="Mum", settled=2)
    said = " ".join(all_words(analyse_journal(journal, until=UNTIL)))
    assert "family therapist or a counsellor" in said
    assert "couples" not in said and "you both" not in said
    assert "talking it through" not in said  # no repair reached a conversation


def test_a_partner_journal_offers_a_couples_therapist(journal):
    with_role(journal, "Sam", "Partner")
    for week in range(4):
        entry(journal, 7 * week, settled=2)
    notes = sign_notes(analyse_journal(journal, until=UNTIL))
    assert "A couples therapist can help you both" in notes[0].text


def test_an_untried_repair_is_never_called_talking_it_through(journal):
    with_role(journal, "Sam", "Partner")
    ids = [entry(journal, 7 * week, settled=1) for week in range(4)]
    for n, conflict_id in enumerate(ids):
        repair_of(journal, conflict_id, talked=False, day=7 * n + 1)
    said = " ".join(all_words(analyse_journal(journal, until=UNTIL)))
    assert "even after trying to work on it" in said and "talking it through" not in said


def test_the_cycle_sentence_describes_moves_and_why_both_make_sense(journal):
    with_role(journal, "Alex", "Partner")
    ids = pursue_withdraw(journal, "Alex")
    report = analyse_journal(journal, until=UNTIL)
    [loop] = report.loops
    assert (loop.theme, loop.my_move, loop.their_move) == (
        "Chores",
        "pushing to talk",
        "went_quiet",
    )
    assert (loop.together, loop.then_they, loop.then_me, loop.entry_ids) == (4, 4, 4, tuple(ids))
    [note] = loop_notes(report)
    assert note.sentences[0] == (
        "When it is about Chores, you often push to talk it through, and Alex often goes quiet; "
        "then you push to talk it through again."
    )
    assert "protecting the bond" in note.sentences[1]
    assert not re.search(r"\b(pursuer|withdrawer|distancer)\b", " ".join(note.sentences))
    assert note.underneath == (
        "Underneath Chores, you most often wished for: appreciation.",
        "You guessed Alex wished for: rest.",
        "You often felt: lonely.",
    )


def test_without_an_order_the_loop_never_says_then(journal):
    for week in range(3):
        entry(journal, 7 * week, mine=["pushing to talk"], theirs=["went_quiet"])
    [loop] = analyse_journal(journal, until=UNTIL).loops
    assert (loop.then_they, loop.then_me) == (0, 0)
    [note] = loop_notes(analyse_journal(journal, until=UNTIL))
    assert "then you" not in note.sentences[0]


def test_no_sentence_counts_my_part_as_a_score(journal):
    with_role(journal, "Alex", "Partner")
    for week in range(13):
        entry(journal, 7 * week, person="Alex", mine=["defending myself"], theirs=["criticised"])
    said = all_words(analyse_journal(journal, until=UNTIL))
    assert any("from you, defending myself; from Alex, criticised" in s for s in said)
    for sentence in said:
        assert "%" not in sentence
        assert not re.search(r"defending myself\W+\(?\d", sentence), sentence
        assert not re.search(r"\d+ times\)", sentence), sentence


def kept_commitment(journal, conflict_id: int, day: int) -> None:
    from datetime import timedelta

    from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment
    from tests.helpers.loop_journals import START

    repair_id = repair_of(journal, conflict_id, talked=True, day=day)
    made = START + timedelta(days=day, hours=21)
    journal.add_commitment(
        Commitment(
            "Phones away at dinner",
            (made + timedelta(days=3)).date(),
            repair_id,
            [CheckIn(made + timedelta(days=4), CheckInResult.KEPT)],
            created_at=made,
        )
    )


def test_kept_commitments_while_the_fight_comes_back_are_named_without_grading(journal):
    with_role(journal, "Alex", "Partner")
    first = entry(journal, 0, person="Alex")
    kept_commitment(journal, first, 0)
    for week in (2, 3):
        entry(journal, 7 * week, person="Alex")
    said = " ".join(sentences(analyse_journal(journal, until=UNTIL)))
    assert "You kept commitments around Chores, and it still came back." in said
    assert "whether it made a difference to them" in said


def test_kept_commitments_with_no_fight_since_say_nothing_of_it(journal):
    for week in range(3):
        entry(journal, 7 * week)
    kept_commitment(journal, 3, 15)  # the last entry, after which nothing came back
    said = " ".join(sentences(analyse_journal(journal, until=UNTIL)))
    assert "still came back" not in said
