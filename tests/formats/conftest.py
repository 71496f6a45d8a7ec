"""Fixtures for the format tests: fresh real vaults on demand (for property tests)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from healdesk.vault import Vault

DATA = Path(__file__).parent / "data"


@pytest.fixture
def new_vault(vault_template):
    """A factory of fresh, unlocked copies of the template vault; all are locked and deleted
    at the end of the test. Usable inside hypothesis examples (each call is a new vault)."""
    made: list[tuple[Vault, Path]] = []

    def make() -> Vault:
        base = Path(tempfile.mkdtemp(prefix="healdesk-formats-"))
        shutil.copytree(vault_template[0], base / "vault")
        vault = Vault.unlock(base / "vault", recovery_key=vault_template[1])
        made.append((vault, base))
        return vault

    yield make
    for vault, base in made:
        if vault.is_unlocked:
            vault.lock()
        shutil.rmtree(base, ignore_errors=True)
