"""The guided repair: any template becomes a calm, one-question-per-page dialog.

Pages are generated from the template's data. Closing or "Save and continue later" keeps the
answers as a draft inside the vault; opening the same flow for the same conflicts (or the same
saved repair) resumes it. Saving stores the repair with a snapshot of the labels it was written
with, turns action answers into commitments, and updates the repair's status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.conflict import Conflict
from healdesk.core.repairs.followthrough import promised_actions, refresh_status, sync_commitments
from healdesk.core.repairs.repair import Answer, Repair, RepairStatus
from healdesk.core.repairs.repair_draft import RepairDraft, draft_key
from healdesk.core.repairs.templates import Template, names_from, snapshot_for
from healdesk.gui.base import prompts
from healdesk.gui.repair.repair_pages import IntroPage, StepPage, scrolling
from healdesk.gui.widgets.calm import (
    CALM_STYLE,
    PAGE_MARGIN,
    wrapped_label,
)
from healdesk.gui.widgets.keyboard import quiet_scroll_areas
from healdesk.i18n import _, ngettext

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal

_T = TypeVar("_T")


class RepairWizard(QDialog):
    """A repair flow, page by page. `saved(repair_id)` once stored; `saved_for_later(key)` when
    it was kept as a draft. The window title stays neutral: the flow's name is private."""

    saved = Signal(int)
    saved_for_later = Signal(str)

    def __init__(
        self,
        journal: Journal,
        template: Template,
        conflict_ids: Sequence[int] = (),
        repair_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.template = template
        self.repair: Repair | None = journal.get_repair(repair_id) if repair_id else None
        ids = list(conflict_ids) or (self.repair.conflict_ids if self.repair else [])
        self.conflict_ids = list(dict.fromkeys(ids))
        self.draft_key = draft_key(template.id, self.conflict_ids, repair_id)
        conflicts = self._conflicts()
        self._carried: dict[str, Answer] = {}
        self.setWindowTitle(APP_NAME)
        self.setStyleSheet(CALM_STYLE)
        self.resize(760, 640)
        self.pages = [StepPage(step, conflicts) for step in template.steps]
        self._build(conflicts)
        saved = dict(self.repair.answers) if self.repair else {}
        draft = journal.load_draft(self.draft_key)
        resumed = RepairDraft.from_payload(draft) if draft else None
        start = resumed.answers if resumed else saved
        if resumed or self.repair:  # a fresh start keeps what was pre-picked from the conflict
            self._load_answers(start)
        self._names_changed()
        asked = {Template.key(s, f) for s, f in template.fields()}
        self._carried = {k: v for k, v in start.items() if k not in asked}
        self._clean = self.answers()
        if resumed:
            self.go_to(resumed.page)
        else:
            self.go_to(self._first_unanswered() if self.repair else 0)

    def _conflicts(self) -> list[Conflict]:
        """The linked conflicts, for pre-filling; one emptied from the trash meanwhile is
        simply not used (saving then says plainly that it is gone)."""
        from healdesk.vault import VaultError

        found = []
        for conflict_id in self.conflict_ids:
            try:
                found.append(self.journal.get_conflict(conflict_id))
            except VaultError:
                continue
        return found

    # --- building ------------------------------------------------------------------------
    def _build(self, conflicts: Sequence[Conflict]) -> None:
        outer = QVBoxLayout(self)
        # Pages scroll, so the window needs no minimum from its content; a fixed minimum set
        # before the window exists also spares platforms that cannot change it later.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(560, 440)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QVBoxLayout()
        header.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, 0)
        header.setSpacing(8)
        self.progress_label = wrapped_label("", self, muted=True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, len(self.pages))
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(_("Progress through the steps"))
        header.addWidget(self.progress_label)
        header.addWidget(self.progress)
        outer.addLayout(header)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scrolling(IntroPage(self.template, conflicts)))
        for page in self.pages:
            self.stack.addWidget(scrolling(page))
        outer.addWidget(self.stack, 1)
        self.notice = wrapped_label("", self)
        self.notice.setContentsMargins(PAGE_MARGIN, 0, PAGE_MARGIN, 0)
        self.notice.hide()
        outer.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, PAGE_MARGIN // 2)
        buttons.setSpacing(10)
        self.later_button = QPushButton(_("Save and continue &later"), self)
        self.break_button = QPushButton(self.tr("I need a brea&k"), self)
        self.skip_button = QPushButton(_("&Skip this step"), self)
        self.back_button = QPushButton(_("&Back"), self)
        self.next_button = QPushButton(_("&Next"), self)
        self.next_button.setDefault(True)
        for button in (self.later_button, self.break_button, self.skip_button, self.back_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.break_button)
        buttons.addStretch(1)
        for button in (self.skip_button, self.back_button, self.next_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.later_button.clicked.connect(self.save_for_later)
        self.break_button.clicked.connect(self.take_break)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.next)
        self._link_tab_order()
        for page in self.pages:
            for widget in page.fields.values():
                widget.changed.connect(self._names_changed)

    def _link_tab_order(self) -> None:
        """The page's starters and fields in reading order (the own-words box beside chips
        included), then Next before the rest: one Tab and a typed space from an answer
        never lands on "Save and continue later", which closes the flow."""
        quiet_scroll_areas(self)
        chain = [w for page in self.pages for w in page.focus_chain()]
        chain += [self.next_button, self.skip_button, self.back_button, self.later_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- answers -------------------------------------------------------------------------
    def answers(self) -> dict[str, Answer]:
        """Every answered field ("step.field" -> value), plus answers carried from an older
        version of the template that this one no longer asks."""
        found: dict[str, Answer] = dict(self._carried)
        for page in self.pages:
            for field_id, widget in page.fields.items():
                value = widget.value()
                if value not in (None, "", []):
                    found[f"{page.step.id}.{field_id}"] = value
        return found

    def _load_answers(self, answers: dict[str, Answer]) -> None:
        """Every field shows exactly what was kept: a field left empty stays empty, even one
        that a fresh start would pre-fill from the conflict."""
        for page in self.pages:
            for field_id, widget in page.fields.items():
                widget.set_value(answers.get(f"{page.step.id}.{field_id}"))

    def _names_changed(self) -> None:
        names = names_from(self.template, self.answers())
        for page in self.pages:
            page.relabel(names)

    # --- navigation ----------------------------------------------------------------------
    def _first_unanswered(self) -> int:
        """Where continuing a saved repair starts: the first step with nothing in it yet
        (usually the outcome, filled in after the talk), else the first step."""
        answers = self.answers()
        for number, page in enumerate(self.pages, 1):
            if not any(f"{page.step.id}.{i}" in answers for i in page.fields):
                return number
        return 1

    def index(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> StepPage | None:
        index = self.index()
        return self.pages[index - 1] if index > 0 else None

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.pages)))
        self.stack.setCurrentIndex(index)
        self.notice.hide()
        page = self.current_page()
        total = len(self.pages)
        if page is None:
            self.progress_label.setText(
                ngettext(
                    "{n} short step · about ten minutes",
                    "{n} short steps · about ten minutes",
                    total,
                ).format(n=total)
            )
        else:
            self.progress_label.setText(
                _("Step {index} of {total} · {section}").format(
                    index=index, total=total, section=page.step.section
                )
            )
        self.progress.setValue(index)
        last = index == total
        self.back_button.setEnabled(index > 0)
        self.skip_button.setVisible(page is not None and page.step.optional and not last)
        self.next_button.setText(
            _("&Save repair") if last else (_("&Begin") if index == 0 else _("&Next"))
        )
        target = page.first_focus() if page else self.next_button
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def next(self) -> None:
        page = self.current_page()
        if page is not None and page.missing():
            self._tell(_("A few words here, please, before going on."))
            page.missing()[0].focus_target().setFocus()
            return
        if self.index() == len(self.pages):
            self.finish()
        else:
            self.go_to(self.index() + 1)

    def back(self) -> None:
        self.go_to(self.index() - 1)

    def skip(self) -> None:
        """Leave an optional step for now: nothing typed is thrown away."""
        if self.index() == len(self.pages):
            self.finish()
        else:
            self.go_to(self.index() + 1)

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # --- keeping -------------------------------------------------------------------------
    def save_draft(self) -> str:
        draft = RepairDraft(
            self.template.id,
            self.template.version,
            self.conflict_ids,
            self.answers(),
            self.index(),
            self.repair.id if self.repair else None,
        )
        self.journal.save_draft(self.draft_key, draft.to_payload())
        self._clean = draft.answers
        return self.draft_key

    def save_for_later(self) -> None:
        if self._keep_draft():
            super().reject()

    def take_break(self) -> None:
        """Keep the answers as a draft, close, and start the break companion."""
        from healdesk.gui.care.break_companion import open_break_companion

        window = self.parentWidget()
        if self.answers() != self._clean and not self._keep_draft():
            return
        super().reject()
        if window is not None:
            open_break_companion(window.window(), self.journal)

    def reject(self) -> None:
        """Closing (Escape, the window's close button) never loses what was written."""
        if self.answers() == self._clean or self._keep_draft():
            super().reject()

    def close_for_lock(self) -> None:
        """Before the vault locks (the app calls this on every open dialog): keep unsaved
        answers as a draft, then close without asking."""
        if self.answers() != self._clean:
            self.save_draft()
        super().reject()

    def _keep_draft(self) -> bool:
        key = self._in_vault(self.save_draft, _("Your answers could not be kept."))
        if key is None:
            return False
        self.saved_for_later.emit(key)
        return True

    def finish(self) -> None:
        repair_id = self._in_vault(self._store, _("The repair could not be saved."))
        if repair_id is not None:
            self.saved.emit(repair_id)
            self.accept()

    def _in_vault(self, write: Callable[[], _T], failed: str) -> _T | None:
        """What `write()` returns, or None once the writer has been told `failed` and the
        vault's reason (which never holds entry text)."""
        from healdesk.vault import VaultError

        try:
            return write()
        except VaultError as error:
            prompts.warn(self, APP_NAME, f"{failed} {error}")
            return None

    def _store(self) -> int:
        answers = self.answers()
        repair = self.repair or Repair(
            self.template.id,
            self.template.version,
            self.template.title,
            (),
            {},
            status=RepairStatus.PLANNED,
        )
        repair.template_version = self.template.version
        repair.snapshot = snapshot_for(self.template, answers, repair.snapshot)
        repair.answers = answers
        repair.conflict_ids = list(dict.fromkeys([*repair.conflict_ids, *self.conflict_ids]))
        if repair.talked_at is None and self._talked(answers):
            repair.talked_at = datetime.now(UTC).replace(microsecond=0)
        if repair.status is RepairStatus.DRAFT:
            repair.status = RepairStatus.PLANNED
        with self.journal.transaction():  # the repair, its commitments and status, or nothing
            if repair.id is None:
                self.journal.add_repair(repair)
            else:
                self.journal.update_repair(repair)
            sync_commitments(self.journal, repair.id, promised_actions(self.template, answers))
            refresh_status(self.journal, repair.id)
            self.journal.discard_draft(self.draft_key)
        self.repair, self._clean = repair, answers
        return repair.id

    def _talked(self, answers: dict[str, Answer]) -> bool:
        return any(
            item.talked_option and answers.get(Template.key(step, item)) == item.talked_option
            for step, item in self.template.fields()
        )
