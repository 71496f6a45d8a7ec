"""The app in another language for one test: the catalogue and Qt's translators installed,
and English (left to right) again afterwards, whatever happened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale, Qt, QTranslator

from healdesk import i18n


@contextmanager
def speaking(qapp, language: str) -> Iterator[str]:
    from healdesk.gui.base import translator

    locale = QLocale()
    try:
        yield translator.install(qapp, language)
    finally:
        for item in qapp.findChildren(QTranslator):  # ours and Qt's own (qtbase_de, say)
            qapp.removeTranslator(item)
            item.deleteLater()
        QLocale.setDefault(locale)
        i18n.set_language(i18n.SOURCE_LANGUAGE)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
