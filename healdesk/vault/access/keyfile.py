"""The key file: the vault's wrapped data key in one slot per way of unlocking.

Stored as JSON beside the database, written atomically, with a spare copy so a torn or
damaged write of one still leaves a working file. Three guards, each for its own danger:

- an unkeyed checksum tells a damaged file from a wrong passphrase (AES-GCM alone cannot);
- every field is checked for type and bounds before anything is derived from it, so a
  tampered file is refused in one sentence rather than crashing or hanging the KDF;
- a generation counter and a MAC under a key derived from the data key (checked once a slot
  has opened) say which copy is newer and that nobody changed the file: a slot's parameters
  are also bound into its wrap's associated data (slot format 2).

Version 1 files (no generation, no MAC, slots of format 1) still open; the vault rewrites
them in version 2 at the first unlock.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healdesk.fileio import write_atomically
from healdesk.i18n import _
from healdesk.vault.storage import layout

FORMAT = "healdesk-keys"
VERSION = 2
PRIMARY = layout.KEYS
SPARE = layout.SPARE_KEYS
KINDS = ("passphrase", "recovery", "device")
#: A real key file is about 1 KB; anything much larger is not one.
MAX_BYTES = 64 * 1024
_SALT_BYTES = (16, 64)
_WRAPPED_BYTES = 12 + 32 + 16  # nonce, data key, tag


class KeyFileInvalid(ValueError):
    """One copy of the key file is damaged or was changed; the message says how, plainly."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise KeyFileInvalid(_("its {what} is not text").format(what=what))
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, binascii.Error):
        raise KeyFileInvalid(_("its {what} is not base64").format(what=what)) from None


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


@dataclass(slots=True)
class Slot:
    """One way to unlock: `kind` is 'passphrase', 'recovery' or 'device'. `format` 2 binds
    the parameters into the wrap; 1 is how version 1 files wrapped."""

    kind: str
    salt: bytes
    wrapped: bytes
    params: dict[str, Any] = field(default_factory=dict)
    format: int = 2

    def to_json(self) -> dict[str, Any]:
        data = {
            "kind": self.kind,
            "salt": b64(self.salt),
            "wrapped": b64(self.wrapped),
            "params": self.params,
        }
        if self.format != 1:
            data["format"] = self.format
        return data

    @classmethod
    def from_json(cls, data: object) -> Slot:
        if not isinstance(data, dict):
            raise KeyFileInvalid(_("one of its slots is not a record"))
        kind = data.get("kind")
        if kind not in KINDS:
            raise KeyFileInvalid(_("it has a slot of unknown kind {kind!r}").format(kind=kind))
        salt, wrapped = (
            unb64(data.get("salt"), "salt"),
            unb64(data.get("wrapped"), _("wrapped key")),
        )
        if not _SALT_BYTES[0] <= len(salt) <= _SALT_BYTES[1] or len(wrapped) != _WRAPPED_BYTES:
            raise KeyFileInvalid(
                _("its {kind} slot has a salt or wrapped key of the wrong size").format(kind=kind)
            )
        params, slot_format = data.get("params", {}), data.get("format", 1)
        if not isinstance(params, dict) or slot_format not in (1, 2) or type(slot_format) is bool:
            raise KeyFileInvalid(_("its {kind} slot has malformed settings").format(kind=kind))
        expected = "scrypt" if kind == "passphrase" else "hkdf"
        if params.get("kdf") != expected:
            raise KeyFileInvalid(
                _("its {kind} slot names an unknown key derivation").format(kind=kind)
            )
        return cls(kind, salt, wrapped, dict(params), slot_format)


@dataclass(slots=True)
class KeyFile:
    vault_id: str
    slots: list[Slot]
    generation: int = 0
    mac: bytes | None = None

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        """A copy where `slot` replaces any slot of the same kind (unsealed: see `sealed`)."""
        others = [s for s in self.slots if s.kind != slot.kind]
        return KeyFile(self.vault_id, [*others, slot], self.generation)

    def without(self, kind: str) -> KeyFile:
        return KeyFile(self.vault_id, [s for s in self.slots if s.kind != kind], self.generation)

    def context(self, kind: str) -> bytes:
        """Bound into each wrap, so a slot cannot be moved to another vault or kind."""
        return f"healdesk/{self.vault_id}/{kind}".encode()

    def slot_context(self, slot: Slot) -> bytes:
        """The wrap's associated data: format 2 also binds the slot's KDF parameters, so a
        changed parameter makes the slot refuse to open rather than derive something else."""
        base = self.context(slot.kind)
        return base if slot.format == 1 else base + b"\0" + canonical(slot.params)

    def sealed(self, data_key: bytes | bytearray) -> KeyFile:
        """The next generation of this file, authenticated under the data key."""
        made = KeyFile(self.vault_id, list(self.slots), self.generation + 1)
        made.mac = made.expected_mac(data_key)
        return made

    def authentic(self, data_key: bytes | bytearray) -> bool:
        """True when the MAC matches (version 1 files have none: they are rewritten)."""
        return self.mac is not None and hmac.compare_digest(self.mac, self.expected_mac(data_key))

    def expected_mac(self, data_key: bytes | bytearray) -> bytes:
        mac_key = hmac.new(bytes(data_key), b"healdesk key file", hashlib.sha256).digest()
        return hmac.new(mac_key, canonical(self._body()), hashlib.sha256).digest()

    def _body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.mac is not None or self.generation:
            body["generation"] = self.generation
        return body

    def encode(self) -> bytes:
        """Version 2 once sealed; an unsealed file (read from version 1, e.g. into a backup
        made before its first key change) keeps the version 1 form it was read in."""
        body = self._body()
        document: dict[str, Any] = {"format": FORMAT, "version": VERSION if self.mac else 1}
        document["body"] = body
        if self.mac is not None:
            document["mac"] = b64(self.mac)
        document["sha256"] = hashlib.sha256(canonical(body)).hexdigest()
        return json.dumps(document, indent=1).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> KeyFile:
        """Parse and check one copy; KeyFileInvalid (a ValueError) when it is not intact."""
        if len(data) > MAX_BYTES:
            raise KeyFileInvalid(_("it is far too large to be a key file"))
        try:
            document = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):
            raise KeyFileInvalid(_("it is not readable JSON")) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise KeyFileInvalid(_("it is not a HealDesk key file"))
        version, body = document.get("version"), document.get("body")
        if version not in (1, 2) or type(version) is bool or not isinstance(body, dict):
            raise KeyFileInvalid(_("it is a key file of a format this HealDesk does not know"))
        checksum = document.get("sha256")
        if not isinstance(checksum, str) or not hmac.compare_digest(  # bytes: any text compares
            hashlib.sha256(canonical(body)).hexdigest().encode(),
            checksum.encode("utf-8", "replace"),
        ):
            raise KeyFileInvalid(_("its checksum does not match (it is damaged)"))
        vault_id, slots = body.get("vault_id"), body.get("slots")
        if not isinstance(vault_id, str) or not 1 <= len(vault_id) <= 64:
            raise KeyFileInvalid(_("its journal id is malformed"))
        if not isinstance(slots, list) or not 1 <= len(slots) <= len(KINDS):
            raise KeyFileInvalid(_("its list of slots is malformed"))
        made = cls(vault_id, [Slot.from_json(s) for s in slots])
        if len({s.kind for s in made.slots}) != len(made.slots):
            raise KeyFileInvalid(_("it has two slots of the same kind"))
        if version == 2:
            generation, mac = body.get("generation"), document.get("mac")
            if type(generation) is not int or not 0 < generation < 1 << 62:
                raise KeyFileInvalid(_("its generation counter is malformed"))
            made.generation, made.mac = generation, unb64(mac, "MAC")
        return made


def copies(folder: Path) -> list[tuple[str, KeyFile | None, str]]:
    """Both copies as (name, key file or None, why not), in the order they should be tried:
    the newest intact copy first, the primary first when both are of one generation."""
    found = []
    for name in (PRIMARY, SPARE):
        try:
            data = (Path(folder) / name).read_bytes()
        except FileNotFoundError:
            found.append((name, None, "missing"))
            continue
        except OSError as error:
            found.append((name, None, f"unreadable ({error.strerror or 'error'})"))
            continue
        try:
            found.append((name, KeyFile.decode(data), ""))
        except KeyFileInvalid as error:
            found.append((name, None, str(error)))
    return sorted(found, key=lambda item: -(item[1].generation if item[1] else -1))


def save(folder: Path, keys: KeyFile) -> None:
    """Primary first, then the spare: a crash between them leaves the primary newer, and the
    generation counter says so."""
    data = keys.encode()
    write_atomically(Path(folder) / PRIMARY, data)
    write_atomically(Path(folder) / SPARE, data)


def load(folder: Path) -> KeyFile:
    """The newest intact copy; KeyFileDamaged (with the reason) when neither is intact."""
    from healdesk.vault.errors import KeyFileDamaged

    found = copies(folder)
    for _name, keys, _why in found:
        if keys is not None:
            return keys
    raise KeyFileDamaged(found[0][2])


def exists(folder: Path) -> bool:
    return (Path(folder) / PRIMARY).exists() or (Path(folder) / SPARE).exists()
