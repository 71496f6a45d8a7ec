"""This vault's partner keys and the partners it is paired with, one per person.

The secret keys are made at first need and kept only inside the encrypted vault, so a backup
carries them and a restored journal is still paired. Only public pairing codes of partners
are stored for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from healdesk.core.conflict import Person
from healdesk.core.couple.pairing import PairingCode, fingerprint_words
from healdesk.vault.couple.share_crypto import PartnerKeys
from healdesk.vault.couple.share_errors import PairedAlready, PairingWithSelf, PartnerUnknown
from healdesk.vault.stores.labels import LabelStore
from healdesk.vault.stores.store import from_iso, now_utc, to_iso


@cache
def fingerprint_wordlist() -> tuple[str, ...]:
    """The 256 bundled words (resources/wordlists), comments and blank lines left out."""
    from healdesk.locations import asset

    text = asset("resources", "wordlists", "fingerprint-words.txt").read_text(encoding="utf-8")
    return tuple(w for w in (line.strip() for line in text.splitlines()) if w and w[0] != "#")


@dataclass(frozen=True, slots=True)
class Partner:
    """A person this journal is paired with, and the public code their journal showed."""

    row: int
    name: str
    code: PairingCode
    paired_at: datetime


class PartnerStore(LabelStore):
    def partner_keys(self, *, create: bool = True) -> PartnerKeys | None:
        """This vault's keys, made and saved on first need (or None when `create` is off)."""
        row = self.db.execute(
            "SELECT partner_id, age_secret, signing_secret FROM partner_keys WHERE id = 1"
        ).fetchone()
        if row:
            return PartnerKeys(row[0], row[1], bytes(row[2]))
        if not create:
            return None
        keys = PartnerKeys.generate()
        with self.transaction():
            self.db.execute(
                "INSERT INTO partner_keys (id, partner_id, age_secret, signing_secret, created_at)"
                " VALUES (1, ?, ?, ?, ?)",
                (keys.partner_id, keys.age_secret, keys.signing_secret, to_iso(now_utc())),
            )
        return keys

    def pairing_code(self) -> PairingCode:
        keys = self.partner_keys()
        assert keys is not None
        return keys.code()

    def fingerprint(self, partner: Partner | None = None) -> list[str]:
        """Words to read aloud: of both codes when `partner` is given, else of mine alone."""
        theirs = partner.code if partner else None
        return fingerprint_words(self.pairing_code(), theirs, fingerprint_wordlist())

    def pair(self, name: str, code: PairingCode) -> Partner:
        """Pair `name` (a person, made if new) with `code`; a new code for the same person
        replaces the old one (a new computer), a code paired with someone else is refused."""
        if code.partner_id == self.pairing_code().partner_id:
            raise PairingWithSelf
        existing = self.partner_by_id(code.partner_id)
        if existing is not None and existing.name.casefold() != name.strip().casefold():
            raise PairedAlready(existing.name)
        with self.transaction():
            person = self.add_person(Person(name))
            self.db.execute(
                "INSERT INTO partner (person_id, partner_id, code, paired_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET partner_id = excluded.partner_id,"
                " code = excluded.code, paired_at = excluded.paired_at",
                (person.id, code.partner_id, code.text(), to_iso(now_utc())),
            )
        return self.partner(person.name)

    def partners(self) -> list[Partner]:
        return self._partners("", ())

    def partner(self, name: str) -> Partner:
        found = self._partners("WHERE p.name = ?", (name.strip(),))
        if not found:
            raise PartnerUnknown(name)
        return found[0]

    def partner_by_id(self, partner_id: str) -> Partner | None:
        found = self._partners("WHERE x.partner_id = ?", (partner_id,))
        return found[0] if found else None

    def partner_by_row(self, row: int) -> Partner:
        return self._partners("WHERE x.id = ?", (row,))[0]

    def unpair(self, name: str) -> None:
        """Forget a partner's code. Their answers already received stay in the journal."""
        partner = self.partner(name)
        with self.transaction():
            self.db.execute("DELETE FROM partner WHERE id = ?", (partner.row,))

    def _partners(self, where: str, params: tuple[object, ...]) -> list[Partner]:
        rows = self.db.execute(
            "SELECT x.id, p.name, x.code, x.paired_at FROM partner x"
            f" JOIN person p ON p.id = x.person_id {where} ORDER BY p.name",
            params,
        ).fetchall()
        return [
            Partner(row, name, PairingCode.parse(code), from_iso(paired))  # type: ignore[arg-type]
            for row, name, code, paired in rows
        ]
