"""The `healdesk` command: no sub-command opens the app; sub-commands do headless jobs.

Each sub-command lives in its own module here with a `register(subparsers, common)` function
that adds its parser and sets `handler`. A headless command never imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from healdesk import __version__, i18n
from healdesk.cli.argparse_words import translate_argparse
from healdesk.cli.common import UserError, add_common_options, report_error
from healdesk.hardening import protect_process
from healdesk.i18n import _

#: What a command killed by SIGPIPE returns: the reader of its output went away.
EXIT_BROKEN_PIPE = 141
#: Sub-command modules (under healdesk.cli), in the order `healdesk --help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "access.init",
    "journal.search",
    "journal.stats",
    "safekeeping.verify",
    "access.passwd",
    "access.keys",
    "access.rekey",
    "safekeeping.backup",
    "safekeeping.restore",
    "journal.merge",
    "safekeeping.salvage",
    "transfer.import_journal",
    "transfer.export_json",
    "transfer.export_markdown",
    "transfer.export_pdf",
    "journal.template",
    "journal.repairs",
    "couple.partner",
    "couple.share",
    "couple.receive",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="healdesk",
        description=_(
            "A private, encrypted journal for working through conflicts. "
            "With no command, opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"HealDesk {__version__}",
        help=_("show program's version number and exit"),  # argparse's own default is fixed
    )
    add_common_options(parser, top_level=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open the app on a throwaway demo journal (deleted on exit)"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check this installation end to end and print one line per check"),
    )
    common = argparse.ArgumentParser(add_help=False)
    add_common_options(common, top_level=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"healdesk.cli.{name}").register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    protect_process()  # before any passphrase is read or any key unwrapped
    i18n.set_language()
    translate_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from healdesk.selftest import run_self_test

            return run_self_test()
        if getattr(args, "handler", None) is None:
            from healdesk.gui.app.launch import run

            return run(args.data_dir, demo=args.demo)
        return int(args.handler(args) or 0)
    except UserError as error:
        report_error(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        report_error(_("Interrupted."))
        return 130
    except BrokenPipeError:
        # The reader stopped reading (`healdesk search WORD | head -1`): not an error to
        # explain. Later writes (and Python's final flush) go nowhere instead of failing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
