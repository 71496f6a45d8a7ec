# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'labels.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_LabelsDialog(object):
    def setupUi(self, LabelsDialog):
        if not LabelsDialog.objectName():
            LabelsDialog.setObjectName(u"LabelsDialog")
        LabelsDialog.resize(560, 520)
        LabelsDialog.setMinimumSize(QSize(440, 380))
        self.dialogLayout = QVBoxLayout(LabelsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 16)
        self.tabs = QTabWidget(LabelsDialog)
        self.tabs.setObjectName(u"tabs")
        self.themesPage = QWidget()
        self.themesPage.setObjectName(u"themesPage")
        self.themesLayout = QVBoxLayout(self.themesPage)
        self.themesLayout.setObjectName(u"themesLayout")
        self.themesHint = QLabel(self.themesPage)
        self.themesHint.setObjectName(u"themesHint")
        self.themesHint.setWordWrap(True)
        self.themesHint.setProperty(u"role", u"hint")

        self.themesLayout.addWidget(self.themesHint)

        self.themesTable = QTableWidget(self.themesPage)
        if (self.themesTable.columnCount() < 2):
            self.themesTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.themesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.themesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.themesTable.setObjectName(u"themesTable")
        self.themesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.themesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.themesTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)
        self.themesTable.setShowGrid(False)
        self.themesTable.setAlternatingRowColors(True)
        self.themesTable.setWordWrap(False)
        self.themesTable.horizontalHeader().setStretchLastSection(False)
        self.themesTable.verticalHeader().setVisible(False)

        self.themesLayout.addWidget(self.themesTable)

        self.colourLayout = QHBoxLayout()
        self.colourLayout.setObjectName(u"colourLayout")
        self.colourLabel = QLabel(self.themesPage)
        self.colourLabel.setObjectName(u"colourLabel")

        self.colourLayout.addWidget(self.colourLabel)

        self.swatches = QWidget(self.themesPage)
        self.swatches.setObjectName(u"swatches")

        self.colourLayout.addWidget(self.swatches)

        self.colourSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colourLayout.addItem(self.colourSpacer)


        self.themesLayout.addLayout(self.colourLayout)

        self.themeButtons = QHBoxLayout()
        self.themeButtons.setObjectName(u"themeButtons")
        self.renameThemeButton = QPushButton(self.themesPage)
        self.renameThemeButton.setObjectName(u"renameThemeButton")
        self.renameThemeButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.renameThemeButton)

        self.deleteThemeButton = QPushButton(self.themesPage)
        self.deleteThemeButton.setObjectName(u"deleteThemeButton")
        self.deleteThemeButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.deleteThemeButton)

        self.themeButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.themeButtons.addItem(self.themeButtonSpacer)


        self.themesLayout.addLayout(self.themeButtons)

        self.themeMergeLayout = QHBoxLayout()
        self.themeMergeLayout.setObjectName(u"themeMergeLayout")
        self.themeMergeLabel = QLabel(self.themesPage)
        self.themeMergeLabel.setObjectName(u"themeMergeLabel")

        self.themeMergeLayout.addWidget(self.themeMergeLabel)

        self.themeMergeCombo = QComboBox(self.themesPage)
        self.themeMergeCombo.setObjectName(u"themeMergeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.themeMergeCombo.sizePolicy().hasHeightForWidth())
        self.themeMergeCombo.setSizePolicy(sizePolicy)

        self.themeMergeLayout.addWidget(self.themeMergeCombo)

        self.themeMergeButton = QPushButton(self.themesPage)
        self.themeMergeButton.setObjectName(u"themeMergeButton")
        self.themeMergeButton.setAutoDefault(False)

        self.themeMergeLayout.addWidget(self.themeMergeButton)


        self.themesLayout.addLayout(self.themeMergeLayout)

        self.tabs.addTab(self.themesPage, "")
        self.peoplePage = QWidget()
        self.peoplePage.setObjectName(u"peoplePage")
        self.peopleLayout = QVBoxLayout(self.peoplePage)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleHint = QLabel(self.peoplePage)
        self.peopleHint.setObjectName(u"peopleHint")
        self.peopleHint.setWordWrap(True)
        self.peopleHint.setProperty(u"role", u"hint")

        self.peopleLayout.addWidget(self.peopleHint)

        self.peopleTable = QTableWidget(self.peoplePage)
        if (self.peopleTable.columnCount() < 3):
            self.peopleTable.setColumnCount(3)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peopleTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)
        self.peopleTable.setShowGrid(False)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setWordWrap(False)
        self.peopleTable.horizontalHeader().setStretchLastSection(False)
        self.peopleTable.verticalHeader().setVisible(False)

        self.peopleLayout.addWidget(self.peopleTable)

        self.personButtons = QHBoxLayout()
        self.personButtons.setObjectName(u"personButtons")
        self.renamePersonButton = QPushButton(self.peoplePage)
        self.renamePersonButton.setObjectName(u"renamePersonButton")
        self.renamePersonButton.setAutoDefault(False)

        self.personButtons.addWidget(self.renamePersonButton)

        self.editRoleButton = QPushButton(self.peoplePage)
        self.editRoleButton.setObjectName(u"editRoleButton")
        self.editRoleButton.setAutoDefault(False)

        self.personButtons.addWidget(self.editRoleButton)

        self.pairButton = QPushButton(self.peoplePage)
        self.pairButton.setObjectName(u"pairButton")
        self.pairButton.setAutoDefault(False)

        self.personButtons.addWidget(self.pairButton)

        self.deletePersonButton = QPushButton(self.peoplePage)
        self.deletePersonButton.setObjectName(u"deletePersonButton")
        self.deletePersonButton.setAutoDefault(False)

        self.personButtons.addWidget(self.deletePersonButton)

        self.personButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personButtons.addItem(self.personButtonSpacer)


        self.peopleLayout.addLayout(self.personButtons)

        self.personMergeLayout = QHBoxLayout()
        self.personMergeLayout.setObjectName(u"personMergeLayout")
        self.personMergeLabel = QLabel(self.peoplePage)
        self.personMergeLabel.setObjectName(u"personMergeLabel")

        self.personMergeLayout.addWidget(self.personMergeLabel)

        self.personMergeCombo = QComboBox(self.peoplePage)
        self.personMergeCombo.setObjectName(u"personMergeCombo")
        sizePolicy.setHeightForWidth(self.personMergeCombo.sizePolicy().hasHeightForWidth())
        self.personMergeCombo.setSizePolicy(sizePolicy)

        self.personMergeLayout.addWidget(self.personMergeCombo)

        self.personMergeButton = QPushButton(self.peoplePage)
        self.personMergeButton.setObjectName(u"personMergeButton")
        self.personMergeButton.setAutoDefault(False)

        self.personMergeLayout.addWidget(self.personMergeButton)


        self.peopleLayout.addLayout(self.personMergeLayout)

        self.tabs.addTab(self.peoplePage, "")

        self.dialogLayout.addWidget(self.tabs)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeSpacer)

        self.closeButton = QPushButton(LabelsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.closeLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.closeLayout)

#if QT_CONFIG(shortcut)
        self.themeMergeLabel.setBuddy(self.themeMergeCombo)
        self.personMergeLabel.setBuddy(self.personMergeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LabelsDialog)
        self.closeButton.clicked.connect(LabelsDialog.accept)

        QMetaObject.connectSlotsByName(LabelsDialog)
    # setupUi

    def retranslateUi(self, LabelsDialog):
        LabelsDialog.setWindowTitle(QCoreApplication.translate("LabelsDialog", u"Themes and people", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Themes and people", None))
#endif // QT_CONFIG(accessibility)
        self.themesHint.setText(QCoreApplication.translate("LabelsDialog", u"Rename a theme with F2 or a double click. Merging moves every entry to the other theme.", None))
        ___qtablewidgetitem = self.themesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LabelsDialog", u"Theme", None))
        ___qtablewidgetitem1 = self.themesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LabelsDialog", u"Entries", None))
#if QT_CONFIG(accessibility)
        self.themesTable.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Themes", None))
#endif // QT_CONFIG(accessibility)
        self.colourLabel.setText(QCoreApplication.translate("LabelsDialog", u"Colour", None))
#if QT_CONFIG(accessibility)
        self.swatches.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Theme colour", None))
#endif // QT_CONFIG(accessibility)
        self.renameThemeButton.setText(QCoreApplication.translate("LabelsDialog", u"Re&name", None))
#if QT_CONFIG(accessibility)
        self.renameThemeButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Rename theme", None))
#endif // QT_CONFIG(accessibility)
        self.deleteThemeButton.setText(QCoreApplication.translate("LabelsDialog", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteThemeButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Delete theme", None))
#endif // QT_CONFIG(accessibility)
        self.themeMergeLabel.setText(QCoreApplication.translate("LabelsDialog", u"Merge the selected theme &into", None))
#if QT_CONFIG(accessibility)
        self.themeMergeCombo.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Merge into", None))
#endif // QT_CONFIG(accessibility)
        self.themeMergeButton.setText(QCoreApplication.translate("LabelsDialog", u"&Merge\u2026", None))
#if QT_CONFIG(accessibility)
        self.themeMergeButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Merge", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.themesPage), QCoreApplication.translate("LabelsDialog", u"&Themes", None))
        self.peopleHint.setText(QCoreApplication.translate("LabelsDialog", u"A role such as \u201cPartner\u201d can stand in for a name when you export for a therapist. Edit a name or role with F2.", None))
        ___qtablewidgetitem2 = self.peopleTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LabelsDialog", u"Name", None))
        ___qtablewidgetitem3 = self.peopleTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("LabelsDialog", u"Role", None))
        ___qtablewidgetitem4 = self.peopleTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("LabelsDialog", u"Entries", None))
#if QT_CONFIG(accessibility)
        self.peopleTable.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.renamePersonButton.setText(QCoreApplication.translate("LabelsDialog", u"Ren&ame", None))
#if QT_CONFIG(accessibility)
        self.renamePersonButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Rename person", None))
#endif // QT_CONFIG(accessibility)
        self.editRoleButton.setText(QCoreApplication.translate("LabelsDialog", u"Edit &role", None))
#if QT_CONFIG(accessibility)
        self.editRoleButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Edit role", None))
#endif // QT_CONFIG(accessibility)
        self.pairButton.setText(QCoreApplication.translate("LabelsDialog", u"&Pair with my partner\u2026", None))
#if QT_CONFIG(tooltip)
        self.pairButton.setToolTip(QCoreApplication.translate("LabelsDialog", u"Share repairs with this person's own HealDesk journal, encrypted, by a file you hand over", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pairButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Pair with my partner", None))
#endif // QT_CONFIG(accessibility)
        self.deletePersonButton.setText(QCoreApplication.translate("LabelsDialog", u"De&lete", None))
#if QT_CONFIG(accessibility)
        self.deletePersonButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Delete person", None))
#endif // QT_CONFIG(accessibility)
        self.personMergeLabel.setText(QCoreApplication.translate("LabelsDialog", u"Merge the selected person int&o", None))
#if QT_CONFIG(accessibility)
        self.personMergeCombo.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Merge into", None))
#endif // QT_CONFIG(accessibility)
        self.personMergeButton.setText(QCoreApplication.translate("LabelsDialog", u"&Merge\u2026", None))
#if QT_CONFIG(accessibility)
        self.personMergeButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Merge", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.peoplePage), QCoreApplication.translate("LabelsDialog", u"&People", None))
        self.closeButton.setText(QCoreApplication.translate("LabelsDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

