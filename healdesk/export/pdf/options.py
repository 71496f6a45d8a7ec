"""What goes into a therapist export, and what came out of one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.i18n import _

if TYPE_CHECKING:
    pass


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Privacy choices. Private notes and repair answers stay out and the summary goes in
    unless asked otherwise. `agenda`: what the writer wants to work on, printed first when
    given. `include_repairs`: whose answers (and commitments) print: no repair's, every
    repair's (True) or those of the repair ids given."""

    redact_names: bool = False
    include_private: bool = False
    include_summary: bool = True
    password: str | None = None
    agenda: str = ""
    include_repairs: bool | frozenset[int] = False

    def shows_answers(self, repair_id: int | None) -> bool:
        if isinstance(self.include_repairs, bool):
            return self.include_repairs
        return repair_id in self.include_repairs

    def __repr__(self) -> str:  # never show the password in a log or a traceback
        return (
            f"ExportOptions(redact_names={self.redact_names}, include_private="
            f"{self.include_private}, include_summary={self.include_summary}, "
            f"password={'set' if self.password else 'none'}, "
            f"agenda={'written' if self.agenda.strip() else 'none'}, "
            f"include_repairs={self.include_repairs!r})"
        )


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    entries: int
    pages: int
    #: Characters no installed font covers, printed as a placeholder.
    missing_characters: int
    encrypted: bool


class NothingToExport(ValueError):
    def __init__(self) -> None:
        super().__init__(_("No entries match this choice, so there is nothing to export."))


class ExportFailed(RuntimeError):
    """The PDF could not be made. The message never contains entry text."""
