"""`healdesk repairs [--json]`: the journal's repairs, so a script can pick one to share."""

from __future__ import annotations

import argparse
import json

from healdesk.cli.common import open_vault
from healdesk.core.language.words import status_word
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("repairs", parents=[common])
    parser.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        repairs = vault.journal.repairs()
        shared = {s.repair_id: s.partner for s in vault.journal.shared_repairs()}
    rows = [
        {
            "id": r.id,
            "title": r.title,
            "status": str(r.status),
            "created_at": r.created_at.isoformat() if r.created_at else None,
            "shared_with": shared.get(r.id),  # type: ignore[arg-type]
        }
        for r in repairs
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(_("No repairs yet."))
    for row in rows:
        together = (
            _("  (shared with {shared_with})").format(shared_with=row["shared_with"])
            if row["shared_with"]
            else ""
        )
        status = status_word(row["status"])
        print(f"{row['id']}  {row['created_at'][:10]}  {status:<16} {row['title']}{together}")
    return 0
