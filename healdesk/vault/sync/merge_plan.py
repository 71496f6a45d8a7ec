"""What merging another copy would change here, decided record by record without writing.

Rules (docs/sync.md says them in plain words):
- a record on one side only is kept, unless the other side deleted it unchanged;
- a record changed on one side only takes that change (the revision histories tell which
  side is older: its newest revision appears in the other's history);
- a record changed on both sides takes the newer change; the other is kept as a merge note;
- a deletion wins over an unchanged record, never over an edit the deleting copy had not seen;
- the trash is merged by time: an entry stays in the trash unless it was edited after it was
  put there;
- a theme or person follows its uid (a rename on one side is a change of that record); two
  with the same name are one, the smaller uid stays;
- care data (the check's answers, the safety plan, ...) has rules of its own (merge_care).
Both directions give the same journal, and merging again changes nothing.
"""

from __future__ import annotations

import copy
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from healdesk.vault.stores.identity import KINDS
from healdesk.vault.sync.merge_care import CareChanges, plan_care
from healdesk.vault.sync.merge_records import Record, Side, Tombstone, note_body

NEW, CHANGED, DELETED, BOTH = "new", "changed", "deleted", "both changed"
KEEP_REVS = 40
_LABELS = ("theme", "person")


@dataclass(slots=True)
class Change:
    """One record to write (`record`: the merged version) or delete (`record` None)."""

    kind: str
    uid: str
    action: str
    record: Record | None
    local: Record | None
    note: tuple[str, ...] | None = None  # a merge note row for the losing version


@dataclass(slots=True)
class Alias:
    """A theme or person that is the same as `survivor` (same name, larger uid)."""

    kind: str
    uid: str
    survivor: str
    revs: tuple[str, ...]


@dataclass(slots=True)
class Plan:
    changes: list[Change] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    notes: list[tuple[object, ...]] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    care: CareChanges = field(default_factory=CareChanges)

    @property
    def empty(self) -> bool:
        return not (
            self.changes or self.aliases or self.notes or self.tombstones or self.care.worth_saying
        )

    def counts(self) -> dict[str, dict[str, int]]:
        """action -> kind -> how many: what the person is shown before merging."""
        counted: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for change in self.changes:
            counted[change.action][change.kind] += 1
        for alias in self.aliases:
            counted[CHANGED][alias.kind] += 1
        return {action: dict(kinds) for action, kinds in counted.items()}


def make_plan(local: Side, other: Side, noted_at: str) -> Plan:
    plan = Plan()
    aliases: dict[str, str] = {}
    for kind in KINDS:
        if kind == "conflict":
            _follow_aliases(local, aliases)
            _follow_aliases(other, aliases)
        changes = [
            c
            for uid in sorted(local.records[kind].keys() | other.records[kind].keys())
            if (c := _compare(kind, uid, local, other, noted_at)) is not None
        ]
        if kind in _LABELS:
            changes = _unify_names(kind, local, other, changes, plan, aliases)
        plan.changes += changes
    _keep_used_labels(plan, local)
    plan.notes = [row for uid, row in sorted(other.notes.items()) if uid not in local.notes]
    plan.notes += [c.note for c in plan.changes if c.note and c.note[0] not in local.notes]
    plan.tombstones = [
        t for uid, t in sorted(other.tombstones.items()) if uid not in local.tombstones
    ]
    plan.care = plan_care(local.care, other.care)
    return plan


def _compare(kind: str, uid: str, local: Side, other: Side, noted_at: str) -> Change | None:
    mine, theirs = local.records[kind].get(uid), other.records[kind].get(uid)
    if theirs is None:
        gone = other.tombstones.get(uid)
        if mine is not None and gone is not None and mine.head in gone.revs:
            return Change(kind, uid, DELETED, None, mine)
        return None  # new here, or deleted there after an edit it had not seen
    if mine is None:
        gone = local.tombstones.get(uid)
        if gone is not None and theirs.head in gone.revs:
            return None  # deleted here, unchanged there
        return Change(kind, uid, NEW, theirs, None)
    if theirs.head == mine.head or theirs.head in mine.revs:
        winner, revs, action, note = mine, mine.revs, None, None
    elif mine.head in theirs.revs:
        winner, revs, action, note = theirs, theirs.revs, CHANGED, None
    else:
        newer = (mine.updated_at, mine.head) > (theirs.updated_at, theirs.head)
        winner, loser = (mine, theirs) if newer else (theirs, mine)
        revs = (*winner.revs, *(t for t in loser.revs if t not in winner.revs))[:KEEP_REVS]
        action = BOTH
        note = None
        if loser.fields != winner.fields:
            loser_side = local if loser is mine else other
            note = (
                hashlib.sha256(f"{uid} {loser.head}".encode()).hexdigest()[:32],
                kind,
                uid,
                loser.updated_at,
                noted_at,
                note_body(loser, loser_side),
            )
    trashed = _trash(mine, theirs, winner)
    if action is None and trashed != mine.trashed_at:
        action = DELETED if trashed else CHANGED
    if action is None:
        return None
    merged = copy.copy(winner)
    merged.revs, merged.trashed_at = revs, trashed
    return Change(kind, uid, action, merged, mine, note)


def _trash(mine: Record, theirs: Record, winner: Record) -> str | None:
    """A move to the trash stands if the copy that made it had seen the entry as merged, or
    was later than the edit it had not seen (on a tie, the edit wins: nothing is hidden)."""
    moved = [
        side.trashed_at
        for side in (mine, theirs)
        if side.trashed_at and (side.head == winner.head or side.trashed_at > winner.updated_at)
    ]
    return max(moved, default=None)


def _fold(name: str) -> str:
    """Names compare as SQLite's NOCASE does: ASCII letters only."""
    return "".join(c.lower() if c.isascii() else c for c in name)


def _unify_names(
    kind: str,
    local: Side,
    other: Side,
    changes: list[Change],
    plan: Plan,
    aliases: dict[str, str],
) -> list[Change]:
    """Two themes (or people) that end up with one name are one: the smaller uid stays."""
    final = {uid: r.fields["name"] for uid, r in local.records[kind].items()}
    for change in changes:  # one deleted there still holds its name here until it goes
        if change.record is not None:
            final[change.uid] = change.record.fields["name"]
    groups: dict[str, list[str]] = defaultdict(list)
    for uid, name in final.items():
        groups[_fold(name)].append(uid)
    dropped = set()
    for uids in groups.values():
        survivor, *rest = sorted(uids)
        for uid in rest:
            record = local.records[kind].get(uid) or other.records[kind][uid]
            aliases[uid] = survivor
            plan.aliases.append(Alias(kind, uid, survivor, record.revs))
            dropped.add(uid)
    return [c for c in changes if c.uid not in dropped]


def _follow_aliases(side: Side, aliases: dict[str, str]) -> None:
    """References to a theme or person that merged into another point at that one."""
    if not aliases:
        return
    for record in side.records["conflict"].values():
        fields = record.fields
        fields["person"] = aliases.get(fields["person"], fields["person"])
        fields["themes"] = list(dict.fromkeys(aliases.get(t, t) for t in fields["themes"]))


def _keep_used_labels(plan: Plan, local: Side) -> None:
    """A theme or person deleted on the other side stays while a merged entry still names it."""
    deleted = {c.uid for c in plan.changes if c.record is None}
    conflicts = {uid: r for uid, r in local.records["conflict"].items() if uid not in deleted}
    conflicts.update({c.uid: c.record for c in plan.changes if c.kind == "conflict" and c.record})
    used = {r.fields["person"] for r in conflicts.values()}
    used.update(t for r in conflicts.values() for t in r.fields["themes"])
    plan.changes = [
        c for c in plan.changes if not (c.kind in _LABELS and c.record is None and c.uid in used)
    ]
