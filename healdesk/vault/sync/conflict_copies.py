"""Conflict copies that sync services leave in the vault folder, and where merged ones go.

When two computers change journal.db (or keys.json) before they sync, Syncthing, Nextcloud
and Dropbox each keep one version under the real name and the other under a name of their
own. HealDesk finds those, merges them, and moves each merged copy into `merged/` (still
encrypted, never deleted), so the folder is tidy and nothing is thrown away.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.fileio import sync_folder
from healdesk.i18n import _, format_local_pattern
from healdesk.vault.stores.journal import Journal
from healdesk.vault.sync.merge import merge_copy
from healdesk.vault.sync.merge_plan import Plan

if TYPE_CHECKING:
    from healdesk.vault.vault import Vault

MERGED_FOLDER = "merged"

_STEM = r"(?P<what>journal|keys)"
_EXT = r"\.(?P<ext>db|json)"
#: service -> the name pattern it gives the version it could not put under the real name.
PATTERNS = {
    "Syncthing": re.compile(
        _STEM + r"\.sync-conflict-(?P<when>\d{8}-\d{6})-(?P<device>[A-Za-z0-9]+)" + _EXT
    ),
    "Nextcloud": re.compile(
        _STEM + r" \(conflicted copy (?P<when>\d{4}-\d{2}-\d{2} \d{6})\)" + _EXT
    ),
    "Dropbox": re.compile(
        _STEM
        + r" \((?P<host>.+?)['’]s conflicted copy (?P<when>\d{4}-\d{2}-\d{2})(?: \(\d+\))?\)"
        + _EXT
    ),
}
_REAL_NAMES = {"journal": "journal.db", "keys": "keys.json"}


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """One conflict copy: which file it stands for ('journal' or 'keys') and who made it."""

    path: Path
    what: str
    service: str
    when: str
    host: str = ""

    def describe(self) -> str:
        """E.g. "a copy of the journal that Syncthing kept on 1 December 2026 at 14:02"."""
        thing = _("the journal") if self.what == "journal" else _("the key file")
        made = _(" from {host}").format(host=self.host) if self.host else ""
        return _("a copy of {thing}{made} that {service} kept on {when_text}").format(
            thing=thing, made=made, service=self.service, when_text=self._when_text()
        )

    def _when_text(self) -> str:
        digits = "".join(c for c in self.when if c.isdigit())
        try:
            moment = datetime.strptime(digits.ljust(12, "0")[:12], "%Y%m%d%H%M")
        except ValueError:
            return self.when
        day = format_local_pattern(moment, "d MMMM y")
        return (
            day if len(digits) <= 8 else _("{day} at {moment:%H:%M}").format(day=day, moment=moment)
        )


def find_copies(folder: Path) -> list[ConflictCopy]:
    """Conflict copies of journal.db and keys.json lying in `folder`, oldest name first."""
    found = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        for service, pattern in PATTERNS.items():
            match = pattern.fullmatch(name)
            if match and _REAL_NAMES[match["what"]].endswith(match["ext"]):
                host = match.groupdict().get("host") or ""
                found.append(
                    ConflictCopy(folder / name, match["what"], service, match["when"], host)
                )
                break
    return found


def journal_copies(folder: Path) -> list[ConflictCopy]:
    return [c for c in find_copies(folder) if c.what == "journal"]


def put_away(folder: Path, copy: ConflictCopy) -> Path:
    """Move a merged copy into merged/ (owner-only); returns where it went."""
    target_folder = folder / MERGED_FOLDER
    target_folder.mkdir(mode=0o700, exist_ok=True)
    target = target_folder / copy.path.name
    number = 1
    while target.exists():
        target = target_folder / f"{copy.path.stem}.{number}{copy.path.suffix}"
        number += 1
    os.replace(copy.path, target)
    sync_folder(target_folder)
    sync_folder(folder)
    return target


def merge_copies(
    vault: Vault, copies: list[ConflictCopy], journal: Journal | None = None
) -> list[tuple[ConflictCopy, Plan]]:
    """Merge each journal copy into `vault`, then put it away; a copy that cannot be merged
    (another journal's, a newer format) raises its VaultError and stays where it is."""
    done = []
    for copy in copies:
        done.append((copy, merge_copy(vault, copy.path, journal=journal)))
        put_away(vault.folder, copy)
    return done
