"""Make the committed sample vault of the current schema version: tests/vault/data/vault-vN/.

Run once whenever a migration is added, BEFORE adding it, so the folder for the outgoing
version is kept: `python -m tests.helpers.make_vault_versions`. Old folders are never remade;
test_migrations opens every one with the current code. The secrets are test data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from healdesk.vault import Vault
from healdesk.vault.storage.schema import LATEST
from tests.helpers.journal_data import fill

DATA = Path(__file__).parents[1] / "vault" / "data"
PASSPHRASE = "sample vault passphrase"
ENTRIES = 12


def main() -> int:
    folder = DATA / f"vault-v{LATEST}"
    if folder.exists():
        print(f"{folder} exists; sample vaults of released versions are never remade")
        return 1
    vault, recovery_key = Vault.create(folder, PASSPHRASE)
    fill(vault.journal, ENTRIES)
    vault.lock()
    (folder / "healdesk.lock").unlink()
    (DATA / f"vault-v{LATEST}.recovery-key").write_text(recovery_key + "\n")
    print(f"wrote {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
