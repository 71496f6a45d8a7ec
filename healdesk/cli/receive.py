"""`healdesk receive FILE`: take in a partner's `.healdesk-share` file and print what arrived.
A file that fails any check gets one sentence and changes nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import UserError, open_vault


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "receive", parents=[common], help="open a .healdesk-share file from your partner"
    )
    parser.add_argument("file", type=Path, help="the file your partner gave you")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.core.shared_view import outline
    from healdesk.vault.sharing import receive_share

    data = _read(args.file)
    with open_vault(args) as vault:
        received = receive_share(vault.journal, data)
    where = "a new repair" if received.new_repair else "repair"
    print(
        f"From {received.partner}: {received.side.title!r}, kept in {where} {received.repair_id}."
    )
    for step in outline(received.payload):
        print(f"  {step.title}")
        for label, words in step.rows:
            print(f"    {label}: {words}")
    return 0


def _read(path: Path) -> bytes:
    from healdesk.vault.sharing import read_share_file

    try:
        return read_share_file(path)
    except OSError as error:
        raise UserError(
            f"cannot read {path}: {error.strerror or error.__class__.__name__}"
        ) from None
