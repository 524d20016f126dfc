# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from cjeditor.app.dialogs.export_preview import PreviewWidget

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.outer_layout = QVBoxLayout(ExportDialog)
        self.outer_layout.setObjectName(u"outer_layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.what_group = QGroupBox(ExportDialog)
        self.what_group.setObjectName(u"what_group")
        self.what_form = QFormLayout(self.what_group)
        self.what_form.setObjectName(u"what_form")
        self.what_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.format_label = QLabel(self.what_group)
        self.format_label.setObjectName(u"format_label")

        self.what_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(self.what_group)
        self.format_combo.setObjectName(u"format_combo")

        self.what_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.persona_label = QLabel(self.what_group)
        self.persona_label.setObjectName(u"persona_label")

        self.what_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.persona_label)

        self.persona_combo = QComboBox(self.what_group)
        self.persona_combo.setObjectName(u"persona_combo")

        self.what_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.persona_combo)

        self.dpi_label = QLabel(self.what_group)
        self.dpi_label.setObjectName(u"dpi_label")

        self.what_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dpi_label)

        self.dpi_spin = QSpinBox(self.what_group)
        self.dpi_spin.setObjectName(u"dpi_spin")
        self.dpi_spin.setMinimum(10)
        self.dpi_spin.setMaximum(1200)
        self.dpi_spin.setSingleStep(50)

        self.what_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dpi_spin)


        self.left_column.addWidget(self.what_group)

        self.paper_group = QGroupBox(ExportDialog)
        self.paper_group.setObjectName(u"paper_group")
        self.paper_form = QFormLayout(self.paper_group)
        self.paper_form.setObjectName(u"paper_form")
        self.paper_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.size_label = QLabel(self.paper_group)
        self.size_label.setObjectName(u"size_label")

        self.paper_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.size_label)

        self.paper_combo = QComboBox(self.paper_group)
        self.paper_combo.setObjectName(u"paper_combo")

        self.paper_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper_combo)

        self.custom_label = QLabel(self.paper_group)
        self.custom_label.setObjectName(u"custom_label")

        self.paper_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.custom_label)

        self.custom_row = QHBoxLayout()
        self.custom_row.setObjectName(u"custom_row")
        self.custom_width = QDoubleSpinBox(self.paper_group)
        self.custom_width.setObjectName(u"custom_width")
        self.custom_width.setDecimals(0)

        self.custom_row.addWidget(self.custom_width)

        self.times_label = QLabel(self.paper_group)
        self.times_label.setObjectName(u"times_label")
        self.times_label.setText(u"\u00d7")

        self.custom_row.addWidget(self.times_label)

        self.custom_height = QDoubleSpinBox(self.paper_group)
        self.custom_height.setObjectName(u"custom_height")
        self.custom_height.setDecimals(0)

        self.custom_row.addWidget(self.custom_height)


        self.paper_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.custom_row)

        self.orientation_label = QLabel(self.paper_group)
        self.orientation_label.setObjectName(u"orientation_label")

        self.paper_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orientation_label)

        self.orientation_combo = QComboBox(self.paper_group)
        self.orientation_combo.setObjectName(u"orientation_combo")

        self.paper_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orientation_combo)

        self.fit_label = QLabel(self.paper_group)
        self.fit_label.setObjectName(u"fit_label")

        self.paper_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fit_label)

        self.fit_combo = QComboBox(self.paper_group)
        self.fit_combo.setObjectName(u"fit_combo")

        self.paper_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fit_combo)

        self.titles_label = QLabel(self.paper_group)
        self.titles_label.setObjectName(u"titles_label")

        self.paper_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titles_label)

        self.title_size_label = QLabel(self.paper_group)
        self.title_size_label.setObjectName(u"title_size_label")
        self.title_size_label.setTextFormat(Qt.PlainText)
        self.title_size_label.setWordWrap(True)

        self.paper_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_size_label)

        self.legible_row = QHBoxLayout()
        self.legible_row.setObjectName(u"legible_row")
        self.legible_button = QPushButton(self.paper_group)
        self.legible_button.setObjectName(u"legible_button")

        self.legible_row.addWidget(self.legible_button)

        self.legible_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legible_row.addItem(self.legible_stretch)


        self.paper_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.legible_row)

        self.crop_check = QCheckBox(self.paper_group)
        self.crop_check.setObjectName(u"crop_check")

        self.paper_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.crop_check)

        self.bleed_label = QLabel(self.paper_group)
        self.bleed_label.setObjectName(u"bleed_label")

        self.paper_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bleed_label)

        self.bleed_spin = QDoubleSpinBox(self.paper_group)
        self.bleed_spin.setObjectName(u"bleed_spin")
        self.bleed_spin.setDecimals(0)

        self.paper_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bleed_spin)


        self.left_column.addWidget(self.paper_group)

        self.tile_box = QGroupBox(ExportDialog)
        self.tile_box.setObjectName(u"tile_box")
        self.tile_box.setCheckable(True)
        self.tile_box.setChecked(False)
        self.tile_form = QFormLayout(self.tile_box)
        self.tile_form.setObjectName(u"tile_form")
        self.tile_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.sheet_label = QLabel(self.tile_box)
        self.sheet_label.setObjectName(u"sheet_label")

        self.tile_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.tile_combo = QComboBox(self.tile_box)
        self.tile_combo.setObjectName(u"tile_combo")

        self.tile_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tile_combo)

        self.overlap_label = QLabel(self.tile_box)
        self.overlap_label.setObjectName(u"overlap_label")

        self.tile_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overlap_label)

        self.overlap_spin = QDoubleSpinBox(self.tile_box)
        self.overlap_spin.setObjectName(u"overlap_spin")
        self.overlap_spin.setDecimals(0)

        self.tile_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overlap_spin)


        self.left_column.addWidget(self.tile_box)

        self.pages_box = QGroupBox(ExportDialog)
        self.pages_box.setObjectName(u"pages_box")
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setObjectName(u"pages_layout")
        self.matrix_check = QCheckBox(self.pages_box)
        self.matrix_check.setObjectName(u"matrix_check")

        self.pages_layout.addWidget(self.matrix_check)

        self.personas_check = QCheckBox(self.pages_box)
        self.personas_check.setObjectName(u"personas_check")

        self.pages_layout.addWidget(self.personas_check)

        self.check_check = QCheckBox(self.pages_box)
        self.check_check.setObjectName(u"check_check")

        self.pages_layout.addWidget(self.check_check)


        self.left_column.addWidget(self.pages_box)

        self.left_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_stretch)


        self.columns.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.preview_stack = QStackedWidget(ExportDialog)
        self.preview_stack.setObjectName(u"preview_stack")
        self.picture_page = QWidget()
        self.picture_page.setObjectName(u"picture_page")
        self.picture_page_layout = QVBoxLayout(self.picture_page)
        self.picture_page_layout.setObjectName(u"picture_page_layout")
        self.picture_page_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PreviewWidget(self.picture_page)
        self.preview.setObjectName(u"preview")

        self.picture_page_layout.addWidget(self.preview)

        self.preview_stack.addWidget(self.picture_page)
        self.table_page = QWidget()
        self.table_page.setObjectName(u"table_page")
        self.table_page_layout = QVBoxLayout(self.table_page)
        self.table_page_layout.setObjectName(u"table_page_layout")
        self.table_page_layout.setContentsMargins(0, 0, 0, 0)
        self.table_view = QTableWidget(self.table_page)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)

        self.table_page_layout.addWidget(self.table_view)

        self.preview_stack.addWidget(self.table_page)
        self.text_page = QWidget()
        self.text_page.setObjectName(u"text_page")
        self.text_page_layout = QVBoxLayout(self.text_page)
        self.text_page_layout.setObjectName(u"text_page_layout")
        self.text_page_layout.setContentsMargins(0, 0, 0, 0)
        self.text_view = QPlainTextEdit(self.text_page)
        self.text_view.setObjectName(u"text_view")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.NoWrap)

        self.text_page_layout.addWidget(self.text_view)

        self.preview_stack.addWidget(self.text_page)

        self.right_column.addWidget(self.preview_stack)

        self.summary = QLabel(ExportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)

        self.right_column.addWidget(self.summary)

        self.problem_label = QLabel(ExportDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setTextFormat(Qt.PlainText)
        self.problem_label.setWordWrap(True)

        self.right_column.addWidget(self.problem_label)


        self.columns.addLayout(self.right_column)

        self.columns.setStretch(1, 1)

        self.outer_layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.outer_layout.addWidget(self.buttons)

        self.outer_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.format_label.setBuddy(self.format_combo)
        self.persona_label.setBuddy(self.persona_combo)
        self.dpi_label.setBuddy(self.dpi_spin)
        self.size_label.setBuddy(self.paper_combo)
        self.custom_label.setBuddy(self.custom_width)
        self.orientation_label.setBuddy(self.orientation_combo)
        self.fit_label.setBuddy(self.fit_combo)
        self.bleed_label.setBuddy(self.bleed_spin)
        self.sheet_label.setBuddy(self.tile_combo)
        self.overlap_label.setBuddy(self.overlap_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
        self.buttons.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.what_group.setTitle(QCoreApplication.translate("ExportDialog", u"File", None))
        self.format_label.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.persona_label.setText(QCoreApplication.translate("ExportDialog", u"Sho&ws:", None))
        self.dpi_label.setText(QCoreApplication.translate("ExportDialog", u"&Resolution:", None))
        self.dpi_spin.setSuffix(QCoreApplication.translate("ExportDialog", u" dpi", None))
        self.paper_group.setTitle(QCoreApplication.translate("ExportDialog", u"Paper", None))
        self.size_label.setText(QCoreApplication.translate("ExportDialog", u"&Size:", None))
        self.custom_label.setText(QCoreApplication.translate("ExportDialog", u"Custom:", None))
        self.custom_width.setSuffix(QCoreApplication.translate("ExportDialog", u" mm", None))
        self.custom_height.setSuffix(QCoreApplication.translate("ExportDialog", u" mm", None))
        self.orientation_label.setText(QCoreApplication.translate("ExportDialog", u"&Orientation:", None))
        self.fit_label.setText(QCoreApplication.translate("ExportDialog", u"S&cale:", None))
        self.titles_label.setText(QCoreApplication.translate("ExportDialog", u"Titles:", None))
#if QT_CONFIG(tooltip)
        self.legible_button.setToolTip(QCoreApplication.translate("ExportDialog", u"Pick the smallest of A4 to A0 on which card titles print at 8 pt or more", None))
#endif // QT_CONFIG(tooltip)
        self.legible_button.setText(QCoreApplication.translate("ExportDialog", u"Smallest &legible paper", None))
        self.crop_check.setText(QCoreApplication.translate("ExportDialog", u"Crop &marks", None))
        self.bleed_label.setText(QCoreApplication.translate("ExportDialog", u"&Bleed:", None))
        self.bleed_spin.setSuffix(QCoreApplication.translate("ExportDialog", u" mm", None))
        self.tile_box.setTitle(QCoreApplication.translate("ExportDialog", u"Print on several sheets (tiles)", None))
        self.sheet_label.setText(QCoreApplication.translate("ExportDialog", u"S&heet size:", None))
        self.overlap_label.setText(QCoreApplication.translate("ExportDialog", u"O&verlap:", None))
#if QT_CONFIG(tooltip)
        self.overlap_spin.setToolTip(QCoreApplication.translate("ExportDialog", u"Each sheet overlaps its neighbours by this much, to glue or tape them together.", None))
#endif // QT_CONFIG(tooltip)
        self.overlap_spin.setSuffix(QCoreApplication.translate("ExportDialog", u" mm", None))
        self.pages_box.setTitle(QCoreApplication.translate("ExportDialog", u"Pages after the poster", None))
#if QT_CONFIG(tooltip)
        self.pages_box.setToolTip(QCoreApplication.translate("ExportDialog", u"More pages in the same PDF, after the map (the command line's --pages).", None))
#endif // QT_CONFIG(tooltip)
        self.matrix_check.setText(QCoreApplication.translate("ExportDialog", u"Impact \u00d7 effort ma&trix of opportunities and ideas", None))
        self.personas_check.setText(QCoreApplication.translate("ExportDialog", u"A profile per &persona", None))
        self.check_check.setText(QCoreApplication.translate("ExportDialog", u"The map's health chec&k", None))
    # retranslateUi

