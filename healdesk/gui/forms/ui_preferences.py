# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
##
## Created by: Qt User Interface Compiler version 6.11.2
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        self.layout = QVBoxLayout(PreferencesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.autoLockLabel = QLabel(PreferencesDialog)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLock = QComboBox(PreferencesDialog)
        self.autoLock.setObjectName(u"autoLock")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.autoLock)

        self.lockOnScreenLock = QCheckBox(PreferencesDialog)
        self.lockOnScreenLock.setObjectName(u"lockOnScreenLock")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lockOnScreenLock)

        self.appearanceLabel = QLabel(PreferencesDialog)
        self.appearanceLabel.setObjectName(u"appearanceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appearanceLabel)

        self.appearance = QComboBox(PreferencesDialog)
        self.appearance.setObjectName(u"appearance")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appearance)


        self.layout.addLayout(self.form)

        self.note = QLabel(PreferencesDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.autoLockLabel.setBuddy(self.autoLock)
        self.appearanceLabel.setBuddy(self.appearance)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.autoLockLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Lock after", None))
#if QT_CONFIG(accessibility)
        self.autoLock.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Lock after this long without input", None))
#endif // QT_CONFIG(accessibility)
        self.lockOnScreenLock.setText(QCoreApplication.translate("PreferencesDialog", u"Also lock when the screen locks or the computer sleeps", None))
#if QT_CONFIG(accessibility)
        self.lockOnScreenLock.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Lock when the screen locks or the computer sleeps", None))
#endif // QT_CONFIG(accessibility)
        self.appearanceLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Appearance", None))
#if QT_CONFIG(accessibility)
        self.appearance.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Appearance", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("PreferencesDialog", u"These settings are stored unencrypted on this computer, so they never contain anything you wrote.", None))
        self.note.setProperty(u"role", QCoreApplication.translate("PreferencesDialog", u"subtitle", None))
    # retranslateUi

