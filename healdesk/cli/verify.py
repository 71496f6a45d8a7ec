"""`healdesk verify`: check keys, encryption, structure, format and search index; report plainly."""

from __future__ import annotations

import argparse

from healdesk.cli.common import open_vault, vault_folder


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "verify", parents=[common], help="check that the journal is intact"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from healdesk.vault.verify import database_checks, key_file_checks

    checks = key_file_checks(vault_folder(args))
    with open_vault(args) as vault:
        checks += database_checks(vault.journal.db)
    for check in checks:
        print(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    failed = [c for c in checks if not c.ok]
    print("The journal is intact." if not failed else f"{len(failed)} problem(s) found; see above.")
    return 0 if not failed else 2
