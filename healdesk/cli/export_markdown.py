"""`healdesk export-markdown OUT [--per-entry]`: the journal as readable Markdown, in one
document or as one file per entry in the folder OUT. Not encrypted: said on stderr."""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import UserError, open_vault
from healdesk.cli.output import check_target, warn_plaintext, write_text


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export-markdown",
        parents=[common],
        help="write the journal as readable Markdown (not encrypted)",
    )
    parser.add_argument("out", type=Path, help="the file to write (a folder with --per-entry)")
    parser.add_argument(
        "--per-entry", action="store_true", help="one file per entry in the folder OUT"
    )
    parser.add_argument("--force", action="store_true", help="replace what is already there")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.formats import markdown
    from healdesk.vault.exporter import journal_bundle

    check_target(args.out, args.force, folder=args.per_entry)
    with open_vault(args) as vault:
        bundle = journal_bundle(vault.journal)
    warn_plaintext(args.out)
    if not args.per_entry:
        write_text(args.out, markdown.journal_markdown(bundle))
        print(f"Wrote the journal to {args.out}.")
        return 0
    try:
        args.out.mkdir(exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot create {args.out}: {error.strerror}") from None
    written = 0
    for name, text in markdown.entry_files(bundle):
        write_text(args.out / name, text)
        written += 1
    print(f"Wrote {written} files to {args.out}.")
    return 0
