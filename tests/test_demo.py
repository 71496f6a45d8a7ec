"""The demo journal: invented, reproducible, and shaped like a real year."""

from __future__ import annotations

from collections import Counter
from datetime import date

from healdesk import demo
from tests.helpers.demo_sentences import english_sample_sentences

TODAY = date(2026, 6, 30)


def test_a_year_with_themes_on_their_own_rhythms(journal):
    count = demo.fill(journal, TODAY)
    summaries = journal.summaries()
    assert count == len(summaries) and 60 <= count <= 250
    first, last = summaries[0].happened_at.date(), summaries[-1].happened_at.date()
    assert (TODAY - first).days > 300 and last < TODAY  # nothing later today
    chores = [s.happened_at for s in summaries if "chores" in s.themes]
    assert chores and all(t.weekday() == 6 and t.hour >= 18 for t in chores)
    money = [s.happened_at for s in summaries if s.themes[0] == "money"]
    assert money and all(t.day <= 3 for t in money)
    in_laws = Counter(s.happened_at.month for s in summaries if s.person == "Margaret")
    assert set(in_laws) <= {3, 4, 7, 10, 11, 12, 1}
    assert len({s.intensity for s in summaries}) >= 5
    assert len({s.settled for s in summaries}) >= 4
    people = {p.name: p.role for p in journal.people()}
    assert people["Alex"] == "Partner" and people["Margaret"] == "Mother-in-law"


def test_repairs_and_commitments_with_check_ins(journal):
    demo.fill(journal, TODAY)
    repairs = journal.repair_summaries()
    assert len(repairs) >= 20
    assert all(r.created_at.date() < TODAY for r in journal.repairs())
    commitments = journal.commitments()
    assert commitments and any(c.check_ins for c in commitments)
    assert all(c.repair_id is not None for c in commitments)


def test_the_same_seed_gives_the_same_journal(journal, tmp_path):
    from healdesk.vault import Vault

    demo.fill(journal, TODAY)
    other, _key = Vault.create(tmp_path / "other", "another passphrase")
    try:
        demo.fill(other.journal, TODAY)
        mine = [(s.happened_at, s.themes, s.intensity) for s in journal.summaries()]
        theirs = [(s.happened_at, s.themes, s.intensity) for s in other.journal.summaries()]
        assert mine == theirs
    finally:
        other.lock()


# --- in the app's language -----------------------------------------------------------------


def _written(journal) -> list[str]:
    """Every piece of text and every name the demo put in the journal."""
    texts = []
    for summary in journal.summaries():
        conflict = journal.get_conflict(summary.id)
        texts += [conflict.what_happened, conflict.my_feelings_note, conflict.person]
        texts += conflict.themes
    for repair in journal.repairs():
        texts += [repair.title, *repair.answers.values()]
        texts += [s.title for s in repair.snapshot] + [
            f.label for s in repair.snapshot for f in s.fields
        ]
    texts += [c.text for c in journal.commitments()]
    texts += [p.name for p in journal.people()] + [p.role for p in journal.people()]
    return [t for t in texts if t]


def test_in_german_the_demo_writes_no_english_sample_text(journal):
    from healdesk import i18n
    from healdesk.core.language.vocabulary import SUGGESTED_THEMES

    i18n.set_language("de")
    try:
        demo.fill(journal, TODAY)
    finally:
        i18n.set_language("en")
    written = _written(journal)
    english = english_sample_sentences()
    assert [t for t in written if t in english or any(s in t for s in english)] == []
    themes = {t.name for t in journal.themes()}
    assert "Haushalt" in themes and not themes & set(SUGGESTED_THEMES)
    people = {p.name: p.role for p in journal.people()}
    assert people == {"Alex": "Partner", "Margarete": "Schwiegermutter", "Jonas": "Brother"}
    assert any("Sonntagabend" in t for t in written)
    # Picked words stay stable keys, whatever the language they were written in.
    first = journal.get_conflict(journal.summaries()[0].id)
    assert set(first.my_part) <= {
        "keeping score",
        "criticising",
        "bringing up the past",
        "pushing to talk",
    }


def test_in_english_the_demo_writes_its_english_sample_text(journal):
    demo.fill(journal, TODAY)
    written = set(_written(journal))
    stories = {journal.get_conflict(s.id).what_happened for s in journal.summaries()}
    assert stories <= english_sample_sentences() and len(stories) >= 20
    assert {t.name for t in journal.themes()} >= {"chores", "money", "family and in-laws"}
    assert any(text.startswith("I own the ") for text in written)


def test_a_demo_repair_opens_in_the_shipped_flow_with_its_answers(journal):
    """Its answers sit under the flow's own step and field keys, so continuing a demo repair
    shows them in their fields rather than as words of an older flow."""
    from healdesk.core.repairs.template_loader import load_catalog

    demo.fill(journal, TODAY)
    flow = load_catalog().templates["repair-after-fight"]
    asked = {flow.key(step, item) for step, item in flow.fields()}
    repairs = journal.repairs()
    assert repairs and all(r.template_version == flow.version for r in repairs)
    assert all(r.answers and set(r.answers) <= asked for r in repairs)
