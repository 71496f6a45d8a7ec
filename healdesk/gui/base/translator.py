"""The app's words in the person's language: Qt asks the same gettext catalogue as the CLI.

One QTranslator answers every tr() and every Designer form from healdesk.i18n, and Qt's own
catalogue (qtbase_<lang>.qm, shipped with PySide6) translates its standard buttons. The
layout direction follows the language, as Qt expects a translator to say (QT_LAYOUT_DIRECTION).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from healdesk import i18n


class CatalogueTranslator(QTranslator):
    """Answers Qt's lookups from the gettext catalogue chosen by healdesk.i18n."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        """The translation, or None (a null QString) so Qt asks the next translator and
        falls back to the source text: an empty string would be taken as the translation."""
        if context == "QGuiApplication" and source_text == "QT_LAYOUT_DIRECTION":
            return "RTL" if i18n.is_right_to_left() else "LTR"
        if not source_text:
            return None
        return i18n.translate(context, source_text)

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication, override: str | None = None) -> str:
    """Choose the language, install the translators on `app` and return the language."""
    language = i18n.set_language(override)
    translators = [CatalogueTranslator(app)]
    if language not in (i18n.SOURCE_LANGUAGE, i18n.PSEUDO, i18n.PSEUDO_RTL):
        QLocale.setDefault(QLocale(language))
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    if isinstance(app, QGuiApplication):
        # Said outright as well: Qt reads QT_LAYOUT_DIRECTION only while no direction was
        # ever set, and a language chosen after start must still mirror the windows.
        rtl = i18n.is_right_to_left()
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return language
