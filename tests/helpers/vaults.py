"""The secret of every test vault the shared fixtures make, and backups in a vault's folder."""

from __future__ import annotations

from pathlib import Path

from healdesk.vault import Vault
from healdesk.vault.storage import layout

#: The passphrase of every test vault made by the fixtures in tests/conftest.py.
PASSPHRASE = "calm river 7 tests"


def own_backups(vault: Vault, count: int = 2) -> list[Path]:
    """`count` backups in the vault's own backups/ folder, as the automatic backup makes them."""
    made = []
    for number in range(count):
        out = layout.backup_folder(vault.folder) / f"auto-{number}{layout.BACKUP_SUFFIX}"
        vault.backup_to(out)
        made.append(out)
    return made
