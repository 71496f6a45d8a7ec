"""Pairing codes and fingerprint words: how two journals learn each other's public keys.

A pairing code is plain text that is safe to show, send or print: it holds only this vault's
partner id and its two public keys (an Ed25519 key that signs shares, an age X25519 recipient
that shares are encrypted to), with a checksum so a mistyped code is caught. Fingerprint words
are derived from both codes in a canonical order, so both people see the same words and can
read them aloud to each other to be sure nobody swapped a code in between.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from healdesk.i18n import _

PREFIX = "HD1"
_ID_BYTES, _KEY_BYTES, _CHECK_BYTES = 16, 32, 4
#: How many words both people read aloud: 8 words of 256 carry 64 bits.
FINGERPRINT_LENGTH = 8


class PairingCodeInvalid(ValueError):
    """A code that is not a HealDesk pairing code, or was mistyped."""

    def __init__(self) -> None:
        super().__init__(
            _("This does not look like a whole pairing code. Copy it again, from start to end.")
        )


@dataclass(frozen=True, slots=True)
class PairingCode:
    """One vault's public half: what a partner needs to check and encrypt shares."""

    partner_id: str  # 32 hex digits, random, names this vault to its partners
    signing_key: bytes  # raw Ed25519 public key
    recipient: str  # age X25519 recipient, "age1..."

    def text(self) -> str:
        """One line of capitals, digits and dashes (compact in a QR code)."""
        head = bytes.fromhex(self.partner_id) + self.signing_key
        body = base64.b32encode(head + self._check()).decode("ascii").rstrip("=")
        return f"{PREFIX}-{body}-{self.recipient.upper()}"

    def _check(self) -> bytes:
        material = bytes.fromhex(self.partner_id) + self.signing_key + self.recipient.encode()
        return hashlib.sha256(material).digest()[:_CHECK_BYTES]

    @classmethod
    def parse(cls, text: str) -> PairingCode:
        """The code in `text` (spaces, line breaks and case do not matter)."""
        compact = "".join(text.split()).upper()
        parts = compact.split("-")
        if len(parts) != 3 or parts[0] != PREFIX or not parts[2].startswith("AGE1"):
            raise PairingCodeInvalid
        body = parts[1] + "=" * (-len(parts[1]) % 8)
        try:
            raw = base64.b32decode(body)
        except ValueError:
            raise PairingCodeInvalid from None
        if len(raw) != _ID_BYTES + _KEY_BYTES + _CHECK_BYTES:
            raise PairingCodeInvalid
        code = cls(raw[:_ID_BYTES].hex(), raw[_ID_BYTES:-_CHECK_BYTES], parts[2].lower())
        if code._check() != raw[-_CHECK_BYTES:]:
            raise PairingCodeInvalid
        return code


def fingerprint_words(
    mine: PairingCode, theirs: PairingCode | None, wordlist: Sequence[str]
) -> list[str]:
    """Words both people see alike: a hash of both codes, sorted so the order of the two
    does not matter. With `theirs` None, the words name this vault's code alone."""
    if len(wordlist) != 256:
        raise ValueError("the fingerprint word list must hold 256 words")
    codes = sorted(c.text() for c in (mine, theirs) if c is not None)
    digest = hashlib.sha256(("healdesk-fingerprint-v1\n" + "\n".join(codes)).encode()).digest()
    return [wordlist[b] for b in digest[:FINGERPRINT_LENGTH]]
