"""File → Export…: format, paper, tiling and the rest of spec/cli.md's export options,
with a live preview of the page (or of the sheet grid when tiling).

The options are remembered between uses (AppSettings, keys under export/). The
dialog only chooses; `cjeditor.app.export_runner` writes the file in a worker.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app.dialogs.export_preview import (
    PreviewWidget,
    Sheet,
    compute_poster_for,
    plan_sheet,
    render_thumbnail,
)
from cjeditor.app.settings import AppSettings
from cjeditor.export.legibility import (
    DEFAULT_MIN_PT,
    best_orientation,
    legible_paper,
    pt,
    smallest_title,
)
from cjeditor.export.options import MAX_MM, MIN_MM, MM, ExportOptions, oriented, parse_paper
from cjeditor.export.pdf import MAX_SHEETS
from cjeditor.export.png import MAX_PIXELS, png_size
from cjeditor.export.prepress import low_resolution_images
from cjeditor.export.tiling import SHEET_MARGIN
from cjeditor.layout.poster import Poster
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S

FORMATS = ("pdf", "png", "svg", "html", "slides")
SUFFIXES = {"slides": "pdf"}  # the slide deck is a PDF (export --story)
PAPERS = ("A0", "A1", "A2", "A3", "A4", "A5", "letter", "legal", "tabloid")
TILES = PAPERS
CUSTOM = "custom"
DEFAULTS = ExportOptions()


def _text(values: dict, key: str, default: str, allowed) -> str:
    value = values.get(key)
    return value if isinstance(value, str) and value in allowed else default


def _number(values: dict, key: str, default: float, low: float, high: float) -> float:
    try:
        number = float(values.get(key, default))
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high) if math.isfinite(number) else default


def _flag(values: dict, key: str, default: bool) -> bool:
    value = values.get(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def with_suffix(path: Path, fmt: str) -> Path:
    """`path` ending in .pdf/.png/.svg/.html as `fmt` says (another format's suffix is
    replaced)."""
    suffix = "." + SUFFIXES.get(fmt, fmt)
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in tuple("." + SUFFIXES.get(f, f) for f in FORMATS):
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def suggested_stem(title: str) -> str:
    from cjeditor.app.files import suggested_name

    return Path(suggested_name(title)).stem


class ExportDialog(QDialog):
    def __init__(self, doc: JourneyMap, settings: AppSettings, parent: QWidget | None = None,
                 source: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("ExportDialog")
        self.doc = doc
        self.settings = settings
        self.source = source
        self._posters: dict[str | None, tuple[Poster, object]] = {}
        self._sheet: Sheet | None = None
        self._problem = ""
        self._path: Path | None = None
        self._build()
        self._restore(settings.export_options())
        for signal in (self.format_combo.currentIndexChanged, self.paper_combo.currentIndexChanged,
                       self.custom_width.valueChanged, self.custom_height.valueChanged,
                       self.orientation_combo.currentIndexChanged,
                       self.fit_combo.currentIndexChanged, self.tile_box.toggled,
                       self.tile_combo.currentIndexChanged, self.overlap_spin.valueChanged,
                       self.crop_check.toggled, self.bleed_spin.valueChanged,
                       self.dpi_spin.valueChanged, self.persona_combo.currentIndexChanged):
            signal.connect(self.update_preview)
        self.update_preview()

    # ---------------------------------------------------------------- build
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        columns.addLayout(left, 0)

        what = QGroupBox(self.tr("File"))
        form = QFormLayout(what)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF poster (vector, for printing)"), "pdf")
        self.format_combo.addItem(self.tr("PNG image"), "png")
        self.format_combo.addItem(self.tr("SVG drawing"), "svg")
        self.format_combo.addItem(self.tr("Web page (HTML, opens offline in any browser)"),
                                  "html")
        self.format_combo.addItem(self.tr("Slides (PDF, 16:9, one slide per stage)"), "slides")
        form.addRow(self.tr("&Format:"), self.format_combo)
        self.persona_combo = QComboBox()
        self.persona_combo.addItem(self.tr("All personas"), "")
        for persona in self.doc.personas:
            self.persona_combo.addItem(persona.name, persona.id)  # combo items are plain text
        form.addRow(self.tr("&Persona:"), self.persona_combo)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(10, 1200)
        self.dpi_spin.setSingleStep(50)
        self.dpi_spin.setSuffix(self.tr(" dpi"))
        form.addRow(self.tr("&Resolution:"), self.dpi_spin)
        left.addWidget(what)

        self.paper_group = QGroupBox(self.tr("Paper"))
        form = QFormLayout(self.paper_group)
        self.paper_combo = QComboBox()
        for name in PAPERS:
            self.paper_combo.addItem(self._paper_name(name), name)
        self.paper_combo.addItem(self.tr("Custom size"), CUSTOM)
        form.addRow(self.tr("&Size:"), self.paper_combo)
        custom = QHBoxLayout()
        self.custom_width = self._mm_spin(MIN_MM, MAX_MM, 1000)
        self.custom_height = self._mm_spin(MIN_MM, MAX_MM, 700)
        custom.addWidget(self.custom_width)
        custom.addWidget(QLabel("×"))
        custom.addWidget(self.custom_height)
        self.custom_label = QLabel(self.tr("Custom:"))
        form.addRow(self.custom_label, custom)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Landscape"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait"), "portrait")
        form.addRow(self.tr("&Orientation:"), self.orientation_combo)
        self.fit_combo = QComboBox()
        self.fit_combo.addItem(self.tr("Fit the map to the page"), "page")
        self.fit_combo.addItem(self.tr("Actual size (1:1, the page grows)"), "none")
        form.addRow(self.tr("S&cale:"), self.fit_combo)
        legible = QHBoxLayout()
        self.title_size_label = QLabel()
        self.title_size_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_size_label.setWordWrap(True)
        legible.addWidget(self.title_size_label, 1)
        self.legible_button = QPushButton(self.tr("Smallest &legible paper"))
        self.legible_button.setToolTip(self.tr(
            "Pick the smallest of A4 to A0 on which card titles print at 8 pt or more"))
        self.legible_button.clicked.connect(self.pick_legible_paper)
        legible.addWidget(self.legible_button)
        form.addRow(self.tr("Titles:"), legible)
        self.crop_check = QCheckBox(self.tr("Crop marks"))
        form.addRow("", self.crop_check)
        self.bleed_spin = self._mm_spin(0, 50, 0)
        form.addRow(self.tr("&Bleed:"), self.bleed_spin)
        left.addWidget(self.paper_group)

        self.tile_box = QGroupBox(self.tr("Print on several sheets (tiles)"))
        self.tile_box.setCheckable(True)
        self.tile_box.setChecked(False)
        form = QFormLayout(self.tile_box)
        self.tile_combo = QComboBox()
        for name in TILES:
            self.tile_combo.addItem(self._paper_name(name), name)
        form.addRow(self.tr("S&heet size:"), self.tile_combo)
        self.overlap_spin = self._mm_spin(0, 60, DEFAULTS.overlap_mm)
        self.overlap_spin.setToolTip(self.tr("Each sheet overlaps its neighbours by this much, "
                                             "to glue or tape them together."))
        form.addRow(self.tr("O&verlap:"), self.overlap_spin)
        left.addWidget(self.tile_box)
        left.addStretch(1)

        right = QVBoxLayout()
        columns.addLayout(right, 1)
        self.preview = PreviewWidget()
        right.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("ExportSummary")
        right.addWidget(self.summary)
        self.problem_label = QLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #B03A2E;")
        self.problem_label.hide()
        right.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(980, 600)

    def _mm_spin(self, low: float, high: float, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.setSuffix(self.tr(" mm"))
        spin.setValue(value)
        return spin

    def _paper_name(self, name: str) -> str:
        names = {"letter": self.tr("Letter"), "legal": self.tr("Legal"),
                 "tabloid": self.tr("Tabloid")}
        w, h = parse_paper(name)
        return f"{names.get(name, name)} ({w / MM:.0f} × {h / MM:.0f} mm)"

    # ------------------------------------------------------------- settings
    def _restore(self, values: dict) -> None:
        def pick(combo: QComboBox, data) -> None:
            index = combo.findData(data)
            if index >= 0:
                combo.setCurrentIndex(index)

        pick(self.format_combo, _text(values, "format", "pdf", FORMATS))
        pick(self.paper_combo, _text(values, "paper", DEFAULTS.paper, (*PAPERS, CUSTOM)))
        self.custom_width.setValue(_number(values, "custom_width_mm", 1000, MIN_MM, MAX_MM))
        self.custom_height.setValue(_number(values, "custom_height_mm", 700, MIN_MM, MAX_MM))
        pick(self.orientation_combo,
             _text(values, "orientation", DEFAULTS.orientation, ("landscape", "portrait")))
        pick(self.fit_combo, _text(values, "fit", DEFAULTS.fit, ("page", "none")))
        self.tile_box.setChecked(_flag(values, "tile", False))
        pick(self.tile_combo, _text(values, "tile_paper", "A4", TILES))
        self._limit_overlap()
        self.overlap_spin.setValue(_number(values, "overlap_mm", DEFAULTS.overlap_mm, 0,
                                           self.overlap_spin.maximum()))
        self.crop_check.setChecked(_flag(values, "crop_marks", DEFAULTS.crop_marks))
        self.bleed_spin.setValue(_number(values, "bleed_mm", DEFAULTS.bleed_mm, 0, 50))
        self.dpi_spin.setValue(int(_number(values, "dpi", DEFAULTS.dpi, 10, 1200)))
        persona = values.get("persona")
        if isinstance(persona, str) and persona:
            pick(self.persona_combo, persona)  # only if this map has that persona

    def _remember(self) -> None:
        values: dict[str, object] = {
            "format": self.format(),
            "paper": self.paper_combo.currentData(),
            "custom_width_mm": self.custom_width.value(),
            "custom_height_mm": self.custom_height.value(),
            "orientation": self.orientation_combo.currentData(),
            "fit": self.fit_combo.currentData(),
            "tile": self.tile_box.isChecked(),
            "tile_paper": self.tile_combo.currentData(),
            "overlap_mm": self.overlap_spin.value(),
            "crop_marks": self.crop_check.isChecked(),
            "bleed_mm": self.bleed_spin.value(),
            "dpi": self.dpi_spin.value(),
            "persona": self.persona_combo.currentData() or "",
        }
        if self._path is not None:
            values["directory"] = str(self._path.parent)
        self.settings.save_export_options(values)

    # -------------------------------------------------------------- options
    def format(self) -> str:
        return self.format_combo.currentData()

    def paper(self) -> str:
        name = self.paper_combo.currentData()
        if name == CUSTOM:
            return f"{self.custom_width.value():g}x{self.custom_height.value():g}mm"
        return name

    def options(self) -> ExportOptions:
        """The widgets as ExportOptions (tiling is a PDF feature: off for PNG and SVG)."""
        tiled = self.tile_box.isChecked() and self.format() == "pdf"
        single_pdf = self.format() == "pdf" and not tiled  # crop marks and bleed are its own
        return ExportOptions(
            paper=self.paper(),
            orientation=self.orientation_combo.currentData(),
            fit=self.fit_combo.currentData(),
            tile=self.tile_combo.currentData() if tiled else None,
            overlap_mm=float(self.overlap_spin.value()),
            crop_marks=self.crop_check.isChecked() and single_pdf,
            bleed_mm=float(self.bleed_spin.value()) if single_pdf else 0.0,
            dpi=int(self.dpi_spin.value()),
            persona=self.persona_combo.currentData() or None,
            story=self.format() == "slides",
        )

    def sheet(self) -> Sheet | None:
        """What the export will make of the current options (None if they are refused)."""
        return self._sheet

    def problem(self) -> str:
        """Why the current options cannot be exported ("" if they can)."""
        return self._problem

    def output_path(self) -> Path | None:
        return self._path

    # -------------------------------------------------------------- preview
    def _poster(self, persona: str | None):
        if persona not in self._posters:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                poster = compute_poster_for(self.doc, persona)
                self._posters[persona] = (poster, render_thumbnail(self.doc, poster))
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self._posters[persona]

    def _limit_overlap(self) -> None:
        tw, th = parse_paper(self.tile_combo.currentData())
        most = math.floor((min(tw, th) - 2 * SHEET_MARGIN) / 2 / MM)
        self.overlap_spin.setMaximum(most)

    def _update_enabled(self) -> None:
        pdf = self.format() == "pdf"
        tiled = self.tile_box.isChecked()
        self.paper_group.setEnabled(pdf)
        self.tile_box.setEnabled(pdf)
        custom = self.paper_combo.currentData() == CUSTOM
        for widget in (self.custom_label, self.custom_width, self.custom_height):
            widget.setEnabled(custom)
        for widget in (self.crop_check, self.bleed_spin):  # a single-sheet poster's
            widget.setEnabled(pdf and not tiled)
        self.dpi_spin.setEnabled(self.format() == "png")

    def update_preview(self) -> None:
        self._limit_overlap()
        self._update_enabled()
        options = self.options()
        poster, thumbnail = self._poster(options.persona)
        self._problem = ""
        try:  # the web page shows the whole map, as the SVG; the deck has no poster page
            fmt = {"html": "svg"}.get(self.format(), self.format())
            sheet = None if fmt == "slides" else plan_sheet(poster, options, fmt)
        except ValueError as exc:
            sheet = None
            self._problem = str(exc)
        self._sheet = sheet
        if sheet is not None:
            self._problem = self._refusal(sheet, options)
            self.summary.setText(self.summary_text(sheet, options))
        else:
            self.summary.setText(self.slides_text() if self.format() == "slides" else "")
        self._show_title_size(poster, sheet)
        self.problem_label.setText(self._problem)
        self.problem_label.setVisible(bool(self._problem))
        self.export_button.setEnabled(not self._problem)
        self.preview.show_sheet(sheet, poster, thumbnail, self._problem or self.summary.text())

    def slides_text(self) -> str:
        return (self.tr("Slides: %1 pages of 13.33 × 7.5 in (16:9), a title slide with the "
                        "brief and the personas, then one slide per stage with its moment, "
                        "its cards lane by lane and the emotion curve. No text under 14 pt.")
                .replace("%1", str(len(self.doc.stages) + 1)))

    def _show_title_size(self, poster: Poster, sheet: Sheet | None) -> None:
        """How large card titles print on this paper, live; red under 8 pt."""
        title = smallest_title(poster.geometry)
        page = sheet.page if sheet is not None else None
        if title is None or page is None:
            self.title_size_label.setText("")
            return
        size = title * page.scale
        if size < DEFAULT_MIN_PT:
            text = self.tr("%1 pt on paper: too small to read")
        else:
            text = self.tr("%1 pt on paper")
        text = text.replace("%1", pt(size))
        soft = len(low_resolution_images(self.doc, poster, page.scale))
        if soft:  # pictures printed under 150 ppi (the export says which)
            text += "\n" + self.tr("Pictures under 150 ppi, they will look soft: %1").replace(
                "%1", str(soft))
        warn = size < DEFAULT_MIN_PT or soft
        self.title_size_label.setStyleSheet(f"color: {S.REFUSED};" if warn else "")
        self.title_size_label.setText(text)

    def pick_legible_paper(self) -> None:
        """Set the smallest standard paper (and orientation) on which titles reach 8 pt."""
        options = self.options()
        poster, _thumbnail = self._poster(options.persona)
        found = legible_paper(poster, smallest_title(poster.geometry), DEFAULT_MIN_PT, "auto")
        if found is None:  # not even A0 is legible: the largest there is
            found = best_orientation(poster, "A0")
        self.fit_combo.setCurrentIndex(self.fit_combo.findData("page"))
        self.orientation_combo.setCurrentIndex(self.orientation_combo.findData(found.orientation))
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(found.paper))

    def _refusal(self, sheet: Sheet, options: ExportOptions) -> str:
        if sheet.plan is not None and sheet.plan.count > MAX_SHEETS:
            return (self.tr("That would take %1 sheets (at most %2): choose a smaller paper "
                            "size or larger sheets.")
                    .replace("%1", str(sheet.plan.count)).replace("%2", str(MAX_SHEETS)))
        return ""

    def summary_text(self, sheet: Sheet, options: ExportOptions) -> str:
        def mm(value: float) -> str:
            return f"{value / MM:.0f}"

        if sheet.kind == "image":
            if self.format() == "html":
                return self.tr("Web page of the whole map, one file that opens offline in any "
                               "browser: zoom and pan, a card's details on click, the persona "
                               "filter and the saved views. Nothing is fetched from the "
                               "internet.")
            if self.format() == "png":
                dpi, w, h = png_size(sheet.image_w, sheet.image_h, options.dpi)
                text = (self.tr("PNG image of the whole map: %1 × %2 pixels at %3 dpi.")
                        .replace("%1", str(w)).replace("%2", str(h)).replace("%3", str(dpi)))
                if dpi != options.dpi:
                    text += " " + (self.tr("At %1 dpi it would be over %2 megapixels; export "
                                           "a PDF for full detail.")
                                   .replace("%1", str(options.dpi))
                                   .replace("%2", str(MAX_PIXELS // 1_000_000)))
                return text
            return (self.tr("SVG drawing of the whole map: %1 × %2 mm.")
                    .replace("%1", mm(sheet.image_w)).replace("%2", mm(sheet.image_h)))
        page = sheet.page
        assert page is not None
        orientation = self.orientation_combo.currentText().lower()
        paper = self.paper_combo.currentText().split(" (")[0]
        if options.fit == "none":
            w, h = oriented(parse_paper(options.paper), options.orientation)
            if (page.width, page.height) != (w, h):
                head = self.tr("Actual size: the page grows to %1 × %2 mm.")
            else:
                head = self.tr("Actual size on a %3 page, %1 × %2 mm.")
        else:
            head = self.tr("%3 %4, %1 × %2 mm; the map at %5 %.")
        head = (head.replace("%1", mm(page.width)).replace("%2", mm(page.height))
                .replace("%3", paper).replace("%4", orientation)
                .replace("%5", f"{page.scale * 100:.0f}"))
        plan = sheet.plan
        if plan is None:
            extras = []
            if options.bleed_mm:
                extras.append(self.tr("%1 mm bleed").replace("%1", f"{options.bleed_mm:g}"))
            if options.crop_marks:
                extras.append(self.tr("crop marks"))
            return head + (" " + ", ".join(extras).capitalize() + "." if extras else "")
        tile = self.tile_combo.currentText().split(" (")[0]
        if plan.count == 1:
            count = self.tr("1 sheet")
        else:
            count = (self.tr("%1 sheets (%2 × %3)").replace("%1", str(plan.count))
                     .replace("%2", str(plan.cols)).replace("%3", str(plan.rows)))
        sheets = (self.tr("%1 of %2 %3, plus an assembly page.").replace("%1", count)
                  .replace("%2", tile)
                  .replace("%3", self.tr("portrait") if plan.sheet_w < plan.sheet_h
                           else self.tr("landscape")))
        return sheets + "\n" + head

    # ---------------------------------------------------------------- accept
    def _start_dir(self) -> str:
        stored = self.settings.export_options().get("directory")
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return stored
        if self.source is not None:
            return str(self.source.parent)
        return self.settings.last_directory or str(Path.home())

    def choose_file(self) -> Path | None:
        fmt = self.format()
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "png": self.tr("PNG images (*.png)"),
                   "svg": self.tr("SVG drawings (*.svg)"), "html": self.tr("Web pages (*.html)"),
                   "slides": self.tr("PDF documents (*.pdf)")}
        stem = suggested_stem(self.doc.meta.title)
        suggested = str(Path(self._start_dir()) / f"{stem}.{SUFFIXES.get(fmt, fmt)}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"), suggested,
                                              filters[fmt])
        if not name:
            return None
        path = with_suffix(Path(name), fmt)
        if path != Path(name) and path.exists() and not self._confirm_replace(path):
            return None  # the file dialog asked about another name
        return path

    def _confirm_replace(self, path: Path) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export map"),
                          self.tr("“%1” already exists. Replace it?").replace("%1", path.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        if self._problem:
            return
        path = self.choose_file()
        if path is None:
            return  # back to the dialog
        self._path = path
        self._remember()
        super().accept()
