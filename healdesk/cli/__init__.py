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
from healdesk.cli.help_layout import HelpLayout
from healdesk.hardening import protect_process
from healdesk.i18n import N_, _

#: What a command killed by SIGPIPE returns: the reader of its output went away.
EXIT_BROKEN_PIPE = 141
#: Each sub-command, in the order `healdesk --help` lists them: its module (under
#: healdesk.cli) and its one-line help, here so that listing the commands imports none.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("access.init", N_("create a new encrypted journal")),
    "search": ("journal.search", N_("find entries by their words")),
    "stats": ("journal.stats", N_("show how themes recur and how repairs went")),
    "verify": ("safekeeping.verify", N_("check that the journal is intact")),
    "passwd": ("access.passwd", N_("change the passphrase (old passphrase or recovery key)")),
    "keys": ("access.keys", N_("list the ways to unlock; new recovery key; remember this device")),
    "rekey": (
        "access.rekey",
        N_("re-encrypt the journal with a new key (gives a new recovery key)"),
    ),
    "backup": ("safekeeping.backup", N_("write an encrypted backup of the journal to a file")),
    "restore": ("safekeeping.restore", N_("restore the journal from a backup file")),
    "merge": (
        "journal.merge",
        N_("merge another copy of this journal (a conflict copy, folder or backup)"),
    ),
    "salvage": (
        "safekeeping.salvage",
        N_("copy everything readable from a damaged journal into a new folder"),
    ),
    "import": (
        "transfer.import_journal",
        N_("add entries from a HealDesk JSON, jrnl or Day One export"),
    ),
    "export-json": (
        "transfer.export_json",
        N_("write the whole journal as HealDesk JSON (not encrypted)"),
    ),
    "export-markdown": (
        "transfer.export_markdown",
        N_("write the journal as readable Markdown (not encrypted)"),
    ),
    "export-pdf": ("transfer.export_pdf", N_("write chosen entries as a PDF for a therapist")),
    "template": (
        "journal.template",
        N_("check or import a repair flow written as a TOML template"),
    ),
    "repairs": ("journal.repairs", N_("list the journal's repairs")),
    "partner": ("couple.partner", N_("pair this journal with a partner's journal")),
    "share": ("couple.share", N_("write a repair as an encrypted file for your partner")),
    "receive": ("couple.receive", N_("open a .healdesk-share file from your partner")),
}


class _Commands:
    """The sub-parsers as a command module sees them: its help line comes from COMMANDS."""

    def __init__(self, subparsers: argparse._SubParsersAction) -> None:
        self._subparsers = subparsers

    def add_parser(self, name: str, **options: object) -> argparse.ArgumentParser:
        options.setdefault("formatter_class", HelpLayout)
        return self._subparsers.add_parser(name, help=_(COMMANDS[name][1]), **options)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `argv`, only the commands it names are built in full and the
    rest are listed by name and help, so `healdesk --help` imports no command module."""
    parser = argparse.ArgumentParser(
        prog="healdesk",
        formatter_class=HelpLayout,
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
    common = argparse.ArgumentParser(add_help=False, formatter_class=HelpLayout)
    add_common_options(common, top_level=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = COMMANDS.keys() if argv is None else set(argv)
    for command, (module, help_text) in COMMANDS.items():
        if command in named:
            importlib.import_module(f"healdesk.cli.{module}").register(
                _Commands(subparsers), common
            )
        else:
            # Listed only: no -h of its own, so no help formatter (each asks the terminal).
            subparsers.add_parser(command, help=_(help_text), add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.set_language()
    translate_argparse()
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)  # reads no secret; --help ends here
    protect_process()  # before any passphrase is read or any key unwrapped
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
