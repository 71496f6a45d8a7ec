"""Opening a partner's file: from the menu ("Open a file from my partner...") or dropped on
the journal window. A refused file gets one calm sentence; an accepted one opens both sides."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from healdesk import APP_NAME
from healdesk.gui.base import prompts
from healdesk.gui.couple.share_dialog import SHARE_SUFFIX
from healdesk.i18n import _

if TYPE_CHECKING:
    from collections.abc import Callable

    from healdesk.vault.stores.journal import Journal


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceiveShare", text)


def open_share(parent: QWidget, journal: Journal, path: Path | None = None) -> int | None:
    """Take in a share file (asking which when `path` is None) and show both sides; the
    repair's id, or None when nothing was taken in."""
    from healdesk.gui.base.windows import open_dialog
    from healdesk.gui.couple.side_by_side import SideBySideDialog
    from healdesk.vault import VaultError
    from healdesk.vault.couple.sharing import read_share_file, receive_share

    if path is None:
        path = prompts.open_path(
            parent,
            _tr(_("Open a file from my partner")),
            _tr(_("Shared repair (*{suffix})")).format(suffix=SHARE_SUFFIX),
        )
        if path is None:
            return None
    try:
        received = receive_share(journal, read_share_file(path))
    except (VaultError, OSError) as error:
        prompts.warn(
            parent, APP_NAME, prompts.failure_text(error, _tr(_("The file could not be read")))
        )
        return None
    open_dialog(SideBySideDialog(journal, received.repair_id, parent))
    return received.repair_id


class ShareDrop(QObject):
    """Lets `window` take `.healdesk-share` files dropped on it; `opened(repair_id)` is
    called after each one taken in."""

    def __init__(self, window: QWidget, journal: Journal, opened: Callable[[int], None]) -> None:
        super().__init__(window)
        self.window, self.journal, self.opened = window, journal, opened
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @staticmethod
    def share_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return [p for p in paths if p.name.endswith(SHARE_SUFFIX)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and self.share_files(event):  # type: ignore[arg-type]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            return True
        if event.type() == QEvent.Type.Drop:
            for path in self.share_files(event):  # type: ignore[arg-type]
                repair_id = open_share(self.window, self.journal, path)
                if repair_id is not None:
                    self.opened(repair_id)
            return True
        return False
