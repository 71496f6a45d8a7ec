"""Key derivation and wrapping for the vault's key slots.

The journal is encrypted with a random 256-bit data key. Slots keep that key only wrapped
(AES-256-GCM) under a key derived from something the user has: a passphrase (scrypt, slow on
purpose), a recovery key or a device secret (both high-entropy, so HKDF suffices).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from healdesk.i18n import _

DATA_KEY_BYTES = 32
# OWASP's minimum for scrypt is N=2^17, r=8, p=1; calibration only ever goes up from there.
SCRYPT_MIN_LOG2_N = 17
#: 2^20 x 128 x r=8 is 1 GiB, the most hashlib can be allowed (its maxmem is a C int).
SCRYPT_MAX_LOG2_N = 20
SCRYPT_R, SCRYPT_P = 8, 1
TARGET_SECONDS = 0.3
# The demo journal's passphrase is printed on its unlock screen, so a slow KDF protects nothing
# there; this cost is for that throwaway vault only (marked "demo" in its key file).
DEMO_LOG2_N = 10
#: What a key file may ask for, no more: enough for every file HealDesk ever wrote, and a
#: tampered file can neither crash the KDF nor keep it busy for hours.
LOG2_N_BOUNDS = (14, SCRYPT_MAX_LOG2_N)
R_BOUNDS = (1, 16)
P_BOUNDS = (1, 4)
_MAXMEM_CEILING = (1 << 31) - 1

# Crockford's base32: no I, L, O or U, so a handwritten key is hard to misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
RECOVERY_BYTES = 20  # 160 bits -> 32 characters -> 8 groups of 4


class UnwrapFailed(Exception):
    """The wrapping key is wrong or the wrapped bytes were altered."""


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


class ParamsRefused(ValueError):
    """A key file asks for KDF parameters out of bounds; the message says which, plainly."""


def normalised(passphrase: str) -> str:
    """The same passphrase typed on another keyboard layout or system (composed or decomposed
    accents) gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


@dataclass(frozen=True, slots=True)
class ScryptParams:
    log2_n: int
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def checked(cls, params: dict[str, object]) -> ScryptParams:
        """Parameters read from a key file, each present, an integer and within bounds."""
        values = []
        # Only a slot marked demo (authenticated with the slot) may be as cheap as the demo's.
        log2_n = (DEMO_LOG2_N, LOG2_N_BOUNDS[1]) if params.get("demo") is True else LOG2_N_BOUNDS
        for name, (low, high) in (("log2_n", log2_n), ("r", R_BOUNDS), ("p", P_BOUNDS)):
            value = params.get(name)
            if type(value) is not int or not low <= value <= high:
                raise ParamsRefused(
                    _("its scrypt setting {name} is {value!r}, outside {low} to {high}").format(
                        name=name, value=value, low=low, high=high
                    )
                )
            values.append(value)
        made = cls(*values)
        if made.maxmem > _MAXMEM_CEILING:
            raise ParamsRefused(_("its scrypt settings ask for more memory than HealDesk allows"))
        return made

    @property
    def maxmem(self) -> int:
        """What OpenSSL needs (128 r (N + p + 2) bytes) plus slack; hashlib refuses less."""
        return 128 * self.r * ((1 << self.log2_n) + self.p + 2) + (1 << 20)

    def derive(self, passphrase: str | bytes | bytearray, salt: bytes) -> bytes:
        secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
        return hashlib.scrypt(
            secret,
            salt=salt,
            n=1 << self.log2_n,
            r=self.r,
            p=self.p,
            maxmem=min(self.maxmem, _MAXMEM_CEILING),
            dklen=32,
        )


def calibrate_scrypt(target: float = TARGET_SECONDS) -> ScryptParams:
    """The cheapest N at or above the OWASP minimum that takes about `target` seconds here.

    Every candidate is tried before it is chosen, up to the ceiling hashlib allows; one the
    machine cannot afford (memory) ends the search at the one before."""
    chosen = ScryptParams(SCRYPT_MIN_LOG2_N)
    for log2_n in range(SCRYPT_MIN_LOG2_N, SCRYPT_MAX_LOG2_N + 1):
        params = ScryptParams(log2_n)
        started = time.perf_counter()
        try:
            params.derive("calibration", b"\0" * 16)
        except (MemoryError, ValueError):
            break
        chosen = params
        if time.perf_counter() - started >= target * 0.7:
            break
    return chosen


def hkdf(secret: bytes, salt: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=purpose).derive(secret)


def wrap(wrapping_key: bytes, data_key: bytes, context: bytes) -> bytes:
    """nonce || ciphertext+tag; `context` (vault id and slot kind) is authenticated too."""
    nonce = os.urandom(12)
    return nonce + AESGCM(wrapping_key).encrypt(nonce, data_key, context)


def unwrap(wrapping_key: bytes, wrapped: bytes, context: bytes) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(wrapped[:12], wrapped[12:], context)
    except (InvalidTag, ValueError) as error:
        raise UnwrapFailed from error


def new_recovery_key() -> bytes:
    return secrets.token_bytes(RECOVERY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    """Groups of four characters, e.g. '7K2M-QX9D-...', to write down or print."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _bit in range(len(raw) * 8 // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The raw key from what a person typed (any case, spaces or dashes), or None if malformed."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(ch not in _ALPHABET for ch in cleaned):
        return None
    number = 0
    for ch in cleaned:
        number = (number << 5) | _ALPHABET.index(ch)
    return number.to_bytes(RECOVERY_BYTES, "big")
