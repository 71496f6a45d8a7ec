"""`healdesk template check|import FILE`: so a therapist can write a repair flow by hand."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.cli.common import UserError, open_vault
from healdesk.core.language.vocabulary import counted
from healdesk.i18n import _, ngettext

if TYPE_CHECKING:
    from healdesk.core.repairs.templates import Template, TemplateError


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("template")
    actions = parser.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help=_("validate a template file and summarise it (no journal needed)")
    )
    check.add_argument("file", type=Path, help=_("the template (.toml) to check"))
    check.set_defaults(handler=run_check)
    add = actions.add_parser(
        "import", parents=[common], help=_("check a template and keep it in the journal")
    )
    add.add_argument("file", type=Path, help=_("the template (.toml) to import"))
    add.set_defaults(handler=run_import)


def run_check(args: argparse.Namespace) -> int:
    template = _checked(args.file)
    fields = sum(len(s.fields) for s in template.steps)
    optional = sum(s.optional for s in template.steps)
    print(
        _("{name}: ok. {title!r} (id {id}, version {version})").format(
            name=args.file.name, title=template.title, id=template.id, version=template.version
        )
    )
    print(
        _("    {steps} in {sections}, {fields}, {optional_steps}").format(
            steps=counted(len(template.steps), "{n} step", "{n} steps"),
            sections=counted(len(template.sections()), "{n} section", "{n} sections"),
            fields=counted(fields, "{n} field", "{n} fields"),
            optional_steps=counted(optional, "{n} optional step", "{n} optional steps"),
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from healdesk.core.repairs.template_loader import import_template_file
    from healdesk.core.repairs.templates import TemplateError

    _checked(args.file)  # refuse before asking for a passphrase
    with open_vault(args) as vault:
        try:
            template = import_template_file(vault.journal, args.file)
        except TemplateError as error:
            raise UserError(_describe(error)) from None
    print(
        _("Imported {title!r} (id {id}); it is now offered as a repair flow.").format(
            title=template.title, id=template.id
        )
    )
    return 0


def _checked(path: Path) -> Template:
    """The template in `path`, or a UserError listing every problem."""
    from healdesk.core.repairs.template_loader import load_template_file
    from healdesk.core.repairs.templates import TemplateError

    try:
        return load_template_file(path)[0]
    except TemplateError as error:
        raise UserError(_describe(error)) from None


def _describe(error: TemplateError) -> str:
    """Every problem on its own line, so a hand-written template can be fixed in one pass."""
    problems = error.problems
    if len(problems) == 1:
        return str(problems[0])
    heading = ngettext("{n} problem:", "{n} problems:", len(problems)).format(n=len(problems))
    return heading + "\n" + "\n".join(f"  - {p}" for p in problems)
