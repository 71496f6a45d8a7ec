"""Key slots: the one place that turns a secret into the data key, and a data key into slots.

Rules kept here rather than in the callers: exactly one secret opens a key file; only the
newest intact copy of the key file is tried (an older spare must not let an old passphrase
back in); a passphrase is NFC-normalised, and one typed before normalisation still opens
once and is rewrapped; a key change needs the current passphrase. Data keys come back as
bytearrays the vault wipes when it locks.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from healdesk.vault.access import device, keyfile, keys
from healdesk.vault.errors import (
    DeviceSlotUnavailable,
    KeyFileDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)

PASSPHRASE, RECOVERY, DEVICE = "passphrase", "recovery", "device"


@dataclass(frozen=True, slots=True)
class Secret:
    """What the person gives to open a journal or a backup: exactly one of the three."""

    passphrase: str | None = None
    recovery_key: str | None = None
    device: bool = False

    def __post_init__(self) -> None:
        given = (self.passphrase is not None) + (self.recovery_key is not None) + self.device
        if given != 1:
            raise ValueError("give exactly one of passphrase, recovery_key or device=True")

    @classmethod
    def typed(cls, text: str) -> Secret:
        """What the person typed in one field: a recovery key if it reads as one."""
        if keys.parse_recovery_key(text) is not None:
            return cls(recovery_key=text)
        return cls(passphrase=text)


@dataclass(slots=True)
class Opened:
    """A key file opened by a secret. `stale` says the file should be written again (a
    version 1 file, a passphrase typed before normalisation, copies out of step)."""

    keys: keyfile.KeyFile
    data_key: bytearray
    stale: bool = False


class NewRecoveryKey:
    """A recovery key made but not yet in any key file: shown and confirmed first."""

    def __init__(self) -> None:
        self.raw = bytearray(keys.new_recovery_key())
        self.text = keys.format_recovery_key(bytes(self.raw))

    def matches(self, typed: str) -> bool:
        """True when `typed` is this key (any case, spaces or dashes)."""
        return keys.parse_recovery_key(typed) == bytes(self.raw)


@functools.cache
def scrypt_params() -> keys.ScryptParams:
    """Calibrated once per process: the machine does not get slower between two key changes."""
    return keys.calibrate_scrypt()


def wipe(buffer: bytearray) -> None:
    """Overwrite a secret in place (the only copy Python lets us reach)."""
    buffer[:] = bytes(len(buffer))


def passphrase_slot(
    key_file: keyfile.KeyFile, passphrase: str, data_key: bytes, demo: bool = False
) -> keyfile.Slot:
    """`demo` only for the throwaway demo journal, whose passphrase is public: a cheap KDF,
    marked in the slot's (authenticated) parameters."""
    params = keys.ScryptParams(keys.DEMO_LOG2_N) if demo else scrypt_params()
    salt = os.urandom(16)
    settings: dict[str, object] = {
        "kdf": "scrypt",
        "log2_n": params.log2_n,
        "r": params.r,
        "p": params.p,
    }
    if demo:
        settings["demo"] = True
    slot = keyfile.Slot(PASSPHRASE, salt, b"", settings)
    secret = bytearray(keys.normalised(passphrase), "utf-8")
    try:
        slot.wrapped = keys.wrap(
            params.derive(secret, salt), bytes(data_key), key_file.slot_context(slot)
        )
    finally:
        wipe(secret)
    return slot


def secret_slot(
    key_file: keyfile.KeyFile, kind: str, secret: bytes | bytearray, data_key: bytes
) -> keyfile.Slot:
    """A slot for a high-entropy secret (recovery key, device secret): HKDF is enough."""
    slot = keyfile.Slot(kind, os.urandom(16), b"", {"kdf": "hkdf"})
    wrapping = keys.hkdf(bytes(secret), slot.salt, kind.encode())
    slot.wrapped = keys.wrap(wrapping, bytes(data_key), key_file.slot_context(slot))
    return slot


def open_folder(folder: Path, secret: Secret) -> Opened:
    """The data key of the vault in `folder`. Only the newest intact copy of the key file is
    tried; an older one stands in only when the newer is damaged or fails its MAC."""
    found = keyfile.copies(folder)
    intact = [k for _name, k, _why in found if k is not None]
    if not intact:
        raise KeyFileDamaged(found[0][2])
    for candidate in intact:
        opened = open_keys(candidate, secret)
        if opened is not None:
            generations = {k.generation if k else None for _n, k, _w in found}
            opened.stale = opened.stale or len(generations) > 1 or candidate is not intact[0]
            return opened
    raise KeyFileDamaged("it was changed outside HealDesk")


def open_keys(key_file: keyfile.KeyFile, secret: Secret) -> Opened | None:
    """The data key from one key file (a vault's or a backup's); WrongPassphrase,
    WrongRecoveryKey or DeviceSlotUnavailable when the secret does not open it, None when it
    opens but the file's MAC shows it was altered."""
    data_key, stale = _unwrap(key_file, secret)
    if key_file.mac is None:
        return Opened(key_file, data_key, True)  # version 1: authenticated from now on
    if not key_file.authentic(data_key):
        wipe(data_key)
        return None
    return Opened(key_file, data_key, stale)


def require_passphrase(key_file: keyfile.KeyFile, passphrase: str) -> None:
    """A key change that replaces every slot needs the current passphrase, not just an
    unlocked vault: WrongPassphrase otherwise."""
    wipe(_unwrap(key_file, Secret(passphrase=passphrase))[0])


def _unwrap(key_file: keyfile.KeyFile, secret: Secret) -> tuple[bytearray, bool]:
    """(data key, whether the passphrase slot should be rewrapped)."""
    try:
        if secret.passphrase is not None:
            return _open_passphrase(key_file, secret.passphrase)
        if secret.recovery_key is not None:
            raw = keys.parse_recovery_key(secret.recovery_key)
            if raw is None:
                raise WrongRecoveryKey
            try:
                return _open_secret(key_file, RECOVERY, raw), False
            except keys.UnwrapFailed:
                raise WrongRecoveryKey from None
        if key_file.slot(DEVICE) is None:
            raise DeviceSlotUnavailable
        stored = device.load_secret(key_file.vault_id)
        if stored is None:
            raise DeviceSlotUnavailable
        try:
            return _open_secret(key_file, DEVICE, stored), False
        finally:
            wipe(stored)
    except (device.KeychainUnavailable, keys.UnwrapFailed):
        raise DeviceSlotUnavailable from None


def _open_passphrase(key_file: keyfile.KeyFile, passphrase: str) -> tuple[bytearray, bool]:
    slot = key_file.slot(PASSPHRASE)
    if slot is None:
        raise WrongPassphrase
    try:
        params = keys.ScryptParams.checked(slot.params)
    except keys.ParamsRefused as error:
        raise KeyFileDamaged(str(error)) from None
    forms = [keys.normalised(passphrase)]
    if passphrase != forms[0]:
        forms.append(passphrase)  # written before HealDesk normalised: opens once, rewrapped
    for number, form in enumerate(forms):
        secret = bytearray(form, "utf-8")
        try:
            wrapping = params.derive(secret, slot.salt)
            return bytearray(keys.unwrap(wrapping, slot.wrapped, key_file.slot_context(slot))), (
                number > 0
            )
        except keys.UnwrapFailed:
            continue
        finally:
            wipe(secret)
    raise WrongPassphrase


def _open_secret(key_file: keyfile.KeyFile, kind: str, secret: bytes | bytearray) -> bytearray:
    slot = key_file.slot(kind)
    if slot is None:
        raise keys.UnwrapFailed
    wrapping = keys.hkdf(bytes(secret), slot.salt, kind.encode())
    return bytearray(keys.unwrap(wrapping, slot.wrapped, key_file.slot_context(slot)))
