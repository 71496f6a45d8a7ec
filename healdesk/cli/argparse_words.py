"""argparse's own words (usage, options, its errors) read from HealDesk's catalogue.

argparse translates through the standard gettext domain, which HealDesk does not install;
pointing its lookups at healdesk.i18n makes `healdesk --help` speak one language throughout.
The strings are argparse's own, marked here so extraction puts them in the catalogue.
"""

from __future__ import annotations

import argparse

from healdesk import i18n
from healdesk.i18n import N_

ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


def translate_argparse() -> None:
    """Make argparse ask HealDesk's catalogue (call after i18n.set_language)."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
