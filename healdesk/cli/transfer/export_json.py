"""`healdesk export-json OUT`: the whole journal as HealDesk JSON, an open, lossless format.

The file is plaintext: the command says so on stderr every time.
"""

from __future__ import annotations

import argparse

from healdesk.cli.transfer.output import add_target_arguments, exported_journal, write_text
from healdesk.core.language.vocabulary import counted
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export-json",
        parents=[common],
    )
    add_target_arguments(parser, _("the file to write"), _("replace OUT if it exists"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.formats import healdesk_json

    bundle = exported_journal(args)
    write_text(args.out, healdesk_json.dumps(bundle))
    print(
        _("Wrote {entries}, {repairs} and {commitments} to {out}.").format(
            entries=counted(len(bundle.conflicts), "{n} entry", "{n} entries"),
            repairs=counted(len(bundle.repairs), "{n} repair", "{n} repairs"),
            commitments=counted(len(bundle.commitments), "{n} commitment", "{n} commitments"),
            out=args.out,
        )
    )
    return 0
