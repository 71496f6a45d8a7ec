"""The app in another language for one test: the catalogue and Qt's translators installed,
and English (left to right) again afterwards, whatever happened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt

from healdesk import i18n


@contextmanager
def speaking(qapp, language: str) -> Iterator[str]:
    from healdesk.gui.base import translator

    try:
        yield translator.install(qapp, language)
    finally:
        for item in qapp.findChildren(translator.CatalogueTranslator):
            qapp.removeTranslator(item)
            item.deleteLater()
        i18n.set_language(i18n.SOURCE_LANGUAGE)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
