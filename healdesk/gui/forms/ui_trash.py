# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trash.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_TrashDialog(object):
    def setupUi(self, TrashDialog):
        if not TrashDialog.objectName():
            TrashDialog.setObjectName(u"TrashDialog")
        TrashDialog.resize(560, 440)
        TrashDialog.setMinimumSize(QSize(420, 300))
        self.dialogLayout = QVBoxLayout(TrashDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 16, 24, 16)
        self.titleLabel = QLabel(TrashDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(TrashDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.pages = QStackedWidget(TrashDialog)
        self.pages.setObjectName(u"pages")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.listPage)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.entriesList = QListWidget(self.listPage)
        self.entriesList.setObjectName(u"entriesList")
        self.entriesList.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.entriesList.setUniformItemSizes(True)

        self.listLayout.addWidget(self.entriesList)

        self.pages.addWidget(self.listPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.emptyLayout.addWidget(self.emptyLabel)

        self.pages.addWidget(self.emptyPage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.emptyButton = QPushButton(TrashDialog)
        self.emptyButton.setObjectName(u"emptyButton")
        self.emptyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.emptyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(TrashDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.restoreButton)

        self.closeButton = QPushButton(TrashDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.entriesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entriesList, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.emptyButton)

        self.retranslateUi(TrashDialog)
        self.closeButton.clicked.connect(TrashDialog.accept)

        QMetaObject.connectSlotsByName(TrashDialog)
    # setupUi

    def retranslateUi(self, TrashDialog):
        TrashDialog.setWindowTitle(QCoreApplication.translate("TrashDialog", u"Trash", None))
        self.titleLabel.setText(QCoreApplication.translate("TrashDialog", u"Trash", None))
        self.hintLabel.setText(QCoreApplication.translate("TrashDialog", u"Entries wait here until you empty the trash. Restoring puts an entry back in your journal exactly as it was.", None))
        self.listLabel.setText(QCoreApplication.translate("TrashDialog", u"&Entries in the trash", None))
#if QT_CONFIG(accessibility)
        self.entriesList.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Entries in the trash", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("TrashDialog", u"The trash is empty.", None))
        self.emptyButton.setText(QCoreApplication.translate("TrashDialog", u"E&mpty trash\u2026", None))
#if QT_CONFIG(accessibility)
        self.emptyButton.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Empty the trash", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("TrashDialog", u"&Restore", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Restore the selected entries", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("TrashDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

