# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_entry.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from healdesk.gui.entry.move_order import MoveOrderPicker
from healdesk.gui.widgets.chip_picker import ChipPicker
from healdesk.gui.widgets.theme_picker import ThemePicker
from healdesk.gui.widgets.word_slider import WordSlider

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(720, 860)
        ConflictDialog.setMinimumSize(QSize(480, 360))
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setSpacing(0)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(ConflictDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setSpacing(6)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(28, 20, 28, 12)
        self.momentTitle = QLabel(self.scrollContents)
        self.momentTitle.setObjectName(u"momentTitle")
        self.momentTitle.setProperty(u"role", u"title")

        self.contentsLayout.addWidget(self.momentTitle)

        self.momentHint = QLabel(self.scrollContents)
        self.momentHint.setObjectName(u"momentHint")
        self.momentHint.setProperty(u"role", u"hint")
        self.momentHint.setWordWrap(True)

        self.contentsLayout.addWidget(self.momentHint)

        self.momentForm = QFormLayout()
        self.momentForm.setObjectName(u"momentForm")
        self.momentForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.momentForm.setVerticalSpacing(4)
        self.whenLabel = QLabel(self.scrollContents)
        self.whenLabel.setObjectName(u"whenLabel")

        self.momentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.happenedEdit = QDateTimeEdit(self.scrollContents)
        self.happenedEdit.setObjectName(u"happenedEdit")
        self.happenedEdit.setCalendarPopup(True)
        self.happenedEdit.setDisplayFormat(u"dddd d MMMM yyyy, HH:mm")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.happenedEdit.sizePolicy().hasHeightForWidth())
        self.happenedEdit.setSizePolicy(sizePolicy)

        self.momentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.happenedEdit)

        self.withLabel = QLabel(self.scrollContents)
        self.withLabel.setObjectName(u"withLabel")

        self.momentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.withLabel)

        self.withLayout = QHBoxLayout()
        self.withLayout.setSpacing(8)
        self.withLayout.setObjectName(u"withLayout")
        self.personCombo = QComboBox(self.scrollContents)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.NoInsert)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.personCombo.sizePolicy().hasHeightForWidth())
        self.personCombo.setSizePolicy(sizePolicy1)

        self.withLayout.addWidget(self.personCombo)

        self.roleLabel = QLabel(self.scrollContents)
        self.roleLabel.setObjectName(u"roleLabel")

        self.withLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(self.scrollContents)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(True)
        self.roleCombo.setInsertPolicy(QComboBox.NoInsert)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.roleCombo.sizePolicy().hasHeightForWidth())
        self.roleCombo.setSizePolicy(sizePolicy2)

        self.withLayout.addWidget(self.roleCombo)


        self.momentForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.withLayout)

        self.whatLabel = QLabel(self.scrollContents)
        self.whatLabel.setObjectName(u"whatLabel")

        self.momentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatHappenedEdit = QPlainTextEdit(self.scrollContents)
        self.whatHappenedEdit.setObjectName(u"whatHappenedEdit")
        self.whatHappenedEdit.setTabChangesFocus(True)
        self.whatHappenedEdit.setMinimumSize(QSize(0, 120))

        self.momentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whatHappenedEdit)

        self.intensityLabel = QLabel(self.scrollContents)
        self.intensityLabel.setObjectName(u"intensityLabel")

        self.momentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.intensityLabel)

        self.intensitySlider = WordSlider(self.scrollContents)
        self.intensitySlider.setObjectName(u"intensitySlider")

        self.momentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.intensitySlider)

        self.themesLabel = QLabel(self.scrollContents)
        self.themesLabel.setObjectName(u"themesLabel")

        self.momentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themePicker = ThemePicker(self.scrollContents)
        self.themePicker.setObjectName(u"themePicker")

        self.momentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.themePicker)


        self.contentsLayout.addLayout(self.momentForm)

        self.insideTitle = QLabel(self.scrollContents)
        self.insideTitle.setObjectName(u"insideTitle")
        self.insideTitle.setProperty(u"role", u"title")

        self.contentsLayout.addWidget(self.insideTitle)

        self.insideHint = QLabel(self.scrollContents)
        self.insideHint.setObjectName(u"insideHint")
        self.insideHint.setProperty(u"role", u"hint")
        self.insideHint.setWordWrap(True)

        self.contentsLayout.addWidget(self.insideHint)

        self.insideForm = QFormLayout()
        self.insideForm.setObjectName(u"insideForm")
        self.insideForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.insideForm.setVerticalSpacing(4)
        self.myFeelingsLabel = QLabel(self.scrollContents)
        self.myFeelingsLabel.setObjectName(u"myFeelingsLabel")

        self.insideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.myFeelingsLabel)

        self.myFeelingsPicker = ChipPicker(self.scrollContents)
        self.myFeelingsPicker.setObjectName(u"myFeelingsPicker")

        self.insideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.myFeelingsPicker)

        self.myFeelingsNoteLabel = QLabel(self.scrollContents)
        self.myFeelingsNoteLabel.setObjectName(u"myFeelingsNoteLabel")

        self.insideForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.myFeelingsNoteLabel)

        self.myFeelingsNoteEdit = QPlainTextEdit(self.scrollContents)
        self.myFeelingsNoteEdit.setObjectName(u"myFeelingsNoteEdit")
        self.myFeelingsNoteEdit.setTabChangesFocus(True)
        self.myFeelingsNoteEdit.setMinimumSize(QSize(0, 62))
        self.myFeelingsNoteEdit.setMaximumSize(QSize(16777215, 62))

        self.insideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.myFeelingsNoteEdit)

        self.myPartLabel = QLabel(self.scrollContents)
        self.myPartLabel.setObjectName(u"myPartLabel")

        self.insideForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.myPartLabel)

        self.myPartPicker = ChipPicker(self.scrollContents)
        self.myPartPicker.setObjectName(u"myPartPicker")

        self.insideForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.myPartPicker)

        self.myPartNoteLabel = QLabel(self.scrollContents)
        self.myPartNoteLabel.setObjectName(u"myPartNoteLabel")

        self.insideForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.myPartNoteLabel)

        self.myPartNoteEdit = QPlainTextEdit(self.scrollContents)
        self.myPartNoteEdit.setObjectName(u"myPartNoteEdit")
        self.myPartNoteEdit.setTabChangesFocus(True)
        self.myPartNoteEdit.setMinimumSize(QSize(0, 62))
        self.myPartNoteEdit.setMaximumSize(QSize(16777215, 62))

        self.insideForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.myPartNoteEdit)


        self.contentsLayout.addLayout(self.insideForm)

        self.themTitle = QLabel(self.scrollContents)
        self.themTitle.setObjectName(u"themTitle")
        self.themTitle.setProperty(u"role", u"title")

        self.contentsLayout.addWidget(self.themTitle)

        self.themHint = QLabel(self.scrollContents)
        self.themHint.setObjectName(u"themHint")
        self.themHint.setProperty(u"role", u"hint")
        self.themHint.setWordWrap(True)

        self.contentsLayout.addWidget(self.themHint)

        self.themForm = QFormLayout()
        self.themForm.setObjectName(u"themForm")
        self.themForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.themForm.setVerticalSpacing(4)
        self.theirFeelingsLabel = QLabel(self.scrollContents)
        self.theirFeelingsLabel.setObjectName(u"theirFeelingsLabel")

        self.themForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.theirFeelingsLabel)

        self.theirFeelingsPicker = ChipPicker(self.scrollContents)
        self.theirFeelingsPicker.setObjectName(u"theirFeelingsPicker")

        self.themForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.theirFeelingsPicker)

        self.theirFeelingsNoteLabel = QLabel(self.scrollContents)
        self.theirFeelingsNoteLabel.setObjectName(u"theirFeelingsNoteLabel")

        self.themForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.theirFeelingsNoteLabel)

        self.theirFeelingsNoteEdit = QPlainTextEdit(self.scrollContents)
        self.theirFeelingsNoteEdit.setObjectName(u"theirFeelingsNoteEdit")
        self.theirFeelingsNoteEdit.setTabChangesFocus(True)
        self.theirFeelingsNoteEdit.setMinimumSize(QSize(0, 62))
        self.theirFeelingsNoteEdit.setMaximumSize(QSize(16777215, 62))

        self.themForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.theirFeelingsNoteEdit)

        self.theirMovesLabel = QLabel(self.scrollContents)
        self.theirMovesLabel.setObjectName(u"theirMovesLabel")

        self.themForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.theirMovesLabel)

        self.theirMovesPicker = ChipPicker(self.scrollContents)
        self.theirMovesPicker.setObjectName(u"theirMovesPicker")

        self.themForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.theirMovesPicker)

        self.moveOrderLabel = QLabel(self.scrollContents)
        self.moveOrderLabel.setObjectName(u"moveOrderLabel")

        self.themForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.moveOrderLabel)

        self.moveOrderPicker = MoveOrderPicker(self.scrollContents)
        self.moveOrderPicker.setObjectName(u"moveOrderPicker")

        self.themForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moveOrderPicker)


        self.contentsLayout.addLayout(self.themForm)

        self.aheadTitle = QLabel(self.scrollContents)
        self.aheadTitle.setObjectName(u"aheadTitle")
        self.aheadTitle.setProperty(u"role", u"title")

        self.contentsLayout.addWidget(self.aheadTitle)

        self.aheadHint = QLabel(self.scrollContents)
        self.aheadHint.setObjectName(u"aheadHint")
        self.aheadHint.setProperty(u"role", u"hint")
        self.aheadHint.setWordWrap(True)

        self.contentsLayout.addWidget(self.aheadHint)

        self.aheadForm = QFormLayout()
        self.aheadForm.setObjectName(u"aheadForm")
        self.aheadForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.aheadForm.setVerticalSpacing(4)
        self.myWishLabel = QLabel(self.scrollContents)
        self.myWishLabel.setObjectName(u"myWishLabel")

        self.aheadForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.myWishLabel)

        self.myWishPicker = ChipPicker(self.scrollContents)
        self.myWishPicker.setObjectName(u"myWishPicker")

        self.aheadForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.myWishPicker)

        self.theirWishLabel = QLabel(self.scrollContents)
        self.theirWishLabel.setObjectName(u"theirWishLabel")

        self.aheadForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.theirWishLabel)

        self.theirWishPicker = ChipPicker(self.scrollContents)
        self.theirWishPicker.setObjectName(u"theirWishPicker")

        self.aheadForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.theirWishPicker)

        self.settledLabel = QLabel(self.scrollContents)
        self.settledLabel.setObjectName(u"settledLabel")

        self.aheadForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.settledLabel)

        self.settledSlider = WordSlider(self.scrollContents)
        self.settledSlider.setObjectName(u"settledSlider")

        self.aheadForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.settledSlider)


        self.contentsLayout.addLayout(self.aheadForm)

        self.privateTitle = QLabel(self.scrollContents)
        self.privateTitle.setObjectName(u"privateTitle")
        self.privateTitle.setProperty(u"role", u"title")

        self.contentsLayout.addWidget(self.privateTitle)

        self.privateHint = QLabel(self.scrollContents)
        self.privateHint.setObjectName(u"privateHint")
        self.privateHint.setProperty(u"role", u"hint")
        self.privateHint.setWordWrap(True)

        self.contentsLayout.addWidget(self.privateHint)

        self.privateForm = QFormLayout()
        self.privateForm.setObjectName(u"privateForm")
        self.privateForm.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.privateForm.setVerticalSpacing(4)
        self.privateNotesLabel = QLabel(self.scrollContents)
        self.privateNotesLabel.setObjectName(u"privateNotesLabel")

        self.privateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.privateNotesLabel)

        self.privateNotesEdit = QPlainTextEdit(self.scrollContents)
        self.privateNotesEdit.setObjectName(u"privateNotesEdit")
        self.privateNotesEdit.setTabChangesFocus(True)
        self.privateNotesEdit.setMinimumSize(QSize(0, 80))
        self.privateNotesEdit.setMaximumSize(QSize(16777215, 80))

        self.privateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.privateNotesEdit)


        self.contentsLayout.addLayout(self.privateForm)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.dialogLayout.addWidget(self.scrollArea)

        self.footerLayout = QVBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.footerLayout.setContentsMargins(28, 10, 28, 16)
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setProperty(u"role", u"message")
        self.messageLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.trashButton = QPushButton(ConflictDialog)
        self.trashButton.setObjectName(u"trashButton")
        self.trashButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.trashButton)

        self.draftLabel = QLabel(ConflictDialog)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.draftLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ConflictDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(ConflictDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.saveButton)


        self.footerLayout.addLayout(self.buttonLayout)


        self.dialogLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.happenedEdit)
        self.withLabel.setBuddy(self.personCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.whatLabel.setBuddy(self.whatHappenedEdit)
        self.intensityLabel.setBuddy(self.intensitySlider)
        self.themesLabel.setBuddy(self.themePicker)
        self.myFeelingsLabel.setBuddy(self.myFeelingsPicker)
        self.myFeelingsNoteLabel.setBuddy(self.myFeelingsNoteEdit)
        self.myPartLabel.setBuddy(self.myPartPicker)
        self.myPartNoteLabel.setBuddy(self.myPartNoteEdit)
        self.theirFeelingsLabel.setBuddy(self.theirFeelingsPicker)
        self.theirFeelingsNoteLabel.setBuddy(self.theirFeelingsNoteEdit)
        self.theirMovesLabel.setBuddy(self.theirMovesPicker)
        self.moveOrderLabel.setBuddy(self.moveOrderPicker)
        self.myWishLabel.setBuddy(self.myWishPicker)
        self.theirWishLabel.setBuddy(self.theirWishPicker)
        self.settledLabel.setBuddy(self.settledSlider)
        self.privateNotesLabel.setBuddy(self.privateNotesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Journal entry", None))
        self.momentTitle.setText(QCoreApplication.translate("ConflictDialog", u"The moment", None))
        self.momentHint.setText(QCoreApplication.translate("ConflictDialog", u"Only a few words are needed. Everything else can wait, or stay empty.", None))
        self.whenLabel.setText(QCoreApplication.translate("ConflictDialog", u"Whe&n", None))
#if QT_CONFIG(accessibility)
        self.happenedEdit.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
        self.withLabel.setText(QCoreApplication.translate("ConflictDialog", u"Wit&h", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Who it was with", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ConflictDialog", u"as", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Their role", None))
#endif // QT_CONFIG(accessibility)
        self.whatLabel.setText(QCoreApplication.translate("ConflictDialog", u"What ha&ppened", None))
#if QT_CONFIG(accessibility)
        self.whatHappenedEdit.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.whatHappenedEdit.setPlaceholderText(QCoreApplication.translate("ConflictDialog", u"In your own words. A sentence is plenty.", None))
        self.intensityLabel.setText(QCoreApplication.translate("ConflictDialog", u"How &intense it felt", None))
#if QT_CONFIG(accessibility)
        self.intensitySlider.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"How intense it felt", None))
#endif // QT_CONFIG(accessibility)
        self.themesLabel.setText(QCoreApplication.translate("ConflictDialog", u"&Themes: what it was about", None))
#if QT_CONFIG(accessibility)
        self.themePicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Themes", None))
#endif // QT_CONFIG(accessibility)
        self.insideTitle.setText(QCoreApplication.translate("ConflictDialog", u"Inside me", None))
        self.insideHint.setText(QCoreApplication.translate("ConflictDialog", u"What stirred in you, and the part you can own. There is no wrong answer here.", None))
        self.myFeelingsLabel.setText(QCoreApplication.translate("ConflictDialog", u"What I &felt", None))
#if QT_CONFIG(accessibility)
        self.myFeelingsPicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What I felt", None))
#endif // QT_CONFIG(accessibility)
        self.myFeelingsNoteLabel.setText(QCoreApplication.translate("ConflictDialog", u"In my own w&ords", None))
#if QT_CONFIG(accessibility)
        self.myFeelingsNoteEdit.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What I felt, in my own words", None))
#endif // QT_CONFIG(accessibility)
        self.myFeelingsNoteEdit.setPlaceholderText(QCoreApplication.translate("ConflictDialog", u"Anything the words above do not hold\u2026", None))
        self.myPartLabel.setText(QCoreApplication.translate("ConflictDialog", u"&My part, what I can own", None))
#if QT_CONFIG(accessibility)
        self.myPartPicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"My part", None))
#endif // QT_CONFIG(accessibility)
        self.myPartNoteLabel.setText(QCoreApplication.translate("ConflictDialog", u"About m&y part", None))
#if QT_CONFIG(accessibility)
        self.myPartNoteEdit.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"My part, in my own words", None))
#endif // QT_CONFIG(accessibility)
        self.myPartNoteEdit.setPlaceholderText(QCoreApplication.translate("ConflictDialog", u"Owning a part is not taking all the blame.", None))
        self.themTitle.setText(QCoreApplication.translate("ConflictDialog", u"Them", None))
        self.themHint.setText(QCoreApplication.translate("ConflictDialog", u"Your best guess at how it was for them. A guess is enough.", None))
        self.theirFeelingsLabel.setText(QCoreApplication.translate("ConflictDialog", u"What they may have f&elt", None))
#if QT_CONFIG(accessibility)
        self.theirFeelingsPicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What they may have felt", None))
#endif // QT_CONFIG(accessibility)
        self.theirFeelingsNoteLabel.setText(QCoreApplication.translate("ConflictDialog", u"More abo&ut them", None))
#if QT_CONFIG(accessibility)
        self.theirFeelingsNoteEdit.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What they may have felt, in my own words", None))
#endif // QT_CONFIG(accessibility)
        self.theirFeelingsNoteEdit.setPlaceholderText(QCoreApplication.translate("ConflictDialog", u"What you noticed, or what they said\u2026", None))
        self.theirMovesLabel.setText(QCoreApplication.translate("ConflictDialog", u"What I &noticed them do", None))
#if QT_CONFIG(accessibility)
        self.theirMovesPicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What I noticed them do", None))
#endif // QT_CONFIG(accessibility)
        self.moveOrderLabel.setText(QCoreApplication.translate("ConflictDialog", u"What happened ne&xt", None))
#if QT_CONFIG(accessibility)
        self.moveOrderPicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What happened next, in order", None))
#endif // QT_CONFIG(accessibility)
        self.aheadTitle.setText(QCoreApplication.translate("ConflictDialog", u"Looking ahead", None))
        self.aheadHint.setText(QCoreApplication.translate("ConflictDialog", u"Behind most fights there is a wish, on both sides. Naming it is a first step back towards each other.", None))
        self.myWishLabel.setText(QCoreApplication.translate("ConflictDialog", u"My &wish underneath", None))
#if QT_CONFIG(accessibility)
        self.myWishPicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"My wish underneath", None))
#endif // QT_CONFIG(accessibility)
        self.theirWishLabel.setText(QCoreApplication.translate("ConflictDialog", u"Thei&r wish, as I guess it", None))
#if QT_CONFIG(accessibility)
        self.theirWishPicker.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Their wish, as I guess it", None))
#endif // QT_CONFIG(accessibility)
        self.settledLabel.setText(QCoreApplication.translate("ConflictDialog", u"How &settled I feel now", None))
#if QT_CONFIG(accessibility)
        self.settledSlider.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"How settled I feel now", None))
#endif // QT_CONFIG(accessibility)
        self.privateTitle.setText(QCoreApplication.translate("ConflictDialog", u"Private", None))
        self.privateHint.setText(QCoreApplication.translate("ConflictDialog", u"Stays in your journal. Left out of exports unless you choose to include it.", None))
        self.privateNotesLabel.setText(QCoreApplication.translate("ConflictDialog", u"&Just for me", None))
#if QT_CONFIG(accessibility)
        self.privateNotesEdit.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Private notes, just for me", None))
#endif // QT_CONFIG(accessibility)
        self.privateNotesEdit.setPlaceholderText(QCoreApplication.translate("ConflictDialog", u"Anything you want to keep only for yourself\u2026", None))
        self.messageLabel.setText("")
        self.trashButton.setText(QCoreApplication.translate("ConflictDialog", u"Move to tr&ash", None))
#if QT_CONFIG(accessibility)
        self.trashButton.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Move this entry to the trash", None))
#endif // QT_CONFIG(accessibility)
        self.draftLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("ConflictDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ConflictDialog", u"Sa&ve entry", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Save (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

