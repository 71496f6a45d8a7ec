"""Importing a `JournalBundle` into the journal: everything or nothing, never replacing.

An import only adds. A conflict is a duplicate when the journal already holds one at the
same instant with the same what-happened text (trash included); a repair, when one with the
same template, creation time and answers exists; a commitment, when one with the same text,
due date and creation time exists. Duplicates are skipped and counted, and links from the
file's repairs and commitments are pointed at the entries already there. Themes and people
that exist keep their colour and role.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace

from healdesk.core.bundle import JournalBundle
from healdesk.core.progress import ProgressCallback
from healdesk.core.repairs.repair import Commitment, Repair
from healdesk.i18n import _
from healdesk.vault.errors import StorageRefused, VaultError
from healdesk.vault.storage.database import DatabaseError
from healdesk.vault.stores.journal import Journal
from healdesk.vault.stores.labels import clean_name
from healdesk.vault.stores.store import dumps, epoch

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class ImportNotSaved(VaultError):
    """The import's one transaction failed: the journal is as it was before."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            _("The import could not be saved ({reason}); nothing from the file was added.").format(
                reason=reason
            )
        )


#: How many entries between two progress calls.
PROGRESS_STEP = 200


@dataclass(slots=True)
class ImportReport:
    """What an import added and what it skipped, by kind."""

    conflicts: int = 0
    repairs: int = 0
    commitments: int = 0
    themes: int = 0
    people: int = 0
    duplicate_conflicts: int = 0
    duplicate_repairs: int = 0
    duplicate_commitments: int = 0
    skipped_empty: int = 0

    @property
    def duplicates(self) -> int:
        return self.duplicate_conflicts + self.duplicate_repairs + self.duplicate_commitments


def import_bundle(
    journal: Journal, bundle: JournalBundle, progress: ProgressCallback | None = None
) -> ImportReport:
    """Add the bundle's entries in one transaction; the bundle itself is left unchanged.

    `progress` lets an app show how far it got; when it raises `Cancelled`, nothing is added."""
    report = ImportReport(skipped_empty=bundle.skipped_empty)
    try:
        with journal.transaction():
            _import_labels(journal, bundle, report)
            conflict_ids = _import_conflicts(journal, bundle, report, progress)
            repair_ids = _import_repairs(journal, bundle, conflict_ids, report)
            _import_commitments(journal, bundle, repair_ids, report)
    except DatabaseError as error:
        raise ImportNotSaved(str(error)) from None
    except StorageRefused as error:
        raise ImportNotSaved(error.reason) from None
    return report


def _import_labels(journal: Journal, bundle: JournalBundle, report: ImportReport) -> None:
    themes = {_name_key(t.name) for t in journal.themes()}
    for theme in bundle.themes:
        key = _name_key(theme.name)
        if key is not None and key not in themes:
            journal.add_theme(theme.name, theme.colour)
            themes.add(key)
            report.themes += 1
    people = {_name_key(p.name) for p in journal.people()}
    for person in bundle.people:
        key = _name_key(person.name)
        if key is not None and key not in people:
            journal.add_person(replace(person, id=None))
            people.add(key)
            report.people += 1


def _import_conflicts(
    journal: Journal, bundle: JournalBundle, report: ImportReport, progress: ProgressCallback | None
) -> dict[int, int]:
    """Source id -> journal id, for new entries and for duplicates alike."""
    existing = journal.entry_keys()
    themes_before = len(journal.themes())
    people_before = len(journal.people())
    ids: dict[int, int] = {}
    total = len(bundle.conflicts)
    for done, source in enumerate(bundle.conflicts):
        if progress is not None and done % PROGRESS_STEP == 0:
            progress(done, total)
        key = (epoch(source.happened_at), source.what_happened)
        found = existing.get(key)
        if found is not None:
            report.duplicate_conflicts += 1
        else:
            found = journal.add_conflict(
                replace(
                    source,
                    id=None,
                    person=source.person if _name_key(source.person) is not None else None,
                    themes=[t for t in source.themes if _name_key(t) is not None],
                )
            )
            journal.keep_stamps("conflict", found, source.created_at, source.updated_at)
            if source.id is not None and source.id in bundle.trashed:
                journal.delete_conflict(found, at=bundle.trashed[source.id])
            report.conflicts += 1
        if source.id is not None:
            ids[source.id] = found
    if progress is not None:
        progress(total, total)
    # Names first met on entries were created by the journal as the entries were saved.
    report.themes += len(journal.themes()) - themes_before
    report.people += len(journal.people()) - people_before
    return ids


def _import_repairs(
    journal: Journal, bundle: JournalBundle, conflict_ids: dict[int, int], report: ImportReport
) -> dict[int, int]:
    existing = {_repair_key(r): r.id for r in journal.repairs()}
    ids: dict[int, int] = {}
    for source in bundle.repairs:
        found = existing.get(_repair_key(source)) if source.created_at is not None else None
        if found is not None:
            report.duplicate_repairs += 1
        else:
            repair = replace(
                source, id=None, conflict_ids=[conflict_ids[i] for i in source.conflict_ids]
            )
            found = journal.add_repair(repair)
            journal.keep_stamps("repair", found, None, source.updated_at)
            report.repairs += 1
        if source.id is not None:
            ids[source.id] = found
    return ids


def _import_commitments(
    journal: Journal, bundle: JournalBundle, repair_ids: dict[int, int], report: ImportReport
) -> None:
    existing = {_commitment_key(c) for c in journal.commitments()}
    for source in bundle.commitments:
        if source.created_at is not None and _commitment_key(source) in existing:
            report.duplicate_commitments += 1
            continue
        journal.add_commitment(
            replace(
                source,
                id=None,
                repair_id=None if source.repair_id is None else repair_ids.get(source.repair_id),
                check_ins=[replace(k, id=None) for k in source.check_ins],
            )
        )
        report.commitments += 1


def _name_key(name: str | None) -> str | None:
    """A theme or person name as the journal compares it (trimmed to one line, ASCII letters
    without case, like SQLite's NOCASE), or None when the journal would refuse it."""
    if name is None:
        return None
    try:
        return clean_name(name).translate(_ASCII_LOWER)
    except ValueError:
        return None


def _repair_key(repair: Repair) -> tuple[object, ...]:
    created = epoch(repair.created_at) if repair.created_at else None
    return (repair.template_id, created, dumps(repair.answers))


def _commitment_key(commitment: Commitment) -> tuple[object, ...]:
    created = epoch(commitment.created_at) if commitment.created_at else None
    return (commitment.text, commitment.due, created)
