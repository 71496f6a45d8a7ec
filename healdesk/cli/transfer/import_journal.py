"""`healdesk import FILE`: add entries from HealDesk JSON, a jrnl or a Day One JSON export.

The whole file is read and checked before the vault is unlocked; a file with any problem
imports nothing. Existing entries are never replaced; duplicates are skipped and counted.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.cli.common import UserError, open_vault
from healdesk.core.language.vocabulary import counted
from healdesk.formats.names import FORMATS
from healdesk.i18n import _

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
    )
    parser.add_argument(
        "file", type=Path, help=_("the file to import (Day One: its .zip or .json)")
    )
    parser.add_argument(
        "--format",
        choices=["auto", *FORMATS],
        default="auto",
        help=_("the file's format (default: recognised from its content)"),
    )
    parser.add_argument(
        "--time-zone",
        metavar="NAME",
        help=_("time zone of jrnl's times, e.g. Europe/Berlin (default: this computer's)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.formats import FormatError, read_journal_file
    from healdesk.vault.stores.importer import import_bundle

    zone = _zone(args.time_zone) if args.time_zone else None
    try:
        name, bundle = read_journal_file(args.file, args.format, zone)
    except FormatError as error:
        raise UserError(
            _("{file} was not imported, nothing was changed: {error}").format(
                file=args.file, error=error
            )
        ) from None
    with open_vault(args) as vault:
        report = import_bundle(vault.journal, bundle)
    print(
        _(
            "Imported from {format}: {entries}, {repairs}, {commitments}; {new_themes}, {new_people}."
        ).format(
            format=_(FORMATS[name]),
            entries=counted(report.conflicts, "{n} entry", "{n} entries"),
            repairs=counted(report.repairs, "{n} repair", "{n} repairs"),
            commitments=counted(report.commitments, "{n} commitment", "{n} commitments"),
            new_themes=counted(report.themes, "{n} new theme", "{n} new themes"),
            new_people=counted(report.people, "{n} new person", "{n} new people"),
        )
    )
    if report.duplicates:
        print(
            _(
                "Skipped {duplicates} already in the journal: {entries}, {repairs}, {commitments}."
            ).format(
                duplicates=counted(report.duplicates, "{n} duplicate", "{n} duplicates"),
                entries=counted(report.duplicate_conflicts, "{n} entry", "{n} entries"),
                repairs=counted(report.duplicate_repairs, "{n} repair", "{n} repairs"),
                commitments=counted(
                    report.duplicate_commitments, "{n} commitment", "{n} commitments"
                ),
            )
        )
    if report.skipped_empty:
        print(
            _("Skipped {entries} without any words.").format(
                entries=counted(report.skipped_empty, "{n} entry", "{n} entries")
            )
        )
    return 0


def _zone(name: str) -> ZoneInfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            _("unknown time zone {name!r}; use a name such as Europe/Berlin").format(name=name)
        ) from None
