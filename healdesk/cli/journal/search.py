"""`healdesk search QUERY`: matching entries with date, themes and a snippet."""

from __future__ import annotations

import argparse
import json

from healdesk.cli.common import open_vault
from healdesk.i18n import _


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("search", parents=[common])
    parser.add_argument(
        "query", help=_("words to look for (the last one may be the start of a word)")
    )
    parser.add_argument(
        "--limit", type=int, default=50, help=_("at most this many results (default 50)")
    )
    parser.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        hits = vault.journal.search(args.query, limit=max(1, args.limit))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "kind": h.kind,
                        "id": h.id,
                        "when": h.when.isoformat(),
                        "themes": list(h.themes),
                        "snippet": h.plain_snippet(),
                    }
                    for h in hits
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not hits:
        print(_("No entries match."))
        return 0
    for hit in hits:
        label = _("Entry") if hit.kind == "conflict" else _("Repair")
        themes = f"  [{', '.join(hit.themes)}]" if hit.themes else ""
        print(f"{label} {hit.id}  {hit.when:%Y-%m-%d %H:%M}{themes}")
        print("    " + " ".join(hit.plain_snippet("«", "»").split()))
    return 0
