"""Importing a hand-written repair template in the app (the same checks as the command)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from healdesk import APP_NAME
from healdesk.core.repairs.template_loader import import_template_file
from healdesk.core.repairs.templates import Template, TemplateError
from healdesk.gui.base import prompts
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal


def import_template(parent: QWidget | None, journal: Journal) -> Template | None:
    """Ask for a .toml file, check it and keep it in the vault. Problems are shown naming the
    file, step and field; nothing is stored unless the whole template is valid."""
    from healdesk.vault import VaultError

    path = prompts.open_path(parent, _("Import a repair flow"), _("Repair templates (*.toml)"))
    if path is None:
        return None
    try:
        template = import_template_file(journal, path)
    except TemplateError as error:
        details = "\n".join(f"• {p}" for p in error.problems)
        prompts.warn(
            parent,
            APP_NAME,
            _("This template cannot be used yet:\n\n{details}").format(details=details),
        )
        return None
    except VaultError as error:
        prompts.warn(
            parent, APP_NAME, _("The template could not be saved. {error}").format(error=error)
        )
        return None
    prompts.inform(
        parent,
        APP_NAME,
        _("“{title}” is now offered as a repair flow.").format(title=template.title),
    )
    return template
