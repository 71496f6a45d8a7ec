"""`healdesk export-pdf OUT.pdf`: the therapist PDF of exactly the entries chosen."""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import (
    SecretReader,
    UserError,
    add_period_arguments,
    open_vault,
    parse_period,
)
from healdesk.core.language.vocabulary import counted
from healdesk.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export-pdf",
        parents=[common],
        description=_(
            "Write the chosen entries, with a summary page first, as a PDF for a "
            "therapist. Without filters every entry goes out; each filter given narrows the choice. "
            "Anyone who gets the PDF can read it unless it has a password (--password-file)."
        ),
    )
    parser.add_argument("out", type=Path, metavar="OUT.pdf", help=_("the PDF to write"))
    add_period_arguments(parser)
    parser.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="NAME",
        help=_("only entries with this theme (repeat for any of several)"),
    )
    parser.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="NAME",
        help=_("only entries with this person (repeat for any of several)"),
    )
    parser.add_argument(
        "--entry",
        action="append",
        type=int,
        default=None,
        metavar="ID",
        help=_("only this entry number (repeat to pick several)"),
    )
    parser.add_argument(
        "--redact-names",
        action="store_true",
        help=_("replace people's names with their roles everywhere"),
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help=_("include private notes (left out by default)"),
    )
    parser.add_argument(
        "--include-repairs",
        action="store_true",
        help=_("include your answers in repairs and their commitments (left out by default)"),
    )
    parser.add_argument("--no-summary", action="store_true", help=_("leave out the summary page"))
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="PATH",
        help=_("encrypt the PDF (AES-256) with the first line of this file"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.core.selection import Selection
    from healdesk.export.pdf import (
        ExportFailed,
        ExportOptions,
        NothingToExport,
        check_target,
        export_pdf,
    )

    out = args.out.expanduser().absolute()
    start, end = parse_period(args)
    try:
        check_target(out)
    except ExportFailed as error:
        raise UserError(str(error)) from None
    password = (
        SecretReader.from_file(args.password_file, "password")
        if args.password_file is not None
        else None
    )
    with open_vault(args) as vault:
        journal = vault.journal
        if args.entry:
            found = {s.id for s in journal.summaries(Selection.of(args.entry))}
            missing = sorted(set(args.entry) - found)
            if missing:
                raise UserError(
                    _("there is no entry number {missing} in this journal").format(
                        missing=missing[0]
                    )
                )
        selection = Selection(
            start,
            end,
            _known("theme", args.theme, [t.name for t in journal.themes()]),
            _known("person", args.person, [p.name for p in journal.people()]),
            tuple(args.entry) if args.entry is not None else None,
        )
        options = ExportOptions(
            args.redact_names,
            args.include_private,
            not args.no_summary,
            password,
            include_repairs=args.include_repairs,
        )
        try:
            result = export_pdf(journal, out, selection, options)
        except (NothingToExport, ExportFailed) as error:
            raise UserError(str(error)) from None
        except OSError as error:
            raise UserError(
                _("cannot write {out}: {value}").format(out=out, value=error.strerror or error)
            ) from None
    print(
        _("Wrote {entries} on {pages} to {out}.").format(
            entries=counted(result.entries, "{n} entry", "{n} entries"),
            pages=counted(result.pages, "{n} page", "{n} pages"),
            out=out,
        )
    )
    if result.missing_characters:
        print(
            ngettext(
                "{n} character had no font here and prints as a placeholder.",
                "{n} characters had no font here and print as a placeholder.",
                result.missing_characters,
            ).format(n=result.missing_characters)
        )
    if result.encrypted:
        print(_("The PDF is encrypted (AES-256); it opens only with the password."))
    else:
        print(_("Note: anyone who gets this PDF can read it. Use --password-file to protect it."))
    return 0


def _known(kind: str, wanted: list[str], existing: list[str]) -> tuple[str, ...]:
    """The journal's spelling of each name given (case-insensitive), or a clear error."""
    by_key = {name.casefold(): name for name in existing}
    found = []
    for name in wanted:
        match = by_key.get(" ".join(name.split()).casefold())
        if match is None:
            known = ", ".join(existing) if kind == "theme" else ""
            hint = _(" (themes: {known})").format(known=known) if known else ""
            raise UserError(
                _("there is no {kind} called {name!r}{hint}").format(
                    kind=kind, name=name, hint=hint
                )
            )
        found.append(match)
    return tuple(found)
