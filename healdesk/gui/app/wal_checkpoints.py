"""The journal's write-ahead log, copied into the database off the UI thread.

SQLite copies the WAL into the database inside whichever commit takes the WAL past 1,000
pages: two fsyncs, and at 100,000 entries a save that froze the window for half a second,
about one save in twenty. While the journal is open in the app, commits leave that to a job
here, once the writing has paused; the lock empties the WAL as before.

A checkpoint still shares the disk and the WAL's locks with the app's own writes (a save that
overlapped one waited up to a few hundred milliseconds for it), so it waits for a quiet
moment: a WAL that did not change between two looks, or one grown past a limit anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from healdesk.gui.base.background import BackgroundTask, jobs
from healdesk.vault import Vault
from healdesk.vault.storage import database

#: How often the WAL is looked at (a file's size and time: nothing is read).
CHECK_INTERVAL_MS = 5_000
#: A WAL this large is checkpointed even while writes go on (SQLite's own limit).
BUSY_LIMIT_BYTES = database.CHECKPOINT_PAGES * database.PAGE_BYTES


class WalCheckpoints(QObject):
    """Checkpoints `vault`'s WAL on a worker whenever it changed since the last one; lives
    as long as its parent (the journal window: a lock ends it with the window)."""

    def __init__(self, vault: Vault, parent: QObject) -> None:
        super().__init__(parent)
        self._vault = vault
        self._checked = vault.wal_mark()  # the WAL as last checkpointed (or found)
        self._seen = self._checked  # the WAL at the last look
        self._task: BackgroundTask | None = None
        vault.checkpoint_elsewhere()
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._task is not None

    def check(self) -> None:
        """Start a checkpoint if something was written since the last one and the writing
        paused since the last look (or the WAL grew large)."""
        mark = self._vault.wal_mark()
        paused, self._seen = mark == self._seen, mark
        if self._task is not None or mark is None or mark == self._checked:
            return
        if not paused and mark[0] < BUSY_LIMIT_BYTES:
            return  # still being written (a save, a draft kept while typing): look again
        self._checked = mark
        self._task = jobs().start(
            self._vault.checkpoint,
            self,
            succeeded=lambda complete: self._ended(retry=not complete),
            failed=lambda _error: self._ended(retry=True),
            cancelled=lambda: self._ended(retry=True),
            lock_waits=False,  # a lock empties the WAL itself; it need not wait for this
        )

    def _ended(self, retry: bool = False) -> None:
        self._task = None
        if retry:  # busy, or a reader kept part of the WAL: the next look tries again
            self._checked = None
