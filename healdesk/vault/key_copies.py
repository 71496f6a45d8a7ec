"""Conflict copies of the key file: a passphrase changed on one computer opens on both.

When both computers wrote keys.json before syncing (one changed the passphrase), the sync
service keeps one version as keys.json and the other as a conflict copy. If the secret typed
does not open keys.json but opens such a copy of the same journal, the copy holds the newer
slot this person knows: that slot is taken into keys.json (the other slots stay), and the copy
is put away in merged/.
"""

from __future__ import annotations

from pathlib import Path

from healdesk.vault import database, keyfile
from healdesk.vault.backup import DB_NAME
from healdesk.vault.conflict_copies import find_copies, put_away
from healdesk.vault.errors import VaultError
from healdesk.vault.vault import PASSPHRASE, RECOVERY, unwrap_data_key


def adopt_key_copy(
    folder: Path,
    current: keyfile.KeyFile,
    passphrase: str | None,
    recovery_key: str | None,
    refused: VaultError,
) -> tuple[keyfile.KeyFile, bytes]:
    """The key file with the slot from the copy that `passphrase` (or `recovery_key`) opens,
    saved, and the data key; raises `refused` (the error keys.json gave) when none does."""
    kind = PASSPHRASE if passphrase is not None else RECOVERY
    for copy in find_copies(folder):
        if copy.what != "keys":
            continue
        try:
            candidate = keyfile.KeyFile.decode(copy.path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            continue
        slot = candidate.slot(kind)
        if candidate.vault_id != current.vault_id or slot is None:
            continue
        try:
            data_key = unwrap_data_key(candidate, passphrase, recovery_key)
            database.connect(folder / DB_NAME, data_key).close()  # this journal's key?
        except VaultError:
            continue
        merged = current.with_slot(slot)
        keyfile.save(folder, merged)
        put_away(folder, copy)
        return merged, data_key
    raise refused
