"""Two (or three) real vaults for couple-mode tests, paired through the real `healdesk` CLI.

Each vault is a copy of the session's template vault; its partner keys are made at first
need, so every copy gets keys of its own.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from healdesk.cli import main
from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import (
    Commitment,
    FieldSnapshot,
    Repair,
    RepairStatus,
    StepSnapshot,
)
from healdesk.vault import Vault
from tests.helpers.journal_data import table_rows
from tests.helpers.vaults import PASSPHRASE

#: Words that live only in A's or B's journal; a share file must never show them in clear.
A_MARKERS = ("PLUMTREE-OWN", "QUINCE-FEEL", "MARIGOLD-PRIVATE", "HAWTHORN-WHAT", "Juniperia")
B_MARKERS = ("BRAMBLE-REPLY", "NETTLE-VIEW")


@dataclass
class Cli:
    """Runs `healdesk` in this process on one vault folder; returns (exit code, out, err).
    Direct journal access (test setup) unlocks with the recovery key: no scrypt wait."""

    folder: Path
    passphrase_file: Path
    recovery_key: str

    def __call__(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(
                [
                    "--data-dir",
                    str(self.folder),
                    "--passphrase-file",
                    str(self.passphrase_file),
                    *args,
                ]
            )
        return code, out.getvalue(), err.getvalue()

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, err
        return out

    @contextlib.contextmanager
    def journal(self) -> Iterator:
        vault = Vault.unlock(self.folder, recovery_key=self.recovery_key)
        try:
            yield vault.journal
        finally:
            vault.lock()

    def journal_rows(self) -> dict[str, list[tuple]]:
        """Every row of the journal (but the unlock history, which each opening adds to)."""
        with self.journal() as journal:
            return table_rows(journal.db)


@contextlib.contextmanager
def two_journals(vault_template: tuple[Path, str], folder: Path) -> Iterator[tuple]:
    """Journals A and B (copies of the template vault), unlocked, not paired; locked after."""
    opened = []
    try:
        for name in "ab":
            shutil.copytree(vault_template[0], folder / name)
            opened.append(Vault.unlock(folder / name, recovery_key=vault_template[1]))
        yield tuple(v.journal for v in opened)
    finally:
        for vault in opened:
            vault.lock()


def make_cli(template: Path, tmp_path: Path, name: str, recovery_key: str) -> Cli:
    """A copy of the vault folder `template` under `tmp_path / name`."""
    folder = tmp_path / name
    shutil.copytree(template, folder)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    return Cli(folder, secret, recovery_key)


def paired_vaults(vault_template: tuple[Path, str], folder: Path) -> tuple[Cli, Cli, Cli]:
    """A and B paired both ways (A calls B "Sam", B calls A "Alex"); A also paired with C
    ("Cleo"); C holds B's public code as "Sam", but B never paired C."""
    a, b, c = (make_cli(vault_template[0], folder, n, vault_template[1]) for n in "abc")
    pair(a, "Alex", b, "Sam")
    pair(a, "Alex", c, "Cleo")
    c.ok("partner", "add", "Sam", b.ok("partner", "id").splitlines()[0])
    return a, b, c


def copied(clis: tuple[Cli, ...], tmp_path: Path) -> tuple[Cli, ...]:
    """Fresh copies of already paired vaults, for one test."""
    return tuple(make_cli(c.folder, tmp_path, c.folder.name, c.recovery_key) for c in clis)


def pair(a: Cli, a_name: str, b: Cli, b_name: str) -> tuple[list[str], list[str]]:
    """Pair both ways through the CLI (A calls B `b_name`, B calls A `a_name`); the words
    each side was told to read aloud."""
    code_a = a.ok("partner", "id").splitlines()[0]
    code_b = b.ok("partner", "id").splitlines()[0]
    words_a = a.ok("partner", "add", b_name, code_b).splitlines()[-1].split()
    words_b = b.ok("partner", "add", a_name, code_a).splitlines()[-1].split()
    return words_a, words_b


SNAPSHOT = (
    StepSnapshot(
        "my-part",
        "My part",
        (
            FieldSnapshot("my-part.behaviours", "What I did", "chips"),
            FieldSnapshot("my-part.in-my-words", "In my own words", "long_text"),
        ),
    ),
    StepSnapshot(
        "feelings", "Feelings", (FieldSnapshot("feelings.felt", "What I felt", "long_text"),)
    ),
)


def cli_repair(cli: Cli) -> int:
    """`write_repair` in the locked vault of `cli`."""
    with cli.journal() as journal:
        return write_repair(journal)


def write_repair(journal) -> int:
    """A's repair: linked to an entry with private notes, answers carrying A's markers, and
    a commitment made together."""
    conflict_id = journal.add_conflict(
        Conflict(
            datetime(2026, 3, 1, 20, 0, tzinfo=UTC),
            "HAWTHORN-WHAT at dinner with Juniperia",
            person="Juniperia",
            private_notes="MARIGOLD-PRIVATE",
        )
    )
    repair_id = journal.add_repair(
        Repair(
            "repair-after-fight",
            1,
            "After the dinner",
            SNAPSHOT,
            {
                "my-part.behaviours": ["raising my voice"],
                "my-part.in-my-words": "PLUMTREE-OWN, I talked over you",
                "feelings.felt": "QUINCE-FEEL and tired",
            },
            [conflict_id],
            RepairStatus.PLANNED,
        )
    )
    journal.add_commitment(Commitment("Walk after dinner on Sundays", None, repair_id))
    return repair_id
