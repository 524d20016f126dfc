"""Two languages: every string translated to Spanish, and the UI follows --lang."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from cjeditor.app import catalogue_tool
from cjeditor.app.i18n import choose_language, install_translators
from cjeditor.app.settings import AppSettings

REPO = Path(__file__).resolve().parents[2]
TS_ES = REPO / "resources" / "translations" / "cjeditor_es.ts"


def test_the_catalogue_of_command_and_canvas_strings_is_current():
    found = catalogue_tool.scan()
    assert "Add card" in found["commands"]
    assert catalogue_tool.TARGET.read_text(encoding="utf-8") == catalogue_tool.render(found), (
        "run: python -m cjeditor.app.catalogue_tool && make translations")


def test_spanish_is_complete():
    root = ET.parse(TS_ES).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation.findall("numerusform")
            text = "".join(n.text or "" for n in numerus) if numerus else translation.text
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                missing.append(f'{context.findtext("name")}: {message.findtext("source")}')
    assert not missing, missing
    contexts = {context.findtext("name") for context in root.iter("context")}
    assert {"commands", "WindowActions", "PropertiesDock"} <= contexts
    assert "labels" not in contexts  # value names come from model/vocabulary.py
    assert "" not in contexts and None not in contexts


def test_qm_files_match_the_ts_files(app):
    """The committed .qm holds exactly the translations of the .ts (run make translations)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TS_ES.with_suffix(".qm")))
    root = ET.parse(TS_ES).getroot()
    stale = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue
            source = message.findtext("source")
            expected = message.findtext("translation")
            if translator.translate(name, source) != expected:
                stale.append(f"{name}: {source}")
    assert not stale, stale
    assert TS_ES.with_name("cjeditor_en.qm").is_file()


def test_language_choice(app):
    settings = AppSettings()
    assert choose_language("es", settings) == "es"
    settings.language = "en"
    assert choose_language(None, settings) == "en"
    assert choose_language("es", settings) == "es"
    settings.language = "system"
    assert choose_language(None, settings) in ("es", "en")


def test_spanish_menus_with_lang_es(app, manager, example_map_path):
    install_translators(app, "es")
    window = manager.open_path(example_map_path)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Editar", "&Ver", "&Insertar", "Ay&uda"]
    assert window.actions.save.text() == "&Guardar"
    assert [dock.windowTitle() for dock in window.docks()] == [
        "Paleta", "Propiedades", "Resumen", "Personas", "Historial", "Revisión del mapa",
        "Vistas", "Priorizar"]
    assert window.statusBar().counts.text().startswith("Etapas: ")
    window.actions.add_lane["ideas"].trigger()
    assert window.actions.undo.text() == "&Deshacer Añadir carril"


def test_run_gui_start_honours_lang(app, monkeypatch, example_map_path):
    from cjeditor.app import main

    manager = main.start(str(example_map_path), "es")
    try:
        window = manager.windows[0]
        assert window.menuBar().actions()[0].text() == "&Archivo"
    finally:
        from PySide6.QtWidgets import QMessageBox

        monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
        for window in list(manager.windows):
            window.close()


def test_run_gui_with_a_refused_file_opens_nothing(app, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog

    from cjeditor.app import main
    from cjeditor.app.dialogs.load_problems import LoadProblemsDialog

    shown = []
    monkeypatch.setattr(LoadProblemsDialog, "exec",
                        lambda self: shown.append(self.text()) or QDialog.DialogCode.Rejected)
    from cjeditor.app import logs

    monkeypatch.setattr(logs, "install", lambda *args, **kwargs: None)  # no global handlers
    bad = tmp_path / "malo.cjmap"
    bad.write_text("not json", encoding="utf-8")
    assert main.run_gui(["cjeditor"], file=str(bad), lang="en") == 1
    assert shown and "malo.cjmap" in shown[0]
