"""`healdesk verify`: check keys, encryption, structure, format and search index; report plainly."""

from __future__ import annotations

import argparse

from healdesk.cli.common import open_vault, vault_folder
from healdesk.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("verify", parents=[common])
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault.safekeeping.verify import database_checks, key_file_checks

    checks = key_file_checks(vault_folder(args))
    with open_vault(args) as vault:
        checks += database_checks(vault.journal.db)
        damaged = any(not c.ok for c in checks if c.name in ("encryption", "structure"))
        losses = vault.scan_damage() if damaged else []
    for check in checks:
        # "ok"/"FAIL" stay as they are: scripts look for them.
        print(f"{'ok  ' if check.ok else 'FAIL'}  {_(check.name)}: {check.detail}")
    for loss in losses:
        print(_("      cannot read {describe}").format(describe=loss.describe()))
    if damaged and not losses:
        print(
            _("Every row can still be read: the damage is in search data, indexes or free space.")
        )
    if damaged:
        print(_("'healdesk salvage OUT_DIR' copies everything readable into a new journal;"))
        print(_("'healdesk restore' brings back a backup."))
    failed = [c for c in checks if not c.ok]
    print(
        _("The journal is intact.")
        if not failed
        else ngettext(
            "{n} problem found; see above.", "{n} problems found; see above.", len(failed)
        ).format(n=len(failed))
    )
    return 0 if not failed else 2
