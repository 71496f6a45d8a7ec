"""Health checks of a vault: key file copies, SQLCipher page authentication, SQLite structure,
schema version and the search index. Read-only: verifying never changes a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from healdesk.i18n import N_, _, ngettext
from healdesk.vault.access import keyfile
from healdesk.vault.storage import database
from healdesk.vault.storage.schema import LATEST


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


#: Key slot kinds as a person reads them (the key file stores the kinds as keys).
SLOT_WORDS = {
    "passphrase": N_("passphrase"),
    "recovery": N_("recovery key"),
    "device": N_("this device"),
}


def key_file_checks(folder: Path) -> list[Check]:
    """Each copy intact or not, and which is newer when they differ (a key change that was
    interrupted between the two writes: the next unlock brings the older one up to date)."""
    labels = {keyfile.PRIMARY: _("key file"), keyfile.SPARE: _("spare key file")}
    found = {name: (keys, why) for name, keys, why in keyfile.copies(folder)}
    checks = []
    for name, label in labels.items():
        keys, why = found[name]
        if keys is None:
            checks.append(
                Check(
                    label,
                    False,
                    _("missing") if why == "missing" else _("damaged: {why}").format(why=why),
                )
            )
            continue
        kinds = ", ".join(sorted(_(SLOT_WORDS.get(s.kind, s.kind)) for s in keys.slots))
        checks.append(
            Check(
                label,
                True,
                _("intact, generation {generation} ({kinds})").format(
                    generation=keys.generation, kinds=kinds
                ),
            )
        )
    primary, spare = found[keyfile.PRIMARY][0], found[keyfile.SPARE][0]
    if primary and spare and primary.generation != spare.generation:
        newer, older = (
            (_("key file"), _("spare key file"))
            if primary.generation > spare.generation
            else (_("spare key file"), _("key file"))
        )
        checks.append(
            Check(
                _("key file copies"),
                False,
                _("the {newer} is newer than the {older}; the next unlock makes them alike").format(
                    newer=newer, older=older
                ),
            )
        )
    return checks


def database_checks(connection: database.Connection) -> list[Check]:
    checks = []
    try:
        problems = [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
    except database.DatabaseError as error:
        problems = [str(error)]
    checks.append(
        Check(
            N_("encryption"),
            not problems,
            _("every page authenticates") if not problems else _pages(problems),
        )
    )
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except database.DatabaseError as error:
        result = [str(error)]
    ok = result == ["ok"]
    checks.append(
        Check(
            N_("structure"),
            ok,
            _("ok")
            if ok
            else ngettext(
                "{n} problem, first: {result}", "{n} problems, first: {result}", len(result)
            ).format(n=len(result), result=result[0]),
        )
    )
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    checks.append(
        Check(
            N_("format"),
            version == LATEST,
            _("version {version} (this HealDesk: {LATEST})").format(version=version, LATEST=LATEST),
        )
    )
    for table, label in (
        ("conflict_search", _("entry search index")),
        ("repair_search", _("repair search index")),
    ):
        try:
            connection.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            checks.append(Check(label, True, _("ok")))
        except database.DatabaseError:
            checks.append(
                Check(label, False, _("out of step with the entries (rebuild it with salvage)"))
            )
    return checks


def _pages(problems: list[str]) -> str:
    return ngettext("{n} damaged page: ", "{n} damaged pages: ", len(problems)).format(
        n=len(problems)
    ) + "; ".join(problems[:3])
