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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

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

        self.backupGap = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.form.setItem(3, QFormLayout.ItemRole.SpanningRole, self.backupGap)

        self.backupHeading = QLabel(PreferencesDialog)
        self.backupHeading.setObjectName(u"backupHeading")
        font = QFont()
        font.setBold(True)
        self.backupHeading.setFont(font)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.backupHeading)

        self.backupFolderLabel = QLabel(PreferencesDialog)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolder = QLineEdit(PreferencesDialog)
        self.backupFolder.setObjectName(u"backupFolder")
        self.backupFolder.setMinimumSize(QSize(240, 0))
        self.backupFolder.setReadOnly(True)

        self.backupFolderRow.addWidget(self.backupFolder)

        self.chooseBackupFolder = QPushButton(PreferencesDialog)
        self.chooseBackupFolder.setObjectName(u"chooseBackupFolder")

        self.backupFolderRow.addWidget(self.chooseBackupFolder)

        self.defaultBackupFolder = QPushButton(PreferencesDialog)
        self.defaultBackupFolder.setObjectName(u"defaultBackupFolder")

        self.backupFolderRow.addWidget(self.defaultBackupFolder)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.backupFolderRow)

        self.keepDailyLabel = QLabel(PreferencesDialog)
        self.keepDailyLabel.setObjectName(u"keepDailyLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.keepDailyLabel)

        self.keepDaily = QSpinBox(PreferencesDialog)
        self.keepDaily.setObjectName(u"keepDaily")
        self.keepDaily.setMaximumSize(QSize(96, 16777215))
        self.keepDaily.setMinimum(1)
        self.keepDaily.setMaximum(365)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.keepDaily)

        self.keepWeeklyLabel = QLabel(PreferencesDialog)
        self.keepWeeklyLabel.setObjectName(u"keepWeeklyLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.keepWeeklyLabel)

        self.keepWeekly = QSpinBox(PreferencesDialog)
        self.keepWeekly.setObjectName(u"keepWeekly")
        self.keepWeekly.setMaximumSize(QSize(96, 16777215))
        self.keepWeekly.setMinimum(0)
        self.keepWeekly.setMaximum(52)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.keepWeekly)

        self.keepMonthlyLabel = QLabel(PreferencesDialog)
        self.keepMonthlyLabel.setObjectName(u"keepMonthlyLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.keepMonthlyLabel)

        self.keepMonthly = QSpinBox(PreferencesDialog)
        self.keepMonthly.setObjectName(u"keepMonthly")
        self.keepMonthly.setMaximumSize(QSize(96, 16777215))
        self.keepMonthly.setMinimum(0)
        self.keepMonthly.setMaximum(120)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.keepMonthly)


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
        self.backupFolderLabel.setBuddy(self.chooseBackupFolder)
        self.keepDailyLabel.setBuddy(self.keepDaily)
        self.keepWeeklyLabel.setBuddy(self.keepWeekly)
        self.keepMonthlyLabel.setBuddy(self.keepMonthly)
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
        self.backupHeading.setText(QCoreApplication.translate("PreferencesDialog", u"Automatic backups (one a day, made when you unlock)", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Backup &folder", None))
        self.backupFolder.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"The journal's backups folder", None))
#if QT_CONFIG(accessibility)
        self.backupFolder.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Folder for automatic backups", None))
#endif // QT_CONFIG(accessibility)
        self.chooseBackupFolder.setText(QCoreApplication.translate("PreferencesDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseBackupFolder.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Choose the folder for automatic backups", None))
#endif // QT_CONFIG(accessibility)
        self.defaultBackupFolder.setText(QCoreApplication.translate("PreferencesDialog", u"&Default", None))
#if QT_CONFIG(accessibility)
        self.defaultBackupFolder.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Use the journal's own backups folder", None))
#endif // QT_CONFIG(accessibility)
        self.keepDailyLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Daily backups kept", None))
#if QT_CONFIG(accessibility)
        self.keepDaily.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Daily backups kept", None))
#endif // QT_CONFIG(accessibility)
        self.keepWeeklyLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Weekly backups kept", None))
#if QT_CONFIG(accessibility)
        self.keepWeekly.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Weekly backups kept", None))
#endif // QT_CONFIG(accessibility)
        self.keepMonthlyLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Monthly backups kept", None))
#if QT_CONFIG(accessibility)
        self.keepMonthly.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Monthly backups kept", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("PreferencesDialog", u"These settings are stored unencrypted on this computer, so they never contain anything you wrote.", None))
        self.note.setProperty(u"role", QCoreApplication.translate("PreferencesDialog", u"subtitle", None))
    # retranslateUi

