"""The key file: the vault's wrapped data key in one slot per way of unlocking.

Stored as JSON beside the database, written atomically, with a second copy so a torn or
damaged write of one still leaves a working file. A checksum tells a damaged file from a
wrong passphrase, which AES-GCM alone cannot.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healdesk.fileio import write_atomically
from healdesk.vault.errors import KeyFileDamaged

FORMAT = "healdesk-keys"
VERSION = 1
PRIMARY = "keys.json"
SPARE = "keys.json.bak"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(slots=True)
class Slot:
    """One way to unlock: `kind` is 'passphrase', 'recovery' or 'device'."""

    kind: str
    salt: bytes
    wrapped: bytes
    params: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "salt": b64(self.salt),
            "wrapped": b64(self.wrapped),
            "params": self.params,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(
            str(data["kind"]),
            unb64(data["salt"]),
            unb64(data["wrapped"]),
            dict(data.get("params", {})),
        )


@dataclass(slots=True)
class KeyFile:
    vault_id: str
    slots: list[Slot]

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        """A copy where `slot` replaces any slot of the same kind."""
        others = [s for s in self.slots if s.kind != slot.kind]
        return KeyFile(self.vault_id, [*others, slot])

    def without(self, kind: str) -> KeyFile:
        return KeyFile(self.vault_id, [s for s in self.slots if s.kind != kind])

    def context(self, kind: str) -> bytes:
        """Bound into each wrap, so a slot cannot be moved to another vault or kind."""
        return f"healdesk/{self.vault_id}/{kind}".encode()

    def encode(self) -> bytes:
        body = {"vault_id": self.vault_id, "slots": [s.to_json() for s in self.slots]}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
        document = {
            "format": FORMAT,
            "version": VERSION,
            "body": body,
            "sha256": hashlib.sha256(canonical.encode()).hexdigest(),
        }
        return json.dumps(document, indent=1).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> KeyFile:
        """Parse and check one copy; raises ValueError (or KeyError) when it is not intact."""
        document = json.loads(data.decode("utf-8"))
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise ValueError("not a HealDesk key file")
        body = document["body"]
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
        if hashlib.sha256(canonical.encode()).hexdigest() != document["sha256"]:
            raise ValueError("checksum mismatch")
        return cls(str(body["vault_id"]), [Slot.from_json(s) for s in body["slots"]])


def save(folder: Path, keys: KeyFile) -> None:
    data = keys.encode()
    write_atomically(folder / PRIMARY, data)
    write_atomically(folder / SPARE, data)


def load(folder: Path) -> KeyFile:
    """The primary copy if intact, else the spare; KeyFileDamaged when neither is."""
    for name in (PRIMARY, SPARE):
        try:
            return KeyFile.decode((folder / name).read_bytes())
        except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            continue
    raise KeyFileDamaged


def exists(folder: Path) -> bool:
    return (folder / PRIMARY).exists() or (folder / SPARE).exists()
