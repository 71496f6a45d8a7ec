"""`healdesk import FILE`: add entries from HealDesk JSON, a jrnl or a Day One JSON export.

The whole file is read and checked before the vault is unlocked; a file with any problem
imports nothing. Existing entries are never replaced; duplicates are skipped and counted.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.cli.common import UserError, open_vault
from healdesk.core.vocabulary import counted
from healdesk.formats.names import FORMATS

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="add entries from a HealDesk JSON, jrnl or Day One export",
    )
    parser.add_argument("file", type=Path, help="the file to import (Day One: its .zip or .json)")
    parser.add_argument(
        "--format",
        choices=["auto", *FORMATS],
        default="auto",
        help="the file's format (default: recognised from its content)",
    )
    parser.add_argument(
        "--time-zone",
        metavar="NAME",
        help="time zone of jrnl's times, e.g. Europe/Berlin (default: this computer's)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.formats import FormatError, read_journal_file
    from healdesk.vault.importer import import_bundle

    zone = _zone(args.time_zone) if args.time_zone else None
    try:
        name, bundle = read_journal_file(args.file, args.format, zone)
    except FormatError as error:
        raise UserError(f"{args.file} was not imported, nothing was changed: {error}") from None
    with open_vault(args) as vault:
        report = import_bundle(vault.journal, bundle)
    print(
        f"Imported from {FORMATS[name]}: {counted(report.conflicts, 'entry', 'entries')}, "
        f"{counted(report.repairs, 'repair')}, {counted(report.commitments, 'commitment')}; "
        f"{counted(report.themes, 'new theme')}, "
        f"{counted(report.people, 'new person', 'new people')}."
    )
    if report.duplicates:
        print(
            f"Skipped {counted(report.duplicates, 'duplicate')} already in the journal: "
            f"{counted(report.duplicate_conflicts, 'entry', 'entries')}, "
            f"{counted(report.duplicate_repairs, 'repair')}, "
            f"{counted(report.duplicate_commitments, 'commitment')}."
        )
    if report.skipped_empty:
        print(f"Skipped {counted(report.skipped_empty, 'entry', 'entries')} without any words.")
    return 0


def _zone(name: str) -> ZoneInfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"unknown time zone {name!r}; use a name such as Europe/Berlin") from None
