"""`healdesk share REPAIR_ID --with NAME OUT [--step KEY]`: one repair, or some of its steps,
as a `.healdesk-share` file encrypted to the partner and signed by this journal."""

from __future__ import annotations

import argparse
from pathlib import Path

from healdesk.cli.common import UserError, open_vault
from healdesk.cli.transfer.output import check_target
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("share", parents=[common])
    parser.add_argument(
        "repair_id", type=int, metavar="REPAIR_ID", help=_("from 'healdesk repairs'")
    )
    parser.add_argument("--with", dest="partner", required=True, metavar="NAME", help="partner")
    parser.add_argument("out", type=Path, help=_("the .healdesk-share file to write"))
    parser.add_argument(
        "--step",
        action="append",
        default=[],
        metavar="KEY",
        help=_("share only this step's answers (repeat for more; default: every answer)"),
    )
    parser.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.core.couple.shared_view import outline
    from healdesk.core.couple.sharing import ShareChoice
    from healdesk.vault.couple.sharing import share_file, share_preview

    check_target(args.out, args.force)
    with open_vault(args) as vault:
        journal = vault.journal
        repair = journal.get_repair(args.repair_id)
        choice = ShareChoice.for_steps(repair, args.step) if args.step else ShareChoice()
        unknown = set(args.step) - {s.key for s in repair.snapshot}
        if unknown:
            raise UserError(
                _("this repair has no step called {sorted!r}").format(sorted=sorted(unknown)[0])
            )
        steps = outline(share_preview(journal, repair.id, args.partner, choice))  # type: ignore[arg-type]
        data = share_file(journal, repair.id, args.partner, choice)  # type: ignore[arg-type]
        partner = journal.partner(args.partner).name
    _write(args.out, data)
    print(
        _("Wrote {out} for {partner}. It holds, encrypted:").format(out=args.out, partner=partner)
    )
    for step in steps:
        print(f"  {step.title}: " + "; ".join(label for label, _ in step.rows))
    return 0


def _write(path: Path, data: bytes) -> None:
    from healdesk.fileio import write_atomically

    try:
        write_atomically(path, data)
    except OSError as error:
        raise UserError(
            _("cannot write {path}: {value}").format(
                path=path, value=error.strerror or error.__class__.__name__
            )
        ) from None
