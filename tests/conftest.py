"""Test setup shared by every test: no test may touch a real user folder or keychain."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.template_loader import load_catalog
from tests.helpers import export_sample
from tests.helpers.vaults import PASSPHRASE

# Set before any test module imports Qt. The offscreen screen is 1280x720, the smallest
# screen every window must fit (its default, 800x800, would squeeze windows that fit).
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).parent / 'helpers' / 'offscreen-screen.json'}",
)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point every data, config, cache and keychain location into a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("HEALDESK_DATA_DIR", "healdesk-data"),
        ("HEALDESK_CONFIG_DIR", "healdesk-config"),
        ("HEALDESK_STATE_DIR", "healdesk-state"),
    ):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    # Tests that want the real Secret Service opt in with the `keychain` marker and fixture;
    # everything else must see "no keychain" rather than whatever the machine offers.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory):
    """One real vault created per test session (creating costs a KDF calibration): each test
    gets its own copy. Returns (folder, recovery_key)."""
    from healdesk.vault import Vault

    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, recovery_key = Vault.create(folder, PASSPHRASE)
    vault.lock()
    (folder / "healdesk.lock").unlink()
    return folder, recovery_key


@pytest.fixture
def vault_folder(vault_template, tmp_path):
    """A fresh, locked copy of the template vault in this test's tmp_path."""
    folder = tmp_path / "vault"
    shutil.copytree(vault_template[0], folder)
    return folder


@pytest.fixture
def new_vault(vault_template):
    """A factory of fresh, unlocked copies of the template vault; all are locked and deleted
    at the end of the test. Usable inside hypothesis examples (each call is a new vault)."""
    from healdesk.vault import Vault

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


@pytest.fixture
def recovery_key(vault_template):
    return vault_template[1]


@pytest.fixture
def vault(vault_folder, recovery_key):
    """An unlocked real vault. Unlocked with the recovery key: HKDF, about 1 ms, where the
    passphrase's scrypt costs about 0.35 s; tests about the passphrase unlock it themselves."""
    from healdesk.vault import Vault

    opened = Vault.unlock(vault_folder, recovery_key=recovery_key)
    yield opened
    opened.lock()


@pytest.fixture
def journal(vault):
    return vault.journal


@pytest.fixture(scope="session")
def catalog():
    """The built-in repair templates, checked to load without a problem."""
    found = load_catalog()
    assert found.problems == []
    return found.templates


@pytest.fixture
def conflict_id(journal) -> int:
    """One saved conflict to repair."""
    return journal.add_conflict(
        Conflict(
            datetime(2026, 3, 3, 20, 15, tzinfo=UTC),
            "We argued about the dishes again.",
            person="Sam",
            my_feelings=["hurt", "tired"],
            their_feelings=["dismissed"],
            my_part=["raising my voice", "walking away"],
            my_wish=["appreciation"],
            their_wish=["reassurance"],
            themes=["chores"],
        )
    )


@pytest.fixture
def sample_ids(journal) -> list[int]:
    """The sample journal's conflict ids, oldest first."""
    return export_sample.fill(journal)


@pytest.fixture
def secret_service(monkeypatch):
    """The real Secret Service (marker `keychain`): fails, never skips, when it is missing.
    keyring's chosen backend is process-wide, so "no keychain" is restored even when this
    fixture fails: later tests in the same worker must not find the real one."""
    import keyring.core

    from healdesk.vault import Vault

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.core.init_backend()
    try:
        if not Vault.device_slot_available():
            pytest.fail(
                "No usable Secret Service: run the suite through .ci/test.sh "
                "(needs the Debian packages gnome-keyring and dbus)."
            )
        yield
    finally:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        keyring.core.init_backend()
