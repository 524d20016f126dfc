"""The export dialog's sentences on what each export makes (its summary line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjeditor.app.dialogs.export_preview import Sheet
from cjeditor.export.options import MM, ExportOptions, oriented, parse_paper
from cjeditor.export.png import MAX_PIXELS, png_size
from cjeditor.tables import COLUMNS

translate = QCoreApplication.translate  # the dialog's words: context "ExportDialog"


def table_text(fmt: str, cards: int, stages: int, lanes: int, pictures: int) -> str:
    """What a CSV or an XLSX export will hold."""
    if fmt == "csv":
        text = translate("ExportDialog",
                         "CSV table: %1 cards, one row each, %2 columns, UTF-8. Any "
                         "spreadsheet opens it; File → Import table… reads it back.")
        text = text.replace("%2", str(len(COLUMNS)))
    else:
        text = (translate("ExportDialog",
                          "Excel workbook: the sheet “cards” with %1 cards, one row each, and "
                          "the sheets “stages” (%2) and “lanes” (%3) with all their fields. "
                          "File → Import table… reads it back.")
                .replace("%2", str(stages)).replace("%3", str(lanes)))
    text = text.replace("%1", str(cards))
    if pictures:
        text += " " + translate("ExportDialog", "%1 picture cards are left out: a table "
                                "holds no pictures.").replace("%1", str(pictures))
    return text


def mermaid_text(sections: int, tasks: int) -> str:
    """What a Mermaid journey will hold."""
    return (translate("ExportDialog",
                      "Mermaid journey for a README or a wiki: %1 sections (the stages) "
                      "and %2 tasks (the action cards), scored by each persona's emotion. "
                      "The other lanes, phases and connections are left out.")
            .replace("%1", str(sections)).replace("%2", str(tasks)))


def slides_text(stages: int) -> str:
    """What the slide deck will hold."""
    return (translate("ExportDialog",
                      "Slides: %1 pages of 13.33 × 7.5 in (16:9), a title slide with the "
                      "brief and the personas, then one slide per stage with its moment, "
                      "its cards lane by lane and the emotion curve. No text under 14 pt.")
            .replace("%1", str(stages + 1)))


def _mm(value: float) -> str:
    return f"{value / MM:.0f}"


def _image_text(sheet: Sheet, options: ExportOptions, fmt: str) -> str:
    """A PNG, an SVG or the web page: the whole map as one picture."""
    if fmt == "html":
        return translate("ExportDialog",
                         "Web page of the whole map, one file that opens offline in any "
                         "browser: zoom and pan, a card's details on click, the persona "
                         "filter and the saved views. Nothing is fetched from the internet.")
    if fmt == "png":
        dpi, w, h = png_size(sheet.image_w, sheet.image_h, options.dpi)
        text = (translate("ExportDialog", "PNG image of the whole map: %1 × %2 pixels at %3 "
                          "dpi.")
                .replace("%1", str(w)).replace("%2", str(h)).replace("%3", str(dpi)))
        if dpi != options.dpi:
            text += " " + (translate("ExportDialog", "At %1 dpi it would be over %2 "
                                     "megapixels; export a PDF for full detail.")
                           .replace("%1", str(options.dpi))
                           .replace("%2", str(MAX_PIXELS // 1_000_000)))
        return text
    return (translate("ExportDialog", "SVG drawing of the whole map: %1 × %2 mm.")
            .replace("%1", _mm(sheet.image_w)).replace("%2", _mm(sheet.image_h)))


def summary_text(sheet: Sheet, options: ExportOptions, fmt: str, paper: str,
                 orientation: str, tile: str) -> str:
    """The preview's sentence on what the export makes: `paper`, `orientation` and
    `tile` as the dialog names them."""
    if sheet.kind == "image":
        return _image_text(sheet, options, fmt)
    page = sheet.page
    assert page is not None
    if options.fit == "none":
        paper_w, paper_h = oriented(parse_paper(options.paper),
                                    page.orientation or options.orientation)
        if (page.width, page.height) != (paper_w, paper_h):
            head = translate("ExportDialog", "Actual size: the page grows to %1 × %2 mm.")
        else:
            head = translate("ExportDialog", "Actual size on a %3 page, %1 × %2 mm.")
    else:
        head = translate("ExportDialog", "%3 %4, %1 × %2 mm; the map at %5 %.")
    head = (head.replace("%1", _mm(page.width)).replace("%2", _mm(page.height))
            .replace("%3", paper).replace("%4", orientation)
            .replace("%5", f"{page.scale * 100:.0f}"))
    plan = sheet.plan
    if plan is None:
        extras = []
        if options.bleed_mm:
            extras.append(translate("ExportDialog", "%1 mm bleed").replace(
                "%1", f"{options.bleed_mm:g}"))
        if options.crop_marks:
            extras.append(translate("ExportDialog", "crop marks"))
        return head + (" " + ", ".join(extras).capitalize() + "." if extras else "")
    if plan.count == 1:
        count = translate("ExportDialog", "1 sheet")
    else:
        count = (translate("ExportDialog", "%1 sheets (%2 × %3)").replace("%1", str(plan.count))
                 .replace("%2", str(plan.cols)).replace("%3", str(plan.rows)))
    turned = (translate("ExportDialog", "portrait") if plan.sheet_w < plan.sheet_h
              else translate("ExportDialog", "landscape"))
    sheets = (translate("ExportDialog", "%1 of %2 %3, plus an assembly page.")
              .replace("%1", count).replace("%2", tile).replace("%3", turned))
    return sheets + "\n" + head
