"""`healdesk export-markdown OUT [--per-entry]`: the journal as readable Markdown, in one
document or as one file per entry in the folder OUT. Not encrypted: said on stderr."""

from __future__ import annotations

import argparse

from healdesk.cli.common import UserError
from healdesk.cli.transfer.output import add_target_arguments, exported_journal, write_text
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export-markdown",
        parents=[common],
    )
    add_target_arguments(
        parser,
        _("the file to write (a folder with --per-entry)"),
        _("replace what is already there"),
    )
    parser.add_argument(
        "--per-entry", action="store_true", help=_("one file per entry in the folder OUT")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.formats import markdown

    bundle = exported_journal(args, folder=args.per_entry)
    if not args.per_entry:
        write_text(args.out, markdown.journal_markdown(bundle))
        print(_("Wrote the journal to {out}.").format(out=args.out))
        return 0
    try:
        args.out.mkdir(exist_ok=True)
    except OSError as error:
        raise UserError(
            _("cannot create {out}: {strerror}").format(out=args.out, strerror=error.strerror)
        ) from None
    written = 0
    for name, text in markdown.entry_files(bundle):
        write_text(args.out / name, text)
        written += 1
    print(_("Wrote {written} files to {out}.").format(written=written, out=args.out))
    return 0
