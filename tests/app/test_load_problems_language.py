"""A refused map, opened in a Spanish interface, is explained in Spanish: real bad files
on disk, opened through the window manager as File > Open does, read back from the
real load-problems dialog. The JSON paths stay as the file names its fields; the
words around them ("línea 3, columna 5", the sentences, "… y 5 problema(s) más")
are Spanish, and no English (ours, pydantic's or Python's) reaches the dialog."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from maps import base_map
from PySide6.QtWidgets import QApplication, QDialog

from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.i18n import install_translators

# Words that would give away an English sentence (ours, pydantic's or json's); none
# of them is Spanish, and none is a field name in the files below.
ENGLISH = ("is", "not", "the", "line", "column", "must", "does", "exist", "required",
           "missing", "cannot", "which", "refers", "was", "written", "newer", "update",
           "appears", "twice", "valid", "empty", "more", "shown", "expecting", "delimiter",
           "should", "input", "needs", "says", "of", "and", "problem")


def english_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[A-Za-z]+", text.lower()) if word in ENGLISH}


class Shown:
    """What the load-problems dialog showed each time it was opened."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.texts: list[str] = []
        self.problems: list[list[str]] = []
        self.grab_to: Path | None = None


@pytest.fixture
def shown(monkeypatch) -> Shown:
    seen = Shown()

    def fake_exec(self: LoadProblemsDialog) -> int:
        self.show()
        QApplication.processEvents()
        seen.titles.append(self.windowTitle())
        seen.texts.append(self.text())
        seen.problems.append(list(self.problems))
        if seen.grab_to is not None:
            assert self.grab().save(str(seen.grab_to))
        self.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoadProblemsDialog, "exec", fake_exec)
    return seen


@pytest.fixture
def spanish(app):
    install_translators(app, "es")
    return app


def write_map(path: Path, raw: dict[str, Any]) -> Path:
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def refused(manager: Any, shown: Shown, path: Path,
            why: str = "no es un mapa de recorrido válido") -> list[str]:
    """Open `path` as the editor does; it must open nothing and leave the file as it was.
    `why`: what the heading says of the file (a newer format is not an invalid map)."""
    before = path.read_bytes() if path.is_file() else None
    assert manager.open_path(path) is None
    assert manager.windows == []
    assert (path.read_bytes() if path.is_file() else None) == before
    assert shown.titles[-1] == "No se puede abrir el mapa"
    heading = shown.texts[-1].splitlines()[0]
    if path.is_file():
        assert heading == f"No se ha abierto «{path.name}»: {why}."
    else:  # nothing was read: it is not said to be a bad map
        assert heading == f"No se ha abierto «{path.name}»."
    lines = shown.problems[-1]
    assert lines and "\n".join(lines) in shown.texts[-1]
    for line in lines:
        assert not english_words(line), line
    return lines


def test_bad_json_names_its_line_and_column_in_spanish(spanish, manager, shown, tmp_path):
    path = tmp_path / "roto.cjmap"
    path.write_text('{\n  "format": "cjmap",\n  "version": 2\n  "meta": {}\n}\n',
                    encoding="utf-8")
    assert refused(manager, shown, path) == [
        'línea 4, columna 3: no es JSON válido: falta el separador ","']


def test_a_repeated_key_in_spanish(spanish, manager, shown, tmp_path):
    path = tmp_path / "fusion.cjmap"
    text = json.dumps(base_map(), ensure_ascii=False, indent=2).replace(
        '"title": "Mapa de prueba"', '"title": "Mapa de prueba",\n    "title": "Otro"')
    path.write_text(text, encoding="utf-8")
    assert refused(manager, shown, path) == [
        'meta: la clave "title" aparece dos veces; no se puede saber qué valor se quería, '
        "así que deje solo uno"]


def test_invalid_fields_in_spanish_and_the_hidden_ones_counted(spanish, manager, shown,
                                                              tmp_path, output_dir):
    raw = base_map()
    raw["stages"][0]["name"] = ""
    raw["stages"][1]["color"] = "#12"
    raw["stages"][2]["typo"] = 1
    raw["lanes"][4]["cards"][0]["severity"] = 9
    for card in raw["lanes"][0]["cards"] * 20:  # more problems than a dialog lists
        raw["lanes"][0]["cards"].append({**card, "id": f"c-{len(raw['lanes'][0]['cards'])}",
                                         "nota": "¿errata?"})
    shown.grab_to = output_dir / "load-problems-es.png"
    lines = refused(manager, shown, write_map(tmp_path / "taller.cjmap", raw))
    assert lines[:4] == [
        "stages[0].name: no puede estar vacío",
        'stages[1].color: no es un color: escríbalo como "#RRGGBB", p. ej. "#1F6FB2"',
        "stages[2].typo: no es una clave conocida (¿una errata?)",
        "lanes[0].cards[1].nota: no es una clave conocida (¿una errata?)",
    ]
    assert len(lines) == 21
    assert lines[-1] == "… y 4 problema(s) más que no se muestran"


def test_a_cross_object_rule_in_spanish(spanish, manager, shown, tmp_path):
    raw = base_map()
    raw["lanes"][0]["cards"][0]["stage"] = "s9"
    raw["lanes"][0]["cards"][0]["span"] = 1
    lines = refused(manager, shown, write_map(tmp_path / "referencias.cjmap", raw))
    assert lines == ['lanes[0].cards[0].stage: se refiere a una etapa "s9", que no existe']


def test_a_file_that_does_not_exist(spanish, manager, shown, tmp_path):
    assert refused(manager, shown, tmp_path / "perdido.cjmap") == ["perdido.cjmap: no existe"]


def test_a_folder(spanish, manager, shown, tmp_path):
    folder = tmp_path / "carpeta.cjmap"
    folder.mkdir()
    assert refused(manager, shown, folder) == [
        "carpeta.cjmap: es una carpeta, no un archivo de mapa"]


def test_a_newer_format_version(spanish, manager, shown, tmp_path):
    raw = base_map()
    raw["version"] = 99
    assert refused(manager, shown, write_map(tmp_path / "futuro.cjmap", raw),
                   "se guardó con un cjeditor más reciente") == [
        "version: se escribió con la versión 99 del formato, más reciente que la versión 2 "
        "que lee este cjeditor; actualice cjeditor para abrirlo"]


def test_a_version_1_file_using_a_version_2_key(spanish, manager, shown, tmp_path):
    raw = base_map()
    raw["version"] = 1
    raw["connections"] = []
    assert refused(manager, shown, write_map(tmp_path / "antiguo.cjmap", raw)) == [
        'connections: necesita la versión 2 del formato; este archivo dice "version": 1']


def test_text_that_is_not_utf8_or_json_at_all(spanish, manager, shown, tmp_path):
    latin1 = tmp_path / "latin1.cjmap"
    latin1.write_bytes('{"format": "cjmap",\n "título": 1}'.encode("latin-1"))
    assert refused(manager, shown, latin1) == [
        "línea 2, columna 4: no es texto UTF-8 (aquí hay un byte que no se puede leer)"]
    other = write_map(tmp_path / "otro.cjmap", {"hola": 1})
    assert refused(manager, shown, other) == [
        'format: no es un archivo cjmap (necesita "format": "cjmap" al principio)']
    deep = tmp_path / "hondo.cjmap"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert refused(manager, shown, deep) == [
        "hondo.cjmap: tiene demasiados niveles anidados para ser un mapa"]


def test_the_same_files_read_in_english_as_the_command_line_prints_them(app, manager, shown,
                                                                        tmp_path):
    raw = base_map()
    raw["version"] = 99
    assert manager.open_path(write_map(tmp_path / "future.cjmap", raw)) is None
    assert shown.problems[-1] == [
        "version: was written in format version 99, newer than version 2 that this "
        "cjeditor reads; update cjeditor to open it"]
    broken = tmp_path / "broken.cjmap"
    broken.write_text('{\n  "format": "cjmap",\n  "version": 2\n  "meta": {}\n}\n',
                      encoding="utf-8")
    assert manager.open_path(broken) is None
    assert shown.problems[-1] == ["line 4 column 3: is not valid JSON: expecting ',' delimiter"]


def test_the_heading_says_why_a_readable_file_was_refused(spanish, manager, shown, tmp_path):
    """A file refused for a reason of its own (no permission to read it, too large) is
    not said to be an invalid map. (As root no file is unreadable: the refusal is made
    as the reader makes it.)"""
    from cjeditor.fileio import MapLoadError, Problem
    from cjeditor.model.messages import Message

    path = tmp_path / "cerrado.cjmap"
    path.write_text("{}", encoding="utf-8")
    for message, heading in (
            (Message("file_permission"), "no se puede leer"),
            (Message("map_too_large", size=101, limit=100),
             "es demasiado grande para un mapa de recorrido")):
        manager.show_load_error(path, MapLoadError(path, [Problem(message)]), None)
        assert shown.texts[-1].splitlines()[0] == f"No se ha abierto «{path.name}»: {heading}."
