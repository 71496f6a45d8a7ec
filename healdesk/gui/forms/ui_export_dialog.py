# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(940, 620)
        ExportDialog.setMinimumSize(QSize(720, 480))
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.filterGroup = QGroupBox(ExportDialog)
        self.filterGroup.setObjectName(u"filterGroup")
        self.filterLayout = QFormLayout(self.filterGroup)
        self.filterLayout.setObjectName(u"filterLayout")
        self.datesLabel = QLabel(self.filterGroup)
        self.datesLabel.setObjectName(u"datesLabel")

        self.filterLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.fromCheck = QCheckBox(self.filterGroup)
        self.fromCheck.setObjectName(u"fromCheck")

        self.datesLayout.addWidget(self.fromCheck)

        self.fromDate = QDateEdit(self.filterGroup)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setEnabled(False)
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"d MMM yyyy")

        self.datesLayout.addWidget(self.fromDate)

        self.toCheck = QCheckBox(self.filterGroup)
        self.toCheck.setObjectName(u"toCheck")

        self.datesLayout.addWidget(self.toCheck)

        self.toDate = QDateEdit(self.filterGroup)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setEnabled(False)
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"d MMM yyyy")

        self.datesLayout.addWidget(self.toDate)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesSpacer)


        self.filterLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.themesLabel = QLabel(self.filterGroup)
        self.themesLabel.setObjectName(u"themesLabel")

        self.filterLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesList = QListWidget(self.filterGroup)
        self.themesList.setObjectName(u"themesList")
        self.themesList.setMaximumSize(QSize(16777215, 96))

        self.filterLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themesList)

        self.peopleLabel = QLabel(self.filterGroup)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.filterLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleList = QListWidget(self.filterGroup)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMaximumSize(QSize(16777215, 96))

        self.filterLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.peopleList)


        self.leftColumn.addWidget(self.filterGroup)

        self.entriesGroup = QGroupBox(ExportDialog)
        self.entriesGroup.setObjectName(u"entriesGroup")
        self.entriesLayout = QVBoxLayout(self.entriesGroup)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesList = QListWidget(self.entriesGroup)
        self.entriesList.setObjectName(u"entriesList")
        self.entriesList.setUniformItemSizes(True)

        self.entriesLayout.addWidget(self.entriesList)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.selectAllButton = QPushButton(self.entriesGroup)
        self.selectAllButton.setObjectName(u"selectAllButton")
        self.selectAllButton.setAutoDefault(False)

        self.choiceLayout.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(self.entriesGroup)
        self.selectNoneButton.setObjectName(u"selectNoneButton")
        self.selectNoneButton.setAutoDefault(False)

        self.choiceLayout.addWidget(self.selectNoneButton)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.countLabel = QLabel(self.entriesGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.choiceLayout.addWidget(self.countLabel)


        self.entriesLayout.addLayout(self.choiceLayout)


        self.leftColumn.addWidget(self.entriesGroup)

        self.repairsGroup = QGroupBox(ExportDialog)
        self.repairsGroup.setObjectName(u"repairsGroup")
        self.repairsLayout = QVBoxLayout(self.repairsGroup)
        self.repairsLayout.setObjectName(u"repairsLayout")
        self.repairsList = QListWidget(self.repairsGroup)
        self.repairsList.setObjectName(u"repairsList")
        self.repairsList.setMinimumSize(QSize(0, 44))
        self.repairsList.setMaximumSize(QSize(16777215, 62))

        self.repairsLayout.addWidget(self.repairsList)


        self.leftColumn.addWidget(self.repairsGroup)

        self.leftColumn.setStretch(1, 1)

        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.previewGroup = QGroupBox(ExportDialog)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(self.previewGroup)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setFocusPolicy(Qt.StrongFocus)
        self.previewLabel.setTextFormat(Qt.PlainText)
        self.previewLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextSelectableByKeyboard)

        self.previewLayout.addWidget(self.previewLabel)


        self.rightColumn.addWidget(self.previewGroup)

        self.agendaGroup = QGroupBox(ExportDialog)
        self.agendaGroup.setObjectName(u"agendaGroup")
        self.agendaLayout = QVBoxLayout(self.agendaGroup)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaEdit = QPlainTextEdit(self.agendaGroup)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)
        self.agendaEdit.setMaximumSize(QSize(16777215, 70))

        self.agendaLayout.addWidget(self.agendaEdit)


        self.rightColumn.addWidget(self.agendaGroup)

        self.privacyGroup = QGroupBox(ExportDialog)
        self.privacyGroup.setObjectName(u"privacyGroup")
        self.privacyLayout = QVBoxLayout(self.privacyGroup)
        self.privacyLayout.setObjectName(u"privacyLayout")
        self.redactCheck = QCheckBox(self.privacyGroup)
        self.redactCheck.setObjectName(u"redactCheck")

        self.privacyLayout.addWidget(self.redactCheck)

        self.privateCheck = QCheckBox(self.privacyGroup)
        self.privateCheck.setObjectName(u"privateCheck")

        self.privacyLayout.addWidget(self.privateCheck)

        self.summaryCheck = QCheckBox(self.privacyGroup)
        self.summaryCheck.setObjectName(u"summaryCheck")
        self.summaryCheck.setChecked(True)

        self.privacyLayout.addWidget(self.summaryCheck)

        self.protectCheck = QCheckBox(self.privacyGroup)
        self.protectCheck.setObjectName(u"protectCheck")

        self.privacyLayout.addWidget(self.protectCheck)

        self.passwordEdit = QLineEdit(self.privacyGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEnabled(False)
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.privacyLayout.addWidget(self.passwordEdit)

        self.passwordAgainEdit = QLineEdit(self.privacyGroup)
        self.passwordAgainEdit.setObjectName(u"passwordAgainEdit")
        self.passwordAgainEdit.setEnabled(False)
        self.passwordAgainEdit.setEchoMode(QLineEdit.Password)

        self.privacyLayout.addWidget(self.passwordAgainEdit)

        self.warningLabel = QLabel(self.privacyGroup)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.privacyLayout.addWidget(self.warningLabel)


        self.rightColumn.addWidget(self.privacyGroup)

        self.rightColumn.setStretch(0, 1)

        self.columnsLayout.addLayout(self.rightColumn)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.themesLabel.setBuddy(self.themesList)
        self.peopleLabel.setBuddy(self.peopleList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.themesList)
        QWidget.setTabOrder(self.themesList, self.peopleList)
        QWidget.setTabOrder(self.peopleList, self.entriesList)
        QWidget.setTabOrder(self.entriesList, self.selectAllButton)
        QWidget.setTabOrder(self.selectAllButton, self.selectNoneButton)
        QWidget.setTabOrder(self.selectNoneButton, self.previewLabel)
        QWidget.setTabOrder(self.previewLabel, self.agendaEdit)
        QWidget.setTabOrder(self.agendaEdit, self.redactCheck)
        QWidget.setTabOrder(self.redactCheck, self.privateCheck)
        QWidget.setTabOrder(self.privateCheck, self.summaryCheck)
        QWidget.setTabOrder(self.summaryCheck, self.protectCheck)
        QWidget.setTabOrder(self.protectCheck, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordAgainEdit)
        QWidget.setTabOrder(self.passwordAgainEdit, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(ExportDialog)
        self.closeButton.clicked.connect(ExportDialog.reject)
        self.fromCheck.toggled.connect(self.fromDate.setEnabled)
        self.toCheck.toggled.connect(self.toDate.setEnabled)
        self.protectCheck.toggled.connect(self.passwordEdit.setEnabled)
        self.protectCheck.toggled.connect(self.passwordAgainEdit.setEnabled)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export for therapist", None))
        self.filterGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Choose by date, theme or person", None))
        self.datesLabel.setText(QCoreApplication.translate("ExportDialog", u"Dates", None))
        self.fromCheck.setText(QCoreApplication.translate("ExportDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Only entries from a date on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ExportDialog", u"First day to include", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("ExportDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Only entries up to a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Last day to include", None))
#endif // QT_CONFIG(accessibility)
        self.themesLabel.setText(QCoreApplication.translate("ExportDialog", u"T&hemes", None))
#if QT_CONFIG(accessibility)
        self.themesList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Only entries with these themes", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("ExportDialog", u"&People", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Only entries with these people", None))
#endif // QT_CONFIG(accessibility)
        self.entriesGroup.setTitle(QCoreApplication.translate("ExportDialog", u"&Entries (tick the ones to share)", None))
#if QT_CONFIG(accessibility)
        self.entriesList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Entries to export", None))
#endif // QT_CONFIG(accessibility)
        self.selectAllButton.setText(QCoreApplication.translate("ExportDialog", u"Select &all shown", None))
        self.selectNoneButton.setText(QCoreApplication.translate("ExportDialog", u"Select &none", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Number of entries chosen", None))
#endif // QT_CONFIG(accessibility)
        self.repairsGroup.setTitle(QCoreApplication.translate("ExportDialog", u"&Include my answers in these repairs", None))
#if QT_CONFIG(accessibility)
        self.repairsList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Repairs whose answers go out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.repairsList.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Left out unless ticked", None))
#endif // QT_CONFIG(accessibility)
        self.previewGroup.setTitle(QCoreApplication.translate("ExportDialog", u"What will go out", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What will go out", None))
#endif // QT_CONFIG(accessibility)
        self.agendaGroup.setTitle(QCoreApplication.translate("ExportDialog", u"What I want to work on (optional)", None))
#if QT_CONFIG(accessibility)
        self.agendaEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What I want to work on", None))
#endif // QT_CONFIG(accessibility)
        self.agendaEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"A few words for the session, printed on the first page\u2026", None))
        self.privacyGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Privacy", None))
        self.redactCheck.setText(QCoreApplication.translate("ExportDialog", u"&Replace names with roles (for example \u201cPartner\u201d), also in the text", None))
#if QT_CONFIG(accessibility)
        self.redactCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Replace names with roles", None))
#endif // QT_CONFIG(accessibility)
        self.privateCheck.setText(QCoreApplication.translate("ExportDialog", u"Include pri&vate notes", None))
#if QT_CONFIG(accessibility)
        self.privateCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Include private notes", None))
#endif // QT_CONFIG(accessibility)
        self.summaryCheck.setText(QCoreApplication.translate("ExportDialog", u"Start with a one-page &summary", None))
#if QT_CONFIG(accessibility)
        self.summaryCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Start with a one-page summary", None))
#endif // QT_CONFIG(accessibility)
        self.protectCheck.setText(QCoreApplication.translate("ExportDialog", u"Protect the PDF with a pass&word", None))
#if QT_CONFIG(accessibility)
        self.protectCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Protect the PDF with a password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Password", None))
#if QT_CONFIG(accessibility)
        self.passwordAgainEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.passwordAgainEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Password again", None))
        self.warningLabel.setText(QCoreApplication.translate("ExportDialog", u"A PDF is a copy outside your locked journal: anyone who gets the file can read it, unless you protect it with a password.", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"E&xport PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export the chosen entries as a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

