"""The key file trusted only as far as it proves itself: every field bounded and refused in one
sentence, parameters authenticated, copies numbered; passphrases normalised; the scrypt
calibration within what hashlib allows."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healdesk.vault import Vault, errors
from healdesk.vault.access import keyfile, keys
from healdesk.vault.access.keyfile import PRIMARY, SPARE, canonical
from healdesk.vault.safekeeping.verify import key_file_checks
from healdesk.vault.storage.layout import UNLOCK_ATTEMPTS
from tests.helpers.vaults import PASSPHRASE

#: Values a hostile or careless hand might put in any field.
HOSTILE = st.one_of(
    st.sampled_from([40, 24, -1, 0, 1, 100000, 10**400, 2**70, "x", "", None, True]),
    st.sampled_from([[], {}, [1, 2], {"kdf": "scrypt"}, "AAAA", "!!notbase64", 1.5]),
    st.text(max_size=20),
    st.integers(),
)


def files(folder: Path) -> dict[str, bytes]:
    """The vault's files but the lock file (which holds the last holder's process id) and the
    times of failed unlocks (a refused key file may count as one: unlock history)."""
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.is_file() and p.suffix != ".lock" and p.name != UNLOCK_ATTEMPTS
    }


def tamper(folder: Path, change, *, checksum: bool = True) -> None:
    """Apply `change` to the parsed key file and write it to both copies, with a fresh
    checksum (a deliberate edit) unless `checksum` is False."""
    document = json.loads((folder / PRIMARY).read_text())
    change(document)
    if checksum and isinstance(document.get("body"), dict):
        document["sha256"] = hashlib.sha256(canonical(document["body"])).hexdigest()
    data = json.dumps(document).encode()
    (folder / PRIMARY).write_bytes(data)
    (folder / SPARE).write_bytes(data)


def paths(value, prefix=()):
    """Every path to a field (dict key or list index) of a parsed key file."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def set_at(document, path, value, remove: bool) -> None:
    *parents, last = path
    target = document
    for step in parents:
        target = target[step]
    if remove and isinstance(target, dict):
        del target[last]
    else:
        target[last] = value


@pytest.mark.parametrize(
    "field, value",
    [
        ("log2_n", 40),
        ("log2_n", 24),
        ("log2_n", -1),
        ("log2_n", "x"),
        ("r", 0),
        ("p", 100000),
        ("log2_n", None),
        ("r", None),
    ],
)
def test_a_passphrase_slot_with_parameters_out_of_bounds_is_refused_in_one_sentence(
    vault_folder, field, value
):
    def change(document):
        slot = next(s for s in document["body"]["slots"] if s["kind"] == "passphrase")
        if value is None:
            del slot["params"][field]
        else:
            slot["params"][field] = value

    tamper(vault_folder, change)
    before = files(vault_folder)
    with pytest.raises(errors.KeyFileDamaged) as refused:  # p=100000 used to run for hours
        Vault.unlock(vault_folder, passphrase=PASSPHRASE)
    assert field in str(refused.value) and "\n" not in str(refused.value)
    assert files(vault_folder) == before


def test_a_parameter_changed_within_bounds_makes_the_slot_refuse(vault_folder):
    """The parameters are bound into the wrap: changing one never derives another key."""

    def change(document):
        slot = next(s for s in document["body"]["slots"] if s["kind"] == "passphrase")
        slot["params"]["log2_n"] = 14

    tamper(vault_folder, change)
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_folder, passphrase=PASSPHRASE)


def test_a_bumped_generation_fails_the_mac(vault_folder, recovery_key):
    def change(document):
        document["body"]["generation"] += 5

    tamper(vault_folder, change)
    before = files(vault_folder)
    with pytest.raises(errors.KeyFileDamaged, match="changed outside HealDesk"):
        Vault.unlock(vault_folder, recovery_key=recovery_key)
    assert files(vault_folder) == before


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_tampered_field_is_a_clear_refusal_and_changes_nothing(
    vault_template, tmp_path_factory, data
):
    import shutil

    folder = tmp_path_factory.mktemp("tampered") / "vault"
    shutil.copytree(vault_template[0], folder)
    document = json.loads((folder / PRIMARY).read_text())
    path = data.draw(st.sampled_from([p for p in paths(document) if p]), label="field")
    value = data.draw(HOSTILE, label="value")
    remove = data.draw(st.booleans(), label="remove")
    checksum = data.draw(st.booleans(), label="fresh checksum")
    tamper(folder, lambda d: set_at(d, path, value, remove), checksum=checksum)
    before = files(folder)
    try:
        Vault.unlock(folder, recovery_key=vault_template[1]).lock()
    except errors.VaultError as refused:
        assert str(refused).endswith(".") and "\n" not in str(refused)
        assert files(folder) == before
    else:  # only a change that changes nothing may open
        assert keyfile.load(folder).vault_id == document["body"]["vault_id"]


def test_the_committed_version_1_vault_still_opens_and_is_sealed(tmp_path):
    import shutil

    from tests.helpers.make_vault_versions import DATA

    folder = tmp_path / "v1"
    shutil.copytree(DATA / "vault-v1", folder)
    recovery = (DATA / "vault-v1.recovery-key").read_text().strip()
    assert json.loads((folder / PRIMARY).read_text())["version"] == 1
    Vault.unlock(folder, recovery_key=recovery).lock()
    upgraded = keyfile.load(folder)
    assert upgraded.mac is not None and upgraded.generation == 1
    assert (folder / PRIMARY).read_bytes() == (folder / SPARE).read_bytes()
    Vault.unlock(folder, recovery_key=recovery).lock()  # and opens again, authenticated


def test_the_newer_copy_wins_and_verify_says_which(vault_folder, recovery_key):
    """A crash between keys.json and keys.json.bak: the spare keeps the old passphrase, the
    primary is one generation newer; only the newer opens, and verify names it."""
    old_spare = (vault_folder / SPARE).read_bytes()
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.change_passphrase("the new passphrase 9")
    (vault_folder / SPARE).write_bytes(old_spare)  # as if killed before the spare was written
    checks = {c.name: c for c in key_file_checks(vault_folder)}
    assert "key file is newer than the spare key file" in checks["key file copies"].detail
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_folder, passphrase=PASSPHRASE)
    Vault.unlock(vault_folder, passphrase="the new passphrase 9").lock()
    assert (vault_folder / SPARE).read_bytes() == (vault_folder / PRIMARY).read_bytes()
    assert "key file copies" not in {c.name for c in key_file_checks(vault_folder)}


def test_a_passphrase_opens_whatever_its_unicode_form(tmp_path):
    composed = "café au lait à l'aube"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _ = Vault.create(tmp_path / "v", decomposed)
    vault.lock()
    Vault.unlock(tmp_path / "v", passphrase=composed).lock()


def test_a_passphrase_slot_made_before_normalisation_opens_once_and_is_rewrapped(vault_folder):
    """An old slot wrapped the passphrase's raw (decomposed) bytes: it still opens, and is
    rewrapped so that the composed form opens too."""
    from healdesk.vault.access import slots

    decomposed = unicodedata.normalize("NFD", "crème brûlée 24 fois")
    with Vault.unlock(vault_folder, passphrase=PASSPHRASE) as vault:
        data_key, key_file = vault._data_key, vault._keys
        slot = slots.passphrase_slot(key_file, "placeholder", data_key)
        params = keys.ScryptParams.checked(slot.params)
        slot.wrapped = keys.wrap(
            params.derive(decomposed.encode(), slot.salt),
            bytes(data_key),
            key_file.slot_context(slot),
        )
        vault._save_keys(key_file.with_slot(slot))
    Vault.unlock(vault_folder, passphrase=decomposed).lock()
    Vault.unlock(vault_folder, passphrase=unicodedata.normalize("NFC", decomposed)).lock()


def test_calibration_on_a_fast_machine_stays_within_hashlib(monkeypatch):
    """Every candidate looking instant walks calibration to its ceiling: each one must be
    derivable by hashlib (log2_n 20 used to fail its maxmem check and crash vault creation)."""
    ticks = iter(range(10**6))
    monkeypatch.setattr(keys.time, "perf_counter", lambda: next(ticks) * 1e-9)
    chosen = keys.calibrate_scrypt()
    assert chosen.log2_n == keys.SCRYPT_MAX_LOG2_N
    assert chosen.maxmem < 2**31


def test_a_checksum_that_is_not_hex_is_refused_not_a_traceback(vault_folder):
    document = json.loads((vault_folder / "keys.json").read_text("utf-8"))
    document["sha256"] = "\x80"  # compare_digest refuses non-ASCII text with a TypeError
    with pytest.raises(keyfile.KeyFileInvalid, match="checksum does not match"):
        keyfile.KeyFile.decode(json.dumps(document).encode())
