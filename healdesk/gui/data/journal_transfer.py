"""The whole journal in and out as files (HealDesk JSON, Markdown; jrnl and Day One in): the
jobs the Data menu runs in the background, and the words around them. No widgets here.

Each job reads or writes through a connection of its own (Vault.journal_on_this_thread) and
reports progress; it never touches a window, so it can run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.core.language.vocabulary import counted
from healdesk.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from healdesk.gui.base.background import Job
    from healdesk.vault import Vault
    from healdesk.vault.stores.importer import ImportReport

IMPORT_FILTER = N_("Journal exports (*.json *.zip);;All files (*)")
#: Export kind -> (file suffix, file dialog filter).
EXPORT_KINDS = {
    "json": (".json", N_("HealDesk JSON (*.json)")),
    "markdown": (".md", "Markdown (*.md)"),
}
EXPORT_WARNING = N_(
    "An export is not encrypted: anyone who gets the file can read your journal. "
    "Keep it somewhere private, and delete it when you no longer need it."
)


def import_job(vault: Vault, path: Path) -> Job:
    """Read `path` (any known format) and add its entries in one transaction, on the job's
    own connection (the app's belongs to the UI thread)."""
    from healdesk.formats import read_journal_file
    from healdesk.vault.stores.importer import import_bundle

    def job(progress: Callable[[int, int], None]) -> ImportReport:
        _name, bundle = read_journal_file(path)
        with vault.journal_on_this_thread(progress) as journal:
            return import_bundle(journal, bundle, progress)

    return job


def import_summary(report: ImportReport) -> str:
    skipped = (
        " "
        + ngettext(
            "{n} already in the journal was skipped.",
            "{n} already in the journal were skipped.",
            report.duplicates,
        ).format(n=report.duplicates)
        if report.duplicates
        else ""
    )
    return (
        _("Added {entries} and {repairs}.").format(
            entries=counted(report.conflicts, "{n} entry", "{n} entries"),
            repairs=counted(report.repairs, "{n} repair", "{n} repairs"),
        )
        + skipped
    )


def export_job(vault: Vault, kind: str, out: Path) -> Job:
    """Write the whole journal (trash too) to `out` as `kind`; the job returns the entry count."""
    from healdesk.fileio import write_atomically
    from healdesk.formats import healdesk_json, markdown
    from healdesk.vault.stores.exporter import journal_bundle

    def job(progress: Callable[[int, int], None]) -> int:
        progress(0, 2)
        with vault.journal_on_this_thread(progress) as journal:
            bundle = journal_bundle(journal)
        progress(1, 2)
        writer = healdesk_json.dumps if kind == "json" else markdown.journal_markdown
        write_atomically(out, writer(bundle).encode("utf-8"))
        progress(2, 2)
        return len(bundle.conflicts)

    return job
