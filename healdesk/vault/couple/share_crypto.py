"""The `.healdesk-share` envelope: encrypted to the partner (age, X25519), signed by the sender
(Ed25519). Standard parts only; this module only decides their order and what is bound.

File layout::

    MAGIC | header length (2 bytes, big-endian) | header (JSON) | age ciphertext | signature

The header names the sender's and recipient's partner ids and a random share id; the Ed25519
signature covers everything before it (with a context prefix), so the header cannot be altered
or moved onto other ciphertext. The encrypted payload repeats the three ids, and they must
match: a partner can re-encrypt what they received, but only under their own signature.
The check order is fixed: parse, known sender, signature, recipient, decrypt, inner ids.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from healdesk.core.couple.pairing import PairingCode
from healdesk.vault.couple.share_errors import (
    NotAShareFile,
    ShareDamaged,
    ShareFromStranger,
    ShareNotForMe,
)

MAGIC = b"HEALDESK-SHARE-1\n"
_SIGNATURE_CONTEXT = b"healdesk-share-signature-v1\n"
_SIGNATURE_BYTES = 64
_MAX_HEADER = 1024


@dataclass(frozen=True, slots=True)
class PartnerKeys:
    """This vault's secret half. Lives only inside the encrypted vault (and its backups)."""

    partner_id: str
    age_secret: str
    signing_secret: bytes

    @classmethod
    def generate(cls) -> PartnerKeys:
        return cls(
            secrets.token_hex(16),
            str(x25519.Identity.generate()),
            Ed25519PrivateKey.generate().private_bytes_raw(),
        )

    def code(self) -> PairingCode:
        signing = Ed25519PrivateKey.from_private_bytes(self.signing_secret).public_key()
        recipient = str(x25519.Identity.from_str(self.age_secret).to_public())
        return PairingCode(
            self.partner_id, signing.public_bytes(Encoding.Raw, PublicFormat.Raw), recipient
        )


@dataclass(frozen=True, slots=True)
class Envelope:
    """What the header says, after the signature and the inner ids were checked."""

    sender: str
    recipient: str
    share_id: str
    payload: dict[str, Any]


def seal(payload: dict[str, Any], me: PartnerKeys, partner: PairingCode) -> tuple[str, bytes]:
    """A new share id and the file bytes carrying `payload` from `me` to `partner`."""
    share_id = secrets.token_hex(16)
    ids = {"from": me.partner_id, "to": partner.partner_id, "share": share_id}
    header = json.dumps(ids, separators=(",", ":")).encode()
    inner = json.dumps({**payload, **ids}, ensure_ascii=False).encode()
    ciphertext = pyrage.encrypt(inner, [x25519.Recipient.from_str(partner.recipient)])
    body = MAGIC + len(header).to_bytes(2, "big") + header + ciphertext
    signature = Ed25519PrivateKey.from_private_bytes(me.signing_secret).sign(
        _SIGNATURE_CONTEXT + body
    )
    return share_id, body + signature


def open_sealed(
    data: bytes, me: PartnerKeys, partner_for: Callable[[str], PairingCode | None]
) -> Envelope:
    """The checked contents of a share file, or a ShareRefused naming the first check that
    failed. `partner_for` maps a sender's partner id to its paired code (None if unpaired)."""
    if not data.startswith(MAGIC):
        raise NotAShareFile
    ids, ciphertext = _split(data)
    partner = partner_for(ids["from"])
    if partner is None:
        raise ShareFromStranger
    try:
        Ed25519PublicKey.from_public_bytes(partner.signing_key).verify(
            data[-_SIGNATURE_BYTES:], _SIGNATURE_CONTEXT + data[:-_SIGNATURE_BYTES]
        )
    except InvalidSignature:
        raise ShareDamaged from None
    if ids["to"] != me.partner_id:
        raise ShareNotForMe
    try:
        inner = json.loads(pyrage.decrypt(ciphertext, [x25519.Identity.from_str(me.age_secret)]))
    except (pyrage.DecryptError, ValueError):
        raise ShareDamaged from None
    if not isinstance(inner, dict) or any(inner.get(k) != v for k, v in ids.items()):
        raise ShareDamaged
    payload = {k: v for k, v in inner.items() if k not in ids}
    return Envelope(ids["from"], ids["to"], ids["share"], payload)


def _split(data: bytes) -> tuple[dict[str, str], bytes]:
    start = len(MAGIC) + 2
    if len(data) < start + _SIGNATURE_BYTES:
        raise ShareDamaged
    length = int.from_bytes(data[len(MAGIC) : start], "big")
    if not 0 < length <= _MAX_HEADER or len(data) < start + length + _SIGNATURE_BYTES:
        raise ShareDamaged
    try:
        ids = json.loads(data[start : start + length])
    except ValueError:
        raise ShareDamaged from None
    if not isinstance(ids, dict) or not all(
        isinstance(ids.get(k), str) for k in ("from", "to", "share")
    ):
        raise ShareDamaged
    return ids, data[start + length : -_SIGNATURE_BYTES]
