"""`healdesk export-json OUT`: the whole journal as HealDesk JSON, an open, lossless format.

The file is plaintext: the command says so on stderr every time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import open_vault
from healdesk.cli.output import check_target, warn_plaintext, write_text
from healdesk.core.vocabulary import counted


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export-json",
        parents=[common],
        help="write the whole journal as HealDesk JSON (not encrypted)",
    )
    parser.add_argument("out", type=Path, help="the file to write")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.formats import healdesk_json
    from healdesk.vault.exporter import journal_bundle

    check_target(args.out, args.force)
    with open_vault(args) as vault:
        bundle = journal_bundle(vault.journal)
    warn_plaintext(args.out)
    write_text(args.out, healdesk_json.dumps(bundle))
    print(
        f"Wrote {counted(len(bundle.conflicts), 'entry', 'entries')}, "
        f"{counted(len(bundle.repairs), 'repair')} and "
        f"{counted(len(bundle.commitments), 'commitment')} to {args.out}."
    )
    return 0
