"""Opening the other copy of a journal for a merge, without changing it.

The other copy may be a vault folder (a USB stick, another computer's folder), a backup file,
or a copy of journal.db that a sync service left in the vault's folder (or beside a key file).
It is read through a read-only, immutable attachment and copied into memory, where a copy of
an older format is brought up to date; nothing is written beside it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from healdesk.i18n import _
from healdesk.vault.access import keyfile, slots
from healdesk.vault.errors import VaultError
from healdesk.vault.safekeeping.backup import unpacked
from healdesk.vault.safekeeping.restore import Secret
from healdesk.vault.storage.database import Connection, attach_read_only
from healdesk.vault.storage.layout import DB_NAME, WAL_NAME
from healdesk.vault.storage.schema import LATEST

if TYPE_CHECKING:
    from healdesk.vault.vault import Vault


class DifferentJournal(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "That copy belongs to a different journal, so it was not merged; nothing was changed."
            )
        )


class NewerCopy(VaultError):
    def __init__(self, found: int) -> None:
        super().__init__(
            _(
                "That copy was written by a newer HealDesk (format {found}; this version knows up to {LATEST}): update HealDesk here first. Nothing was changed."
            ).format(found=found, LATEST=LATEST)
        )


class OlderCopy(VaultError):
    def __init__(self, found: int) -> None:
        super().__init__(
            _(
                "That copy was written by an older HealDesk (format {found}; this journal is at {LATEST}). Open that copy once with this version of HealDesk, then merge it again. Nothing was changed."
            ).format(found=found, LATEST=LATEST)
        )


class NotACopy(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            _(
                "{path} is not a HealDesk journal, a copy of one or a backup. Nothing was changed."
            ).format(path=path)
        )


class CopyNotClosed(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "That copy is still open in HealDesk, or was not closed properly: open and lock it "
                "there once, then merge again. Nothing was changed."
            )
        )


class SameJournal(VaultError):
    def __init__(self) -> None:
        super().__init__(_("That is this journal itself, so there is nothing to merge."))


class SecretNeeded(VaultError):
    """The copy's key differs from this journal's (its key was replaced): ask for its secret."""

    def __init__(self) -> None:
        super().__init__(
            _("That copy opens with its own passphrase or recovery key; give it to merge.")
        )


@contextmanager
def opened_copy(vault: Vault, source: Path, secret: Secret | None = None) -> Iterator[Connection]:
    """The other copy, read in place (it must be at today's format), closed afterwards.

    Refuses (with a VaultError, nothing changed) another journal, a newer format, a copy
    still open elsewhere, and anything that is not a copy of a journal."""
    source = Path(source)
    with ExitStack() as stack:
        database, keys = _locate(vault, source, stack)
        if keys is not None and keys.vault_id != vault.vault_id:
            raise DifferentJournal
        memory = sqlcipher3.connect("file::memory:", uri=True, isolation_level=None)
        stack.callback(memory.close)
        memory.execute("PRAGMA cipher_log_level = NONE")
        _attach(memory, database, vault, keys, secret)
        version = memory.execute("PRAGMA other.user_version").fetchone()[0]
        if version > LATEST:
            raise NewerCopy(version)
        if version < LATEST:
            # Migrating a copy of an older format in memory does not carry its search
            # index over; opening it once with this version brings it up to date on disk.
            raise OlderCopy(version)
        yield memory  # read in place: unqualified names find the attached tables


def _locate(vault: Vault, source: Path, stack: ExitStack) -> tuple[Path, keyfile.KeyFile | None]:
    """The copy's database file and the key file that goes with it (None: use this vault's)."""
    if source.is_dir():
        if source.resolve() == vault.folder.resolve():
            raise SameJournal
        if not (source / DB_NAME).is_file() or not keyfile.exists(source):
            raise NotACopy(source)
        wal = source / WAL_NAME
        if wal.exists() and wal.stat().st_size:
            raise CopyNotClosed
        return source / DB_NAME, keyfile.load(source)
    if not source.is_file():
        raise NotACopy(source)
    if source.resolve() == (vault.folder / DB_NAME).resolve():
        raise SameJournal
    if zipfile.is_zipfile(source):
        backup = stack.enter_context(unpacked(source))
        return backup.database, backup.keys
    beside = source.parent
    if beside.resolve() != vault.folder.resolve() and keyfile.exists(beside):
        return source, keyfile.load(beside)
    return source, None


def _attach(
    memory: Connection,
    database: Path,
    vault: Vault,
    keys: keyfile.KeyFile | None,
    secret: Secret | None,
) -> None:
    """Attach the copy read-only as `other`: with this journal's data key (a copy of one
    journal shares it), else with the key its own key file gives for `secret`."""
    if vault.attach_copy(memory, database, "other"):
        return
    if keys is None:
        raise DifferentJournal  # a bare database that this journal's key does not open
    if secret is None:
        raise SecretNeeded
    opened = slots.open_keys(keys, secret)
    if opened is None or not attach_read_only(memory, database, "other", opened.data_key):
        raise NotACopy(database.name)
