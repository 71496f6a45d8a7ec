"""Merging another copy of this journal into it, entry by entry, losing nothing.

People keep one journal on two computers by syncing its folder; when both wrote while apart,
the sync service keeps the other computer's version as a conflict copy. `merge_copy` reads that
copy (or a vault folder, or a backup), decides record by record what it changes here
(merge_plan), and writes it in one transaction (merge_apply). See docs/sync.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.core.language.vocabulary import counted
from healdesk.i18n import N_, NN_, _
from healdesk.vault.safekeeping.restore import Secret
from healdesk.vault.stores.journal import Journal
from healdesk.vault.stores.store import now_utc, to_iso
from healdesk.vault.sync.merge_apply import apply_plan
from healdesk.vault.sync.merge_plan import BOTH, CHANGED, DELETED, NEW, Plan, make_plan
from healdesk.vault.sync.merge_records import read_side
from healdesk.vault.sync.merge_source import opened_copy

if TYPE_CHECKING:
    from healdesk.vault.vault import Vault

#: kind -> (one, many): the words a plan is described with.
_NOUNS = {
    "conflict": NN_("{n} entry", "{n} entries"),
    "repair": NN_("{n} repair", "{n} repairs"),
    "commitment": NN_("{n} commitment", "{n} commitments"),
    "check_in": NN_("{n} check-in", "{n} check-ins"),
    "theme": NN_("{n} theme", "{n} themes"),
    "person": NN_("{n} person", "{n} people"),
}
_HEADINGS = {
    NEW: N_("New from the other copy"),
    CHANGED: N_("Changed on the other copy"),
    DELETED: N_("Deleted or moved to the trash on the other copy"),
    BOTH: N_("Changed on both (the newer change is kept, the other as a note on the entry)"),
}
NOTHING = N_("Nothing to merge: both copies already hold the same journal.")
CARE = N_(
    "Also from the other copy: newer answers to “Is this conflict, or something else?” or a "
    "newer safety plan."
)
FELT = N_("Also from the other copy: answers to “Did it make a difference to them?”.")


def merge_copy(
    vault: Vault,
    source: Path,
    secret: Secret | None = None,
    dry_run: bool = False,
    journal: Journal | None = None,
) -> Plan:
    """Merge the copy at `source` into `vault` (or only plan it); returns the plan.
    `journal`: the vault's journal on the calling thread's own connection (a background job
    passes `vault.journal_on_this_thread()`'s); by default the vault's own.

    Raises a VaultError with one sentence for the person (nothing changed) when the copy is
    another journal's, from a newer HealDesk, still open elsewhere, or needs its own secret
    (SecretNeeded: ask, then call again with `secret`)."""
    with opened_copy(vault, source, secret) as copy:
        other = read_side(copy)
    journal = journal or vault.journal
    if dry_run:
        return make_plan(read_side(journal.db), other, to_iso(now_utc()) or "")
    with journal.transaction():  # read and write under one write lock: no save in between
        local = read_side(journal.db)
        plan = make_plan(local, other, to_iso(now_utc()) or "")
        apply_plan(journal, plan, local, other)
    return plan


def describe(plan: Plan) -> list[str]:
    """What a plan changes, one line per kind of change, without any entry text."""
    if plan.empty:
        return [_(NOTHING)]
    counts = plan.counts()
    lines = []
    for action, heading in _HEADINGS.items():
        kinds = counts.get(action)
        if kinds:
            parts = [
                counted(n, *_NOUNS[kind])
                for kind, n in sorted(kinds.items(), key=lambda item: _order(item[0]))
            ]
            lines.append(
                _("{heading}: {changes}.").format(heading=_(heading), changes=", ".join(parts))
            )
    if plan.care.checks or plan.care.plan:
        lines.append(_(CARE))
    if plan.care.felt:
        lines.append(_(FELT))
    if not lines:
        lines.append(_("Only bookkeeping differs (deletions and notes already seen here)."))
    return lines


def _order(kind: str) -> int:
    return list(_NOUNS).index(kind)
