"""File → Export…: format, paper, tiling and the rest of spec/cli.md's export options,
with a live preview of the page (or of the sheet grid when tiling).

The options are remembered between uses (AppSettings, keys under export/). The
dialog only chooses; `cjeditor.app.export_runner` writes the file in a worker.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTableWidgetItem,
    QWidget,
)

from cjeditor.app.dialogs.export_preview import (
    Sheet,
    compute_poster_for,
    plan_sheet,
    render_slide,
    render_thumbnail,
    shown_map,
)
from cjeditor.app.dialogs.export_texts import mermaid_text, slides_text, summary_text, table_text
from cjeditor.app.forms.ui_export import Ui_ExportDialog
from cjeditor.app.settings import AppSettings
from cjeditor.export.legibility import (
    DEFAULT_MIN_PT,
    best_orientation,
    legible_paper,
    pt,
    smallest_title,
)
from cjeditor.export.options import (
    MAX_MM,
    MIN_MM,
    MIN_OVERLAP_MM,
    MM,
    ExportOptions,
    parse_paper,
)
from cjeditor.export.pdf import MAX_SHEETS
from cjeditor.export.prepress import low_resolution_images
from cjeditor.export.tiling import SHEET_MARGIN
from cjeditor.export.view import overlaid
from cjeditor.layout.compute import shown_lanes
from cjeditor.layout.poster import Poster
from cjeditor.model import JourneyMap
from cjeditor.paint import style as S
from cjeditor.tables import COLUMNS
from cjeditor.tables.rows import card_rows

FORMATS = ("pdf", "png", "svg", "html", "slides", "csv", "xlsx", "mmd")
SUFFIXES = {"slides": "pdf"}  # the slide deck is a PDF (export --story)
TABLES = ("csv", "xlsx", "mmd")  # the map as data: no page, no picture (tables/, mermaid.py)
TABLE_ROWS = 500  # rows of the table shown in the preview
PAPERS = ("A0", "A1", "A2", "A3", "A4", "A5", "letter", "legal", "tabloid")
TILES = PAPERS
CUSTOM = "custom"
PERSONA, VIEW = "persona:", "view:"  # the "Shows" choices' data: a persona's or a view's id
DEFAULTS = ExportOptions()


Values = dict[str, object]


def _text(values: Values, key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = values.get(key)
    return value if isinstance(value, str) and value in allowed else default


def _number(values: Values, key: str, default: float, low: float, high: float) -> float:
    try:
        number = float(values.get(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high) if math.isfinite(number) else default


def _flag(values: Values, key: str, default: bool) -> bool:
    value = values.get(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def with_suffix(path: Path, fmt: str) -> Path:
    """`path` ending in the suffix of `fmt` (.pdf, .png, .svg, .html, .csv, .xlsx, .mmd;
    another format's suffix is replaced)."""
    suffix = "." + SUFFIXES.get(fmt, fmt)
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in tuple("." + SUFFIXES.get(f, f) for f in FORMATS):
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def suggested_stem(title: str) -> str:
    from cjeditor.app.files import suggested_name

    return Path(suggested_name(title)).stem


class ExportDialog(QDialog, Ui_ExportDialog):
    """The form is ui/export.ui (compiled into app/forms/); this class fills in the
    choices, keeps the options consistent with the format and previews the result."""

    def __init__(self, doc: JourneyMap, settings: AppSettings, parent: QWidget | None = None,
                 source: Path | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)  # type: ignore[no-untyped-call]
        self.problem_label.setStyleSheet(f"color: {S.REFUSED};")  # the one style table's
        self.doc = doc
        self.settings = settings
        self.source = source
        self._posters: dict[str, tuple[Poster, QImage]] = {}  # by the "Shows" choice
        self._slides: dict[str, QImage] = {}
        self._shown_table: tuple[str, str] | None = None
        self._sheet: Sheet | None = None
        self._problem = ""
        self._path: Path | None = None
        self._fill()
        self._restore(settings.export_options())
        for signal in (self.format_combo.currentIndexChanged, self.paper_combo.currentIndexChanged,
                       self.custom_width.valueChanged, self.custom_height.valueChanged,
                       self.orientation_combo.currentIndexChanged,
                       self.fit_combo.currentIndexChanged, self.tile_box.toggled,
                       self.tile_combo.currentIndexChanged, self.overlap_spin.valueChanged,
                       self.crop_check.toggled, self.bleed_spin.valueChanged,
                       self.dpi_spin.valueChanged, self.persona_combo.currentIndexChanged,
                       self.matrix_check.toggled, self.personas_check.toggled,
                       self.check_check.toggled):
            signal.connect(self.update_preview)
        self.update_preview()

    # ---------------------------------------------------------------- build
    def _fill(self) -> None:
        """The choices the form cannot hold (item data, ranges from the export engine)."""
        formats = (
            (self.tr("PDF poster (vector, for printing)"), "pdf"),
            (self.tr("PNG image"), "png"),
            (self.tr("SVG drawing"), "svg"),
            (self.tr("Web page (HTML, opens offline in any browser)"), "html"),
            (self.tr("Slides (PDF, 16:9, one slide per stage)"), "slides"),
            (self.tr("CSV table (the cards, one row each)"), "csv"),
            (self.tr("Excel workbook (cards, stages and lanes)"), "xlsx"),
            (self.tr("Mermaid journey (for a README or a wiki)"), "mmd"),
        )
        for text, data in formats:
            self.format_combo.addItem(text, data)
        # what the export shows: the whole map, a persona's lanes, or a saved view
        self.persona_combo.addItem(self.tr("The whole map, all personas"), "")
        for persona in self.doc.personas:  # combo items are plain text
            self.persona_combo.addItem(self.tr("Persona: %1").replace("%1", persona.name),
                                       PERSONA + persona.id)
        for view in self.doc.views:
            self.persona_combo.addItem(self.tr("Saved view: %1").replace("%1", view.name),
                                       VIEW + view.id)
        for name in PAPERS:
            self.paper_combo.addItem(self._paper_name(name), name)
        self.paper_combo.addItem(self.tr("Custom size"), CUSTOM)
        for spin, low, high, value in ((self.custom_width, MIN_MM, MAX_MM, 1000.0),
                                       (self.custom_height, MIN_MM, MAX_MM, 700.0),
                                       (self.bleed_spin, 0.0, 50.0, 0.0),
                                       (self.overlap_spin, MIN_OVERLAP_MM, 60.0,
                                        DEFAULTS.overlap_mm)):
            spin.setRange(low, high)
            spin.setValue(value)
        self.orientation_combo.addItem(self.tr("Landscape"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait"), "portrait")
        # --orientation auto: the one that prints the map larger (a tall map: portrait)
        self.orientation_combo.addItem(self.tr("The one that prints larger"), "auto")
        self.fit_combo.addItem(self.tr("Fit the map to the page"), "page")
        self.fit_combo.addItem(self.tr("Actual size (1:1, the page grows)"), "none")
        self.legible_button.clicked.connect(self.pick_legible_paper)
        for name in TILES:
            self.tile_combo.addItem(self._paper_name(name), name)
        self.table_view.verticalHeader().setDefaultSectionSize(
            self.table_view.fontMetrics().height() + 6)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.resize(980, 600)

    def _paper_name(self, name: str) -> str:
        names = {"letter": self.tr("Letter"), "legal": self.tr("Legal"),
                 "tabloid": self.tr("Tabloid")}
        w, h = parse_paper(name)
        return f"{names.get(name, name)} ({w / MM:.0f} × {h / MM:.0f} mm)"

    # ------------------------------------------------------------- settings
    def _restore(self, values: Values) -> None:
        def pick(combo: QComboBox, data: object) -> None:
            index = combo.findData(data)
            if index >= 0:
                combo.setCurrentIndex(index)

        pick(self.format_combo, _text(values, "format", "pdf", FORMATS))
        pick(self.paper_combo, _text(values, "paper", DEFAULTS.paper, (*PAPERS, CUSTOM)))
        self.custom_width.setValue(_number(values, "custom_width_mm", 1000, MIN_MM, MAX_MM))
        self.custom_height.setValue(_number(values, "custom_height_mm", 700, MIN_MM, MAX_MM))
        pick(self.orientation_combo,
             _text(values, "orientation", DEFAULTS.orientation,
                   ("landscape", "portrait", "auto")))
        pick(self.fit_combo, _text(values, "fit", DEFAULTS.fit, ("page", "none")))
        self.tile_box.setChecked(_flag(values, "tile", False))
        pick(self.tile_combo, _text(values, "tile_paper", "A4", TILES))
        self._limit_overlap()
        self.overlap_spin.setValue(_number(values, "overlap_mm", DEFAULTS.overlap_mm,
                                           MIN_OVERLAP_MM, self.overlap_spin.maximum()))
        self.crop_check.setChecked(_flag(values, "crop_marks", DEFAULTS.crop_marks))
        self.bleed_spin.setValue(_number(values, "bleed_mm", DEFAULTS.bleed_mm, 0, 50))
        self.dpi_spin.setValue(int(_number(values, "dpi", DEFAULTS.dpi, 10, 1200)))
        for key, prefix in (("persona", PERSONA), ("view", VIEW)):
            chosen = values.get(key)
            if isinstance(chosen, str) and chosen:
                pick(self.persona_combo, prefix + chosen)  # only if this map has it
        pages = values.get("pages")
        for page, box in self._page_boxes().items():
            box.setChecked(isinstance(pages, list) and page in pages)

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
            "persona": self._choice()[0] or "",
            "view": self._choice()[1] or "",
            "pages": [page for page, box in self._page_boxes().items() if box.isChecked()],
        }
        if self._path is not None:
            values["directory"] = str(self._path.parent)
        self.settings.save_export_options(values)

    # -------------------------------------------------------------- options
    def format(self) -> str:
        return str(self.format_combo.currentData())

    def paper(self) -> str:
        name = str(self.paper_combo.currentData())
        if name == CUSTOM:
            return f"{self.custom_width.value():g}x{self.custom_height.value():g}mm"
        return name

    def _choice(self) -> tuple[str | None, str | None]:
        """The persona and the saved view chosen in "Shows" (None, None: the whole map)."""
        data = str(self.persona_combo.currentData() or "")
        if data.startswith(PERSONA):
            return data[len(PERSONA):], None
        if data.startswith(VIEW):
            return None, data[len(VIEW):]
        return None, None

    def _page_boxes(self) -> dict[str, QCheckBox]:
        return {"matrix": self.matrix_check, "personas": self.personas_check,
                "check": self.check_check}

    def options(self) -> ExportOptions:
        """The widgets as ExportOptions (tiling is a PDF feature: off for PNG and SVG)."""
        tiled = self.tile_box.isChecked() and self.format() == "pdf"
        single_pdf = self.format() == "pdf" and not tiled  # crop marks and bleed are its own
        persona, view = self._choice()
        extra = tuple(page for page, box in self._page_boxes().items()
                      if box.isChecked()) if self.format() == "pdf" else ()
        return ExportOptions(
            paper=self.paper(),
            orientation=self.orientation_combo.currentData(),
            fit=self.fit_combo.currentData(),
            tile=self.tile_combo.currentData() if tiled else None,
            overlap_mm=float(self.overlap_spin.value()),
            crop_marks=self.crop_check.isChecked() and single_pdf,
            bleed_mm=float(self.bleed_spin.value()) if single_pdf else 0.0,
            dpi=int(self.dpi_spin.value()),
            persona=persona,
            view=view,
            pages=("poster", *extra),
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
    def _shown(self) -> tuple[JourneyMap, str | None, ExportOptions | None]:
        """The map as the export shows it (a saved view's lanes), its persona, and the
        options naming the view (None: no view)."""
        return shown_map(self.doc, *self._choice())

    def _poster(self) -> tuple[Poster, QImage]:
        key = str(self.persona_combo.currentData() or "")
        if key not in self._posters:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                shown, persona, options = self._shown()
                poster = compute_poster_for(shown, persona, options)
                self._posters[key] = (poster, render_thumbnail(shown, poster))
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self._posters[key]

    def _limit_overlap(self) -> None:
        tw, th = parse_paper(self.tile_combo.currentData())
        most = math.floor((min(tw, th) - 2 * SHEET_MARGIN) / 2 / MM)
        self.overlap_spin.setMaximum(most)

    def _update_enabled(self) -> None:
        """Only the options of the chosen format can be changed; a table or a Mermaid
        journey has no page and no picture, so those options are not even shown."""
        fmt = self.format()
        pdf = fmt == "pdf"
        tiled = self.tile_box.isChecked()
        self.paper_group.setEnabled(pdf)
        self.tile_box.setEnabled(pdf)
        picture = fmt not in TABLES
        self.paper_group.setVisible(picture)
        self.tile_box.setVisible(picture)
        self.what_form.setRowVisible(self.dpi_spin, picture)
        custom = self.paper_combo.currentData() == CUSTOM
        for widget in (self.custom_label, self.custom_width, self.custom_height):
            widget.setEnabled(custom)
        for box in (self.crop_check, self.bleed_spin):  # a single-sheet poster's
            box.setEnabled(pdf and not tiled)
        self.dpi_spin.setEnabled(fmt == "png")
        self.pages_box.setVisible(picture)
        self.pages_box.setEnabled(pdf)  # one PDF holds them (not the deck)

    def update_preview(self) -> None:
        self._limit_overlap()
        self._update_enabled()
        options = self.options()
        if self.format() in TABLES:
            self._preview_data()
            return
        self.preview_stack.setCurrentWidget(self.picture_page)
        poster, thumbnail = self._poster()
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
            self.summary.setText(summary_text(
                sheet, options, self.format(), self.paper_combo.currentText().split(" (")[0],
                self._orientation_name(sheet),
                self.tile_combo.currentText().split(" (")[0]))
        else:
            self.summary.setText(slides_text(len(self.doc.stages))
                              if self.format() == "slides" else "")
        self._show_title_size(poster, sheet)
        self.problem_label.setText(self._problem)
        self.problem_label.setVisible(bool(self._problem))
        self.export_button.setEnabled(not self._problem)
        slide = self._slide() if self.format() == "slides" and not self._problem else None
        self.preview.show_sheet(sheet, poster, thumbnail, self._problem or self.summary.text(),
                                slide)

    def _slide(self) -> QImage:
        """The deck's first stage slide, as the export draws it (by "Shows" choice)."""
        key = str(self.persona_combo.currentData() or "")
        if key not in self._slides:
            shown, persona, options = self._shown()
            self._slides[key] = render_slide(shown, persona, overlaid(shown, options))
        return self._slides[key]

    def _preview_data(self) -> None:
        """A table or a Mermaid journey: the rows or the text that will be written."""
        doc, persona, _options = self._shown()
        key = str(self.persona_combo.currentData() or "")
        self._sheet, self._problem = None, ""
        self.problem_label.hide()
        self.export_button.setEnabled(True)
        self.title_size_label.setText("")
        fmt = self.format()
        lanes = shown_lanes(doc, persona)
        pictures = sum(1 for lane in lanes for card in lane.cards if card.kind == "image")
        if fmt == "mmd":
            from cjeditor.mermaid import journey_text

            text, _notes = journey_text(doc, persona)
            self.text_view.setPlainText(text)
            self.preview_stack.setCurrentWidget(self.text_page)
            tasks = sum(len(lane.cards) for lane in lanes if lane.type == "actions")
            self.summary.setText(mermaid_text(len(doc.stages), tasks))
            return
        rows = list(card_rows(doc, lanes))
        if self._shown_table != (fmt, key):
            self._shown_table = (fmt, key)
            self._fill_table(rows)
        self.preview_stack.setCurrentWidget(self.table_page)
        self.summary.setText(table_text(fmt, len(rows), len(doc.stages), len(lanes), pictures))

    def _fill_table(self, rows: list[dict[str, object]]) -> None:
        table = self.table_view
        table.clear()
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))  # the file's own header row
        shown = rows[:TABLE_ROWS]
        table.setRowCount(len(shown))
        for row, values in enumerate(shown):
            for column, name in enumerate(COLUMNS):
                value = values[name]
                if value is None or value == []:
                    continue
                text = ";".join(map(str, value)) if isinstance(value, list) else str(value)
                table.setItem(row, column, QTableWidgetItem(text))  # items are plain text
        table.resizeColumnsToContents()
        for column in range(len(COLUMNS)):  # long texts are cut in the preview, not the file
            table.setColumnWidth(column, min(table.columnWidth(column), 260))

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
        # pt()'s digits, with the interface's decimal mark ("8,1" in Spanish)
        text = text.replace("%1", pt(size).replace(".", QLocale().decimalPoint()))
        soft = len(low_resolution_images(self.doc, poster, page.scale))
        if soft:  # pictures printed under 150 ppi (the export says which)
            text += "\n" + self.tr("Pictures under 150 ppi, they will look soft: %1").replace(
                "%1", str(soft))
        warn = size < DEFAULT_MIN_PT or soft
        self.title_size_label.setStyleSheet(f"color: {S.REFUSED};" if warn else "")
        self.title_size_label.setText(text)

    def _orientation_name(self, sheet: Sheet) -> str:
        """The orientation the page has, as the combo names it (the one chosen for
        "the one that prints larger")."""
        chosen = sheet.page.orientation if sheet.page is not None else ""
        index = self.orientation_combo.findData(chosen)
        combo = index if index >= 0 else self.orientation_combo.currentIndex()
        return self.orientation_combo.itemText(combo).lower()

    def pick_legible_paper(self) -> None:
        """Set the smallest standard paper (and orientation) on which titles reach 8 pt."""
        poster, _thumbnail = self._poster()
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
                   "slides": self.tr("PDF documents (*.pdf)"),
                   "csv": self.tr("CSV tables (*.csv)"),
                   "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "mmd": self.tr("Mermaid journeys (*.mmd)")}
        stem = suggested_stem(self.doc.meta.title)
        suggested = str(Path(self._start_dir()) / f"{stem}.{SUFFIXES.get(fmt, fmt)}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"), suggested,
                                              filters[fmt])
        if not name:
            return None
        path = with_suffix(Path(name), fmt)
        from cjeditor.app.files import confirm_replace

        if path != Path(name) and path.exists() and \
                not confirm_replace(self, self.tr("Export map"), path):
            return None  # the file dialog asked about another name
        return path

    def accept(self) -> None:
        if self._problem:
            return
        path = self.choose_file()
        if path is None:
            return  # back to the dialog
        self._path = path
        self._remember()
        super().accept()
