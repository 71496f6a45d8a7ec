"""Reads of the whole journal for a view, done off the UI thread; the newest one wins.

The timeline, the insights and the search count read every entry's summary: at 100,000
entries that is seconds of work that must not freeze the window. A view asks
`reads.request(read, apply)`: `read(journal)` runs in a background job on a connection of
the job's own (`Vault.journal_on_this_thread`), and `apply(result)` runs on the UI thread in
one step. Each request gets the next generation number; a result whose generation is no
longer the newest is dropped, and the job that would produce it is cancelled, so a late
answer never overwrites a newer one. `forget()` (lock) drops everything still on its way.

Without an `opener` (a view made on its own, in a test or a screenshot) the read is done at
once on the UI thread, over the journal the view was given.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from healdesk.core.progress import ProgressCallback
from healdesk.gui.base.background import BackgroundTask, jobs
from healdesk.vault.stores.journal import Journal

#: `Vault.journal_on_this_thread`: a Journal over a connection of the calling thread.
Opener = Callable[[ProgressCallback], AbstractContextManager[Journal]]
Read = Callable[[Journal], Any]


class JournalReads(QObject):
    """One view's reads; `pending` is True while the newest one is on its way.

    `settled` is emitted after a result was applied (tests wait on it)."""

    settled = Signal()

    def __init__(self, journal: Journal, opener: Opener | None, parent: QObject) -> None:
        super().__init__(parent)
        self._journal, self._opener = journal, opener
        self._generation = 0
        self._task: BackgroundTask | None = None
        self._first: tuple[QWidget, QWidget] | None = None
        self.pending = False

    def quiet_until_first(self, gathering: QWidget, content: QWidget) -> None:
        """While the first read is on its way, `gathering` (a quiet line) stands in for
        `content`; once it came (or failed), `content` is back, for good."""
        self._first = (gathering, content)

    def request(self, read: Read, apply: Callable[[Any], None]) -> None:
        """Read with `read`, then `apply` its result, unless a newer request came first."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()  # its answer would be dropped anyway
            self._task = None
        if self._opener is None:
            apply(read(self._journal))
            self.settled.emit()
            return
        generation, opener = self._generation, self._opener

        def job(progress: ProgressCallback) -> Any:
            with opener(progress) as journal:
                return read(journal)

        self.pending = True
        if self._first is not None:
            self._first[0].show()
            self._first[1].hide()
        self._task = jobs().start(
            job,
            self,
            succeeded=lambda result: self._arrived(generation, apply, result),
            failed=lambda _error: self._arrived(generation, None, None),
            lock_waits=False,  # a lock drops the answer: it need not wait for the read
        )

    def forget(self) -> None:
        """Drop every read on its way (before the vault locks: nothing read is applied)."""
        self._generation += 1
        self.pending = False
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _arrived(self, generation: int, apply: Callable[[Any], None] | None, result: Any) -> None:
        if generation != self._generation:
            return  # a newer read was asked for: this answer is stale
        self._task = None
        self.pending = False
        if self._first is not None:
            gathering, content = self._first
            self._first = None
            gathering.hide()
            content.show()
        if apply is not None:
            apply(result)  # a failed read keeps what is shown; the next save reads again
        self.settled.emit()
