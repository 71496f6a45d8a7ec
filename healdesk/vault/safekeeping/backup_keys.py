"""Key changes reach the vault's own backups.

A backup holds the key file of its day, so after a new passphrase, a new recovery key or a
new data key the old secret would still open every backup in the vault's backups/ folder. So
each key change goes through them: a backup made with the current data key gets the new key
file (passphrase, recovery key) or is re-encrypted under the new data key (replace the data
key); or, where the person chooses, they are deleted. Each file is replaced atomically (a crash
leaves the old backup or the new one). Backups made with an earlier data key cannot be updated
and are reported; backups kept elsewhere are named in a sentence.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from healdesk.fileio import sync_folder
from healdesk.i18n import N_, NN_, _, ngettext
from healdesk.vault.access import keyfile
from healdesk.vault.errors import NotABackup, NotAVault
from healdesk.vault.safekeeping.backup import unpacked, write_backup
from healdesk.vault.storage import database, layout

REWRAP, DELETE = "rewrap", "delete"

#: What the person reads after a key change, per secret that changed.
WORDS = {
    "updated": NN_(
        "{n} backup in the journal's backups folder was updated: the old {secret} "
        "no longer opens it.",
        "{n} backups in the journal's backups folder were updated: the old {secret} "
        "no longer opens them.",
    ),
    "deleted": NN_(
        "{n} backup in the journal's backups folder was deleted.",
        "{n} backups in the journal's backups folder were deleted.",
    ),
    "left": NN_(
        "{n} older backup there was made with an earlier key and still opens with the "
        "secrets of that time; delete it if those may be known to someone: {names}.",
        "{n} older backups there were made with an earlier key and still open with the "
        "secrets of that time; delete them if those may be known to someone: {names}.",
    ),
    "elsewhere": N_(
        "Backups kept anywhere else (made with 'healdesk backup', or in a backup folder "
        "you chose) still open with the old {secret}: delete them, or keep them somewhere safe."
    ),
}


@dataclass(slots=True)
class BackupsUpdate:
    """What a key change did to the vault's own backups."""

    secret: str
    updated: int = 0
    deleted: int = 0
    left: list[Path] = field(default_factory=list)

    def describe(self) -> str:
        lines = []
        if self.updated:
            lines.append(
                ngettext(*WORDS["updated"], self.updated).format(n=self.updated, secret=self.secret)
            )
        if self.deleted:
            lines.append(ngettext(*WORDS["deleted"], self.deleted).format(n=self.deleted))
        if self.left:
            names = ", ".join(path.name for path in self.left)
            lines.append(
                ngettext(*WORDS["left"], len(self.left)).format(n=len(self.left), names=names)
            )
        lines.append(_(WORDS["elsewhere"]).format(secret=self.secret))
        return "\n".join(lines)


def own_backups(folder: Path, vault_id: str) -> list[Path]:
    """Backups of this journal in its backups/ folder (another journal's are left alone)."""
    found = []
    for path in sorted(layout.backup_folder(folder).glob(f"*{layout.BACKUP_SUFFIX}")):
        try:
            with zipfile.ZipFile(path) as archive:
                keys = keyfile.KeyFile.decode(archive.read(keyfile.PRIMARY))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            continue
        if keys.vault_id == vault_id:
            found.append(path)
    return found


def update_backups(
    folder: Path,
    old_data_key: bytes | bytearray,
    new_keys: keyfile.KeyFile,
    secret: str,
    new_data_key: bytes | bytearray | None = None,
    choice: str = REWRAP,
) -> BackupsUpdate:
    """Bring every backup of this journal in its backups/ folder up to `new_keys` (and
    `new_data_key` after a replaced data key), or delete them when `choice` is DELETE."""
    result = BackupsUpdate(secret)
    for path in own_backups(folder, new_keys.vault_id):
        if choice == DELETE:
            path.unlink(missing_ok=True)
            result.deleted += 1
        elif not _made_with(path, old_data_key):
            result.left.append(path)
        elif new_data_key is None:
            _replace_key_file(path, new_keys)
            result.updated += 1
        else:
            _reencrypt(path, old_data_key, new_keys, new_data_key)
            result.updated += 1
    if result.deleted:
        sync_folder(layout.backup_folder(folder))
    return result


def _made_with(path: Path, data_key: bytes | bytearray) -> bool:
    """Whether the backup's database is encrypted with `data_key`: its key file's MAC says
    so at once; a version 1 key file has none, so the database itself is tried."""
    with zipfile.ZipFile(path) as archive:
        keys = keyfile.KeyFile.decode(archive.read(keyfile.PRIMARY))
    if keys.mac is not None:
        return keys.authentic(data_key)
    try:
        with unpacked(path) as backup:
            database.connect(backup.database, data_key).close()
    except (NotAVault, NotABackup):
        return False
    return True


def _replace_key_file(path: Path, keys: keyfile.KeyFile) -> None:
    """The same backup with `keys` as its key file, swapped in atomically."""
    partial = path.with_name(f"{layout.WORK_PREFIX}{path.name}")
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as target,
        ):
            target.writestr(keyfile.PRIMARY, keys.encode())
            for item in source.infolist():
                if item.filename != keyfile.PRIMARY:
                    with source.open(item) as src, target.open(item.filename, "w") as dst:
                        while chunk := src.read(1 << 20):
                            dst.write(chunk)
        os.chmod(partial, 0o600)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _reencrypt(
    path: Path,
    old_data_key: bytes | bytearray,
    keys: keyfile.KeyFile,
    new_data_key: bytes | bytearray,
) -> None:
    with unpacked(path) as backup:
        source = database.connect(backup.database, old_data_key)
        try:
            write_backup(source, keys, new_data_key, path)
        finally:
            source.close()
