"""The questions asked when the journal here cannot be opened: which backup to restore, with
which secret, and into which empty folder; or where to start a new journal.

Only questions: nothing is read or written here. The unlock window runs the restore itself,
off the UI thread. Vault modules are imported on use so the unlock screen appears sooner.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from healdesk.gui.base import prompts
from healdesk.i18n import N_, _

NOT_EMPTY = N_("That folder already holds a journal. Please choose an empty folder.")


@dataclass(frozen=True)
class RestoreRequest:
    """A backup to restore, the secret it was made with as typed, and the empty target."""

    archive: Path
    typed_secret: str
    target: Path


def _empty_folder(
    parent: QWidget, caption: str, title: str, refuse: Path | None = None
) -> Path | None:
    """An empty folder the person chose (never `refuse`), or None after one clear warning."""
    from healdesk.vault.storage import layout

    target = prompts.choose_folder(parent, caption)
    if target is None:
        return None
    if layout.present(target) or (refuse is not None and target.resolve() == refuse.resolve()):
        prompts.warn(parent, title, _(NOT_EMPTY))
        return None
    return target


def ask_restore(parent: QWidget, folder: Path) -> RestoreRequest | None:
    """Which backup, its secret, and an empty folder other than `folder`; None if declined."""
    archive = prompts.open_path(
        parent, _("Choose a backup"), _("HealDesk backups (*.healdesk-backup *.zip)")
    )
    if archive is None:
        return None
    typed = prompts.ask_secret(
        parent, _("Restore"), _("Passphrase or recovery key the backup was made with:")
    )
    if typed is None:
        return None
    target = _empty_folder(
        parent, _("Choose an empty folder for the restored journal"), _("Restore"), refuse=folder
    )
    return None if target is None else RestoreRequest(archive, typed, target)


def confirm_restore(parent: QWidget, target: Path, contents: str) -> bool:
    """Show what the verified backup holds before anything is written."""
    return prompts.confirm(
        parent,
        _("Restore"),
        _(
            "The backup is intact: {contents}.\n\nIt will be restored into {target}. Unlock it there with the passphrase or recovery key of the backup."
        ).format(contents=contents, target=target),
        _("Restore"),
    )


def ask_new_folder(parent: QWidget) -> Path | None:
    """An empty folder for a new journal, or None."""
    return _empty_folder(parent, _("Choose an empty folder for the new journal"), _("New journal"))
