"""File → Export…: the dialog's options, memory and preview; the export in a worker."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from cjeditor.app import export_runner
from cjeditor.app.dialogs.export import ExportDialog, with_suffix
from cjeditor.app.export_runner import ExportRunner, export_from, start_export
from cjeditor.app.i18n import install_translators
from cjeditor.app.settings import AppSettings
from cjeditor.commands import EditMetaCommand, push
from cjeditor.export import ExportOptions
from cjeditor.export.options import MM, oriented, parse_paper
from cjeditor.export.pdf import poster_page, tile_plan
from cjeditor.model import JourneyMap

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from genmap import make_map  # noqa: E402

TIMEOUT = 120_000  # ms: a slow CI machine exporting a large map


@pytest.fixture
def doc(example_map_path) -> JourneyMap:
    return JourneyMap.model_validate_json(example_map_path.read_text(encoding="utf-8"))


@pytest.fixture
def make_dialog(app, qtbot, doc):
    def make(journey_map: JourneyMap | None = None) -> ExportDialog:
        dialog = ExportDialog(journey_map or doc, AppSettings())
        qtbot.addWidget(dialog)
        return dialog

    return make


def pick(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def save_as(monkeypatch, target: Path) -> list[tuple[str, str, str]]:
    """QFileDialog.getSaveFileName answers `target`; returns what it was asked."""
    asked: list[tuple[str, str, str]] = []

    def fake(parent, caption, directory, filters, *args, **kwargs):
        asked.append((caption, directory, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def wait_for(qtbot, runner: ExportRunner) -> str:
    ended: list[str] = []
    runner.ended.connect(ended.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=TIMEOUT)
    return ended[0]


# ------------------------------------------------------------------ options
def test_defaults_are_the_cli_defaults(make_dialog):
    dialog = make_dialog()
    assert dialog.format() == "pdf"
    assert dialog.options() == ExportOptions()


@pytest.mark.parametrize("field, set_widget, expected", [
    ("paper", lambda d: pick(d.paper_combo, "A3"), "A3"),
    ("paper", lambda d: pick(d.paper_combo, "tabloid"), "tabloid"),
    ("paper", lambda d: (pick(d.paper_combo, "custom"), d.custom_width.setValue(1200),
                         d.custom_height.setValue(650)), "1200x650mm"),
    ("orientation", lambda d: pick(d.orientation_combo, "portrait"), "portrait"),
    ("fit", lambda d: pick(d.fit_combo, "none"), "none"),
    ("tile", lambda d: d.tile_box.setChecked(True), "A4"),
    ("tile", lambda d: (d.tile_box.setChecked(True), pick(d.tile_combo, "letter")), "letter"),
    ("overlap_mm", lambda d: d.overlap_spin.setValue(15), 15.0),
    ("crop_marks", lambda d: d.crop_check.setChecked(True), True),
    ("bleed_mm", lambda d: d.bleed_spin.setValue(3), 3.0),
    ("dpi", lambda d: d.dpi_spin.setValue(300), 300),
    ("persona", lambda d: pick(d.persona_combo, "persona:" + d.doc.personas[1].id), "p-andres"),
])
def test_options_follow_each_widget(make_dialog, field, set_widget, expected):
    dialog = make_dialog()
    set_widget(dialog)
    options = dialog.options()
    assert getattr(options, field) == expected
    changed = {name for name in vars(ExportOptions()) if getattr(options, name)
               != getattr(ExportOptions(), name)}
    assert changed == {field}
    options.validate()


def test_persona_choices_are_the_maps_personas(make_dialog, doc):
    dialog = make_dialog()
    combo = dialog.persona_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "", *["persona:" + p.id for p in doc.personas], *["view:" + v.id for v in doc.views]]
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        *["Persona: " + p.name for p in doc.personas], *["Saved view: " + v.name
                                                          for v in doc.views]]
    assert dialog.options().persona is None


def test_png_and_svg_have_no_paper_and_no_tiles(make_dialog):
    dialog = make_dialog()
    dialog.tile_box.setChecked(True)
    assert not dialog.dpi_spin.isEnabled()
    pick(dialog.format_combo, "png")
    assert dialog.dpi_spin.isEnabled()
    assert not dialog.paper_group.isEnabled() and not dialog.tile_box.isEnabled()
    assert dialog.options().tile is None  # tiling is for PDF posters
    dialog.dpi_spin.setValue(100)
    sheet = dialog.sheet()
    assert sheet.kind == "image"
    assert "at 100 dpi" in dialog.summary.text()
    pick(dialog.format_combo, "svg")
    assert not dialog.dpi_spin.isEnabled()
    assert dialog.summary.text().startswith("SVG")


def test_tiling_disables_the_single_sheet_options(make_dialog):
    dialog = make_dialog()
    assert dialog.crop_check.isEnabled() and dialog.bleed_spin.isEnabled()
    dialog.tile_box.setChecked(True)
    assert not dialog.crop_check.isEnabled() and not dialog.bleed_spin.isEnabled()
    assert not dialog.custom_width.isEnabled()
    pick(dialog.paper_combo, "custom")
    assert dialog.custom_width.isEnabled() and dialog.custom_height.isEnabled()


def test_overlap_is_limited_to_what_the_sheet_allows(make_dialog):
    dialog = make_dialog()
    dialog.tile_box.setChecked(True)
    pick(dialog.tile_combo, "A5")
    dialog.overlap_spin.setValue(1000)
    options = dialog.options()
    options.validate()  # the largest overlap offered is one the export accepts
    assert options.overlap_mm == dialog.overlap_spin.maximum() == 64
    assert dialog.export_button.isEnabled()


def test_options_are_remembered(make_dialog, monkeypatch, tmp_path):
    dialog = make_dialog()
    pick(dialog.paper_combo, "custom")
    dialog.custom_width.setValue(900)
    dialog.custom_height.setValue(600)
    pick(dialog.orientation_combo, "portrait")
    pick(dialog.fit_combo, "none")
    dialog.tile_box.setChecked(True)
    pick(dialog.tile_combo, "A3")
    dialog.overlap_spin.setValue(12)
    dialog.crop_check.setChecked(True)
    dialog.bleed_spin.setValue(5)
    dialog.dpi_spin.setValue(200)
    pick(dialog.persona_combo, "persona:p-laura")
    save_as(monkeypatch, tmp_path / "out")
    dialog.accept()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert dialog.output_path() == tmp_path / "out.pdf"
    chosen = dialog.options()

    again = make_dialog()
    assert again.options() == chosen
    assert again.paper_combo.currentData() == "custom"
    assert again.custom_width.value() == 900
    stored = AppSettings().export_options()
    assert stored["tile_paper"] == "A3" and stored["directory"] == str(tmp_path)

    pick(again.format_combo, "png")  # the format is remembered too
    save_as(monkeypatch, tmp_path / "image.png")
    again.accept()
    assert make_dialog().format() == "png"


def test_cancelling_the_file_dialog_goes_back_to_the_options(make_dialog, monkeypatch):
    dialog = make_dialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: ("", "")))
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.output_path() is None
    assert AppSettings().export_options() == {}  # nothing remembered


def test_unreadable_settings_fall_back_to_defaults(make_dialog):
    AppSettings().save_export_options({"format": "docx", "paper": "B7", "dpi": "lots",
                                       "overlap_mm": -4, "bleed_mm": 1e9, "tile": "maybe",
                                       "persona": "nobody"})
    dialog = make_dialog()
    assert dialog.format() == "pdf"
    options = dialog.options()
    assert (options.paper, options.dpi, options.overlap_mm, options.bleed_mm) == (
        "A1", 150, 5, 50)  # the narrowest overlap the alignment marks fit in
    assert options.tile is None and options.persona is None


def test_file_name_and_filter_follow_the_format(make_dialog, monkeypatch, tmp_path):
    dialog = make_dialog()
    pick(dialog.format_combo, "svg")
    asked = save_as(monkeypatch, tmp_path / "poster.pdf")
    assert dialog.choose_file() == tmp_path / "poster.svg"
    caption, suggested, filters = asked[0]
    assert filters == "SVG drawings (*.svg)"
    assert Path(suggested).name == "compra-online-de-zapatillas-de-running.svg"
    assert with_suffix(Path("a/map.v2"), "png") == Path("a/map.v2.png")
    assert with_suffix(Path("a/map.PDF"), "pdf") == Path("a/map.PDF")
    assert with_suffix(Path("a/map.png"), "pdf") == Path("a/map.pdf")


def test_an_added_extension_does_not_replace_a_file_unasked(make_dialog, monkeypatch,
                                                            tmp_path):
    dialog = make_dialog()
    (tmp_path / "poster.pdf").write_bytes(b"keep")
    save_as(monkeypatch, tmp_path / "poster")  # the file dialog checked "poster" only
    asked = []

    def no(self):
        asked.append((self.textFormat(), self.text()))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", no)
    assert dialog.choose_file() is None
    assert asked == [(Qt.TextFormat.PlainText, "“poster.pdf” already exists. Replace it?")]
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    assert dialog.choose_file() == tmp_path / "poster.pdf"


# ------------------------------------------------------------------ preview
def test_preview_counts_the_sheets_as_the_export_does(make_dialog, doc):
    dialog = make_dialog()
    dialog.tile_box.setChecked(True)
    pick(dialog.tile_combo, "A4")
    dialog.overlap_spin.setValue(10)
    poster, _image = dialog._poster()
    options = ExportOptions(paper="A1", tile="A4")
    page = poster_page(poster, options)
    expected = tile_plan(poster, page, options)
    plan = dialog.sheet().plan
    assert (plan.cols, plan.rows, plan.count) == (expected.cols, expected.rows, expected.count)
    assert plan.count > 1
    summary = dialog.summary.text()
    assert f"{plan.count} sheets ({plan.cols} × {plan.rows}) of A4" in summary
    assert dialog.preview.sheet is dialog.sheet()

    pick(dialog.orientation_combo, "portrait")  # the poster page turns; the grid follows
    options = ExportOptions(paper="A1", orientation="portrait", tile="A4")
    page = poster_page(poster, options)
    assert (dialog.sheet().page.width, dialog.sheet().page.height) == (page.width, page.height)
    assert dialog.sheet().plan == tile_plan(poster, page, options)

    pick(dialog.paper_combo, "A3")  # a smaller poster needs fewer sheets
    assert dialog.sheet().plan.count < expected.count
    dialog.tile_box.setChecked(False)
    assert dialog.sheet().kind == "page" and dialog.sheet().plan is None
    assert "sheets" not in dialog.summary.text()


def test_preview_shows_the_page(make_dialog):
    dialog = make_dialog()
    sheet = dialog.sheet()
    assert sheet.kind == "page"
    assert (sheet.page.width, sheet.page.height) == oriented(parse_paper("A1"), "landscape")
    assert dialog.summary.text().startswith("A1 landscape, 841 × 594 mm; the map at ")
    dialog.bleed_spin.setValue(3)
    dialog.crop_check.setChecked(True)
    assert dialog.sheet().bleed == pytest.approx(3 * MM) and dialog.sheet().crop_marks
    assert dialog.summary.text().endswith("3 mm bleed, crop marks.")
    pick(dialog.fit_combo, "none")
    assert dialog.summary.text().startswith("Actual size")


def test_preview_reflects_the_persona(make_dialog):
    dialog = make_dialog()
    everyone = dialog.preview.poster
    pick(dialog.persona_combo, "persona:p-laura")
    assert dialog.preview.poster is not everyone
    assert dialog.preview.poster.geometry.persona == "p-laura"


def test_too_many_sheets_is_refused_before_exporting(make_dialog):
    dialog = make_dialog()
    pick(dialog.paper_combo, "custom")
    dialog.custom_width.setValue(5000)
    dialog.custom_height.setValue(5000)
    dialog.tile_box.setChecked(True)
    pick(dialog.tile_combo, "A5")
    assert dialog.sheet().plan.count > 400
    assert "at most 400" in dialog.problem()
    assert not dialog.export_button.isEnabled()
    assert dialog.problem_label.textFormat() == Qt.TextFormat.PlainText
    dialog.tile_box.setChecked(False)
    assert dialog.export_button.isEnabled() and not dialog.problem()


def test_grab_the_dialog(make_dialog, output_dir):
    dialog = make_dialog()
    dialog.resize(1000, 620)
    dialog.show()
    QApplication.processEvents()
    assert dialog.grab().save(str(output_dir / "export-dialog.png"))
    dialog.tile_box.setChecked(True)
    pick(dialog.tile_combo, "A4")
    QApplication.processEvents()
    assert dialog.grab().save(str(output_dir / "export-dialog-tiles.png"))


# ------------------------------------------------------------------- export
def test_export_action_is_in_the_file_menu_and_toolbar(example_window):
    action = example_window.actions.export
    assert action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert action in example_window.actions.menus["file"].actions()
    assert action in example_window.actions.toolbar.actions()


def test_export_through_the_dialog_writes_a_pdf(example_window, monkeypatch, tmp_path, qtbot):
    def fake_exec(self):
        pick(self.paper_combo, "A2")
        self.accept()
        return self.result()

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    save_as(monkeypatch, tmp_path / "poster")
    started = []
    monkeypatch.setattr(export_runner, "start_export",
                        lambda *args: started.append(start_export(*args)) or started[-1])
    example_window.actions.export.trigger()
    runner = started[0]
    assert runner._task.doc is not example_window.document.map  # a snapshot
    assert runner._task.doc == example_window.document.map
    assert wait_for(qtbot, runner) == "done"
    out = tmp_path / "poster.pdf"
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(
        oriented(parse_paper("A2"), "landscape"), abs=0.01)
    assert "poster.pdf" in example_window.statusBar().currentMessage()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]


def test_tiled_export_has_the_sheets_the_preview_counted(example_window, make_dialog,
                                                         tmp_path, qtbot):
    dialog = make_dialog(example_window.document.map)
    dialog.tile_box.setChecked(True)
    pick(dialog.tile_combo, "A4")
    plan = dialog.sheet().plan
    out = tmp_path / "tiles.pdf"
    runner = start_export(example_window, example_window.document.map, out, dialog.options())
    assert wait_for(qtbot, runner) == "done"
    reader = PdfReader(str(out))
    assert len(reader.pages) == plan.count + 1  # the sheets and the assembly page
    box = reader.pages[1].mediabox
    assert sorted((float(box.width), float(box.height))) == pytest.approx(
        sorted(parse_paper("A4")), abs=0.01)


def test_png_export_has_the_size_the_dialog_announced(example_window, make_dialog, tmp_path,
                                                      qtbot):
    import struct

    dialog = make_dialog(example_window.document.map)
    pick(dialog.format_combo, "png")
    dialog.dpi_spin.setValue(30)
    out = tmp_path / "small.png"
    runner = start_export(example_window, example_window.document.map, out, dialog.options())
    assert wait_for(qtbot, runner) == "done"
    head = out.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert f"{width} × {height} pixels at 30 dpi" in dialog.summary.text()


def test_the_window_stays_responsive_during_an_export(example_window, tmp_path, qtbot):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    big = make_map(1500)
    out = tmp_path / "big.pdf"
    runner = start_export(example_window, big, out,
                          ExportOptions(paper="A0", tile="A4", overlap_mm=10))
    progress = []
    runner._signals.progressed.connect(progress.append)
    assert runner.is_running()
    edit = EditMetaCommand(example_window.document, {"title": "Changed while exporting"})
    push(example_window.document, edit)  # editing meanwhile is safe: a snapshot is exported
    assert wait_for(qtbot, runner) == "done"
    timer.stop()
    assert len(ticks) >= 3, "the event loop did not run during the export"
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)
    assert len(PdfReader(str(out)).pages) > 2


def test_a_failed_export_shows_plain_text_and_leaves_nothing(example_window, monkeypatch,
                                                              tmp_path, qtbot):
    shown = []

    def fake_exec(self):
        shown.append((self.textFormat(), self.text(), self.icon()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    out = tmp_path / "<b>poster.pdf"
    out.mkdir()  # a folder where the file should go
    runner = start_export(example_window, example_window.document.map, out, ExportOptions())
    assert wait_for(qtbot, runner) == "failed"
    assert len(shown) == 1
    text_format, text, icon = shown[0]
    assert text_format == Qt.TextFormat.PlainText
    assert "“<b>poster.pdf” could not be exported." in text
    assert "A folder with that name is in the way." in text
    assert icon == QMessageBox.Icon.Critical
    assert out.is_dir() and not any(out.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left
    assert example_window.statusBar().currentMessage() == "Export failed."


def test_cancel_leaves_nothing_behind(example_window, tmp_path, qtbot):
    out = tmp_path / "cancelled.pdf"
    out.write_bytes(b"the previous export")
    runner = start_export(example_window, make_map(1500), out,
                          ExportOptions(paper="A0", tile="A4"))
    runner.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    assert wait_for(qtbot, runner) == "cancelled"
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["cancelled.pdf"]
    assert "cancelled" in example_window.statusBar().currentMessage()


def test_closing_the_window_during_an_export(manager, example_map_path, tmp_path, qtbot):
    window = manager.open_path(example_map_path)
    qtbot.wait(20)  # let the new window settle (its start-up timers)
    out = tmp_path / "after-close.pdf"
    runner = start_export(window, make_map(600), out, ExportOptions(tile="A4"))
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window is gone
    assert wait_for(qtbot, runner) == "done"  # finished, with no window to report to
    assert len(PdfReader(str(out)).pages) > 2


def test_quitting_cancels_running_exports(example_window, tmp_path, qtbot):
    out = tmp_path / "quit.pdf"
    runner = start_export(example_window, make_map(1500), out,
                          ExportOptions(paper="A0", tile="A4"))
    export_runner.stop_all()  # what aboutToQuit runs
    assert wait_for(qtbot, runner) == "cancelled"
    assert not any(tmp_path.iterdir())


def test_dialog_cancelled_exports_nothing(example_window, monkeypatch, tmp_path):
    monkeypatch.setattr(ExportDialog, "exec", lambda self: 0)
    assert export_from(example_window) is None


def test_spanish_dialog(app, make_dialog):
    install_translators(app, "es")
    dialog = make_dialog()
    assert dialog.windowTitle() == "Exportar"
    assert dialog.export_button.text() == "&Exportar…"
    assert dialog.summary.text().startswith("A1 horizontal, 841 × 594 mm")
    dialog.tile_box.setChecked(True)
    assert " hojas (" in dialog.summary.text()
    # the title size with the Spanish decimal comma, as every number in the interface
    dialog.tile_box.setChecked(False)
    pick(dialog.paper_combo, "A4")
    size = dialog.title_size_label.text().split(" pt en papel")[0]
    assert "," in size and "." not in size, size


# -------------------------------------------------------------- legibility
def test_title_size_on_paper_is_shown_live_and_the_button_picks_a_legible_paper(make_dialog):
    from cjeditor.export.legibility import legible_paper, smallest_title

    dialog = make_dialog()
    pick(dialog.paper_combo, "A4")
    small = dialog.title_size_label.text()
    assert "pt on paper" in small and "too small" in small  # the example on A4
    poster, _image = dialog._poster()
    title = smallest_title(poster.geometry)
    page = dialog.sheet().page
    assert small.startswith(f"{title * page.scale:.1f}".rstrip("0").rstrip("."))

    dialog.pick_legible_paper()
    expected = legible_paper(poster, title, 8.0, "auto")
    assert expected is not None
    assert dialog.options().paper == expected.paper
    assert dialog.options().orientation == expected.orientation
    assert title * dialog.sheet().page.scale >= 8.0
    assert "too small" not in dialog.title_size_label.text()


def test_pictures_under_150_ppi_are_flagged_beside_the_paper(make_dialog):
    dialog = make_dialog()  # the example's storyboard pictures are small
    pick(dialog.paper_combo, "A0")
    assert "150 ppi" in dialog.title_size_label.text()
    pick(dialog.paper_combo, "A4")
    assert "150 ppi" not in dialog.title_size_label.text()


# ------------------------------------------------------------- the map as data
def test_table_formats_show_no_page_options(make_dialog, doc):
    from cjeditor.tables import COLUMNS

    dialog = make_dialog()
    dialog.show()
    dialog.tile_box.setChecked(True)
    dialog.crop_check.setChecked(True)
    for fmt in ("csv", "xlsx", "mmd"):
        pick(dialog.format_combo, fmt)
        assert not dialog.paper_group.isVisible() and not dialog.tile_box.isVisible()
        assert not dialog.dpi_spin.isVisible() and not dialog.dpi_label.isVisible()
        assert dialog.persona_combo.isVisible()  # a table or a journey follows the persona
        options = dialog.options()
        assert (options.tile, options.crop_marks, options.bleed_mm, options.story) == (
            None, False, 0.0, False)
        options.validate()
        assert dialog.export_button.isEnabled() and not dialog.problem()
    pick(dialog.format_combo, "csv")
    table = dialog.table_view
    assert dialog.preview_stack.currentWidget() is dialog.table_page
    assert [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())] == \
        list(COLUMNS)
    cards = [c for lane in doc.lanes for c in lane.cards if c.kind != "image"]
    assert table.rowCount() == len(cards)
    titles = {table.item(r, COLUMNS.index("title")).text() for r in range(table.rowCount())
              if table.item(r, COLUMNS.index("title")) is not None}
    assert titles == {c.title for c in cards if c.title}
    assert f"{len(cards)} cards" in dialog.summary.text()
    pick(dialog.format_combo, "mmd")
    assert dialog.preview_stack.currentWidget() is dialog.text_page
    assert dialog.text_view.toPlainText().startswith("journey\n")
    assert f"section {doc.stages[0].name}" in dialog.text_view.toPlainText()
    pick(dialog.format_combo, "pdf")  # the page options come back
    assert dialog.paper_group.isVisible() and dialog.tile_box.isVisible()
    assert dialog.dpi_spin.isVisible() and not dialog.dpi_spin.isEnabled()
    assert dialog.preview_stack.currentWidget() is dialog.picture_page


@pytest.mark.parametrize("fmt, filters", [
    ("csv", "CSV tables (*.csv)"), ("xlsx", "Excel workbooks (*.xlsx)"),
    ("mmd", "Mermaid journeys (*.mmd)")])
def test_table_file_name_and_filter(make_dialog, monkeypatch, tmp_path, fmt, filters):
    dialog = make_dialog()
    pick(dialog.format_combo, fmt)
    asked = save_as(monkeypatch, tmp_path / "cards.pdf")
    assert dialog.choose_file() == tmp_path / f"cards.{fmt}"
    _caption, suggested, shown = asked[0]
    assert shown == filters
    assert Path(suggested).suffix == f".{fmt}"
    assert with_suffix(Path("a/map.csv"), "xlsx") == Path("a/map.xlsx")
    assert with_suffix(Path("a/map.mmd"), "pdf") == Path("a/map.pdf")


def _export_with_keys(example_window, monkeypatch, qtbot, tmp_path, key_presses: int,
                      name: str) -> ExportRunner:
    """File → Export…, the format chosen with the keyboard (Down from PDF), then Export."""
    from PySide6.QtTest import QTest

    def fake_exec(self):
        self.show()
        QApplication.processEvents()
        self.format_combo.setFocus()
        for _ in range(key_presses):
            QTest.keyClick(self.format_combo, Qt.Key.Key_Down)
        qtbot.mouseClick(self.export_button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    save_as(monkeypatch, tmp_path / name)
    started: list[ExportRunner] = []
    monkeypatch.setattr(export_runner, "start_export",
                        lambda *args: started.append(start_export(*args)) or started[-1])
    example_window.actions.export.trigger()
    assert wait_for(qtbot, started[0]) == "done"
    return started[0]


def test_excel_export_through_the_dialog(example_window, monkeypatch, qtbot, tmp_path):
    from openpyxl import load_workbook

    from cjeditor.tables import COLUMNS, LANE_COLUMNS, STAGE_COLUMNS

    _export_with_keys(example_window, monkeypatch, qtbot, tmp_path, 6, "cards")
    out = tmp_path / "cards.xlsx"
    doc = example_window.document.map
    book = load_workbook(out, read_only=True)
    try:
        assert book.sheetnames == ["cards", "stages", "lanes"]
        rows = list(book["cards"].iter_rows(values_only=True))
        assert rows[0] == COLUMNS
        cards = [c for lane in doc.lanes for c in lane.cards if c.kind != "image"]
        assert len(rows) - 1 == len(cards)
        title = COLUMNS.index("title")
        assert [r[title] or "" for r in rows[1:]] == [
            c.title for lane in doc.lanes
            for c in sorted((c for c in lane.cards if c.kind != "image"),
                            key=lambda c: [s.id for s in doc.stages].index(c.stage))]
        stages = list(book["stages"].iter_rows(values_only=True))
        assert stages[0] == STAGE_COLUMNS
        assert [r[1] for r in stages[1:]] == [s.name for s in doc.stages]
        assert next(book["lanes"].iter_rows(values_only=True)) == LANE_COLUMNS
    finally:
        book.close()
    assert AppSettings().export_options()["format"] == "xlsx"


def test_csv_export_through_the_dialog_reads_back(example_window, monkeypatch, qtbot,
                                                  tmp_path):
    import csv

    from cjeditor.diff import diff_maps
    from cjeditor.tables import read_table

    _export_with_keys(example_window, monkeypatch, qtbot, tmp_path, 5, "cards")
    out = tmp_path / "cards.csv"
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    doc = example_window.document.map
    assert {r["card_id"] for r in rows} == {c.id for lane in doc.lanes for c in lane.cards
                                            if c.kind != "image"}
    back = read_table(out, doc.meta.language)
    changes = [c for c in diff_maps(doc, back) if c.kind == "card"
               and c.change != "removed"]  # the picture cards stay behind
    assert changes == []


def test_mermaid_export_through_the_dialog_imports_again(example_window, monkeypatch, qtbot,
                                                         tmp_path):
    from cjeditor.mermaid import read_journey

    _export_with_keys(example_window, monkeypatch, qtbot, tmp_path, 7, "journey")
    out = tmp_path / "journey.mmd"
    doc = example_window.document.map
    back, _warnings = read_journey(out, doc.meta.language)
    assert back.meta.title == doc.meta.title
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    actions = [c.title for lane in doc.lanes if lane.type == "actions" for c in lane.cards]
    assert sorted(c.title for lane in back.lanes if lane.type == "actions"
                  for c in lane.cards) == sorted(actions)


def test_grab_the_table_formats_in_spanish(app, make_dialog, output_dir):
    install_translators(app, "es")
    dialog = make_dialog()
    dialog.show()
    for fmt in ("pdf", "csv", "mmd"):
        pick(dialog.format_combo, fmt)
        QApplication.processEvents()
        assert dialog.grab().save(str(output_dir / f"export-dialog-es-{fmt}.png"))
    pick(dialog.format_combo, "xlsx")
    assert dialog.summary.text().startswith("Libro de Excel: la hoja «cards» con ")
    assert dialog.format_combo.currentText() == "Libro de Excel (tarjetas, etapas y carriles)"


def test_a_saved_view_and_more_pages_export_as_the_command_line_does(make_dialog, doc,
                                                                     tmp_path):
    """"Shows" offers the saved views (for an audience: their lanes, persona and overlay,
    `--view`), and a PDF can take the matrix, the personas and the health check after
    the poster (`--pages`): the same file as `cjeditor export` with those options."""
    from cjeditor.export import export_map

    view = doc.views[0]
    dialog = make_dialog()
    pick(dialog.persona_combo, "view:" + view.id)
    assert dialog.persona_combo.currentText() == "Saved view: " + view.name
    dialog.personas_check.setChecked(True)
    dialog.matrix_check.setChecked(True)
    options = dialog.options()
    assert (options.view, options.persona) == (view.id, None)
    assert options.pages == ("poster", "matrix", "personas")  # the order the CLI prints
    poster, _image = dialog._poster()
    shown = {lane.lane_id for lane in poster.geometry.lanes}
    assert shown == set(view.lanes or [lane.id for lane in doc.lanes])
    ours, theirs = tmp_path / "dialog.pdf", tmp_path / "cli.pdf"
    export_map(doc, ours, options)
    export_map(doc, theirs, ExportOptions(view=view.id, pages=("poster", "matrix",
                                                               "personas")))
    assert len(PdfReader(ours).pages) == len(PdfReader(theirs).pages) >= 3
    assert ours.read_bytes() == theirs.read_bytes()
    # the extra pages are a PDF's: off for a PNG, and for the deck
    pick(dialog.format_combo, "png")
    assert not dialog.pages_box.isEnabled() and dialog.options().pages == ("poster",)
    pick(dialog.format_combo, "pdf")
    assert dialog.pages_box.isEnabled()
    dialog._remember()  # as on Export: remembered for the next export
    again = make_dialog()
    assert again.options() == options


def test_the_slides_preview_is_a_slide_of_the_deck(make_dialog):
    """The deck has no poster page: the preview shows its first stage slide, drawn by
    the deck's painter, instead of the summary's words a second time."""
    dialog = make_dialog()
    pick(dialog.format_combo, "slides")
    picture = dialog.preview.picture
    assert picture is not None and not picture.isNull()
    assert abs(picture.width() / picture.height() - 16 / 9) < 0.01
    inked = sum(1 for x in range(0, picture.width(), 16) for y in range(0, picture.height(), 16)
                if picture.pixelColor(x, y).lightness() < 128)
    assert inked > 50  # the stage's header band and its words
    pick(dialog.format_combo, "pdf")
    assert dialog.preview.picture is None


def test_the_orientation_that_prints_larger_is_offered(make_dialog):
    # as --orientation auto: a tall map went on A1 landscape at 8 pt, half the sheet empty
    import json

    from cjeditor.model import JourneyMap

    lanes = [{"id": f"l{i}", "type": "notes", "title": f"Carril {i}", "cards": [
        {"id": f"c{i}-{s}", "kind": "note", "stage": f"s{s}", "title": f"Nota {i}"}
        for s in range(2)]} for i in range(40)]
    tall = JourneyMap.model_validate(json.loads(json.dumps({
        "format": "cjmap", "version": 2, "meta": {"title": "Alto"}, "personas": [],
        "phases": [], "stages": [{"id": "s0", "name": "Uno"}, {"id": "s1", "name": "Dos"}],
        "lanes": lanes, "assets": []})))
    dialog = make_dialog(tall)
    pick(dialog.paper_combo, "A1")
    pick(dialog.orientation_combo, "landscape")
    landscape = dialog.sheet().page.scale
    pick(dialog.orientation_combo, "auto")
    page = dialog.sheet().page
    assert dialog.options().orientation == "auto"
    assert page.orientation == "portrait" and page.scale > landscape
    assert "portrait" in dialog.summary.text()
