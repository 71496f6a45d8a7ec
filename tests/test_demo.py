"""The demo journal: invented, reproducible, and shaped like a real year."""

from __future__ import annotations

from collections import Counter
from datetime import date

from healdesk import demo

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
