"""Built-in templates (cjeditor.templates) and the bundled example map."""

from __future__ import annotations

import base64
import json
import re
import struct
import subprocess
import sys
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from cjeditor.model import CARD_KINDS, LANE_TYPES, MOMENTS, JourneyMap
from cjeditor.templates import (
    LANGUAGES,
    TEMPLATE_NAMES,
    TemplateInfo,
    UnknownLanguageError,
    UnknownTemplateError,
    create_map,
    list_templates,
    load_template,
)

REPO = Path(__file__).resolve().parents[2]
ALL = [(name, lang) for name in TEMPLATE_NAMES for lang in LANGUAGES]


def all_ids(doc: JourneyMap) -> list[str]:
    ids = [p.id for p in doc.personas] + [p.id for p in doc.phases]
    ids += [s.id for s in doc.stages] + [a.id for a in doc.assets]
    for lane in doc.lanes:
        ids.append(lane.id)
        ids += [card.id for card in lane.cards]
    return ids


def canonical(doc: JourneyMap) -> str:
    return doc.model_dump_json(indent=2, exclude_defaults=True) + "\n"


# ----------------------------------------------------------------- templates


def test_names_and_languages():
    assert TEMPLATE_NAMES == (
        "blank", "moments-of-truth", "six-moments", "digital-era", "lean-three-phases",
        "service-blueprint",
    )  # fmt: skip
    assert LANGUAGES == ("es", "en")


def test_template_files_match_their_names_and_carry_both_languages():
    for name in TEMPLATE_NAMES:
        data = load_template(name)
        assert data["name"] == name
        texts = [data["title"], data["description"]]
        texts += [p["name"] for p in data["phases"]]
        for stage in data["stages"]:
            texts.append(stage["name"])
            if "description" in stage:
                texts.append(stage["description"])
        texts += [lane["title"] for lane in data["lanes"]]
        for card in data.get("cards", []):
            texts += [card["title"], *([card["text"]] if "text" in card else [])]
        for text in texts:
            assert set(text) == set(LANGUAGES), (name, text)
            assert all(isinstance(v, str) and v.strip() for v in text.values()), (name, text)


@pytest.mark.parametrize(("name", "language"), ALL)
def test_every_template_creates_a_valid_map(name, language):
    doc = create_map(name, language)
    assert isinstance(doc, JourneyMap)
    assert doc.version == 2  # the version the writer writes
    again = JourneyMap.model_validate(doc.model_dump(mode="json", exclude_defaults=True))
    assert again == doc
    # And through JSON text, as the file reader would see it.
    assert JourneyMap.model_validate(json.loads(canonical(doc))) == doc
    assert doc.meta.language == language
    assert doc.meta.title == load_template(name)["title"][language]
    assert doc.lanes, "every template has lanes"
    ids = all_ids(doc)
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(ph|s|l|c)-[0-9a-f]{6}", i) for i in ids), ids
    for phase in doc.phases:
        assert phase.id.startswith("ph-")
    for stage in doc.stages:
        assert stage.id.startswith("s-")
    for lane in doc.lanes:
        assert lane.id.startswith("l-")
        assert all(card.id.startswith("c-") for card in lane.cards)


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_languages_differ_only_in_text(name):
    es, en = create_map(name, "es"), create_map(name, "en")
    assert [s.moment for s in es.stages] == [s.moment for s in en.stages]
    assert [lane.type for lane in es.lanes] == [lane.type for lane in en.lanes]
    assert len(es.phases) == len(en.phases)
    assert [s.name for s in es.stages] != [s.name for s in en.stages]


def test_ids_are_fresh_between_calls():
    first, second = create_map("moments-of-truth"), create_map("moments-of-truth")
    assert not set(all_ids(first)) & set(all_ids(second))


def test_list_templates():
    infos = list_templates()
    assert [info.name for info in infos] == list(TEMPLATE_NAMES)
    counts = {info.name: info.stage_count for info in infos}
    assert counts == {
        "blank": 3, "moments-of-truth": 8, "six-moments": 7, "digital-era": 4,
        "lean-three-phases": 3, "service-blueprint": 6,
    }  # fmt: skip
    for info in infos:
        assert isinstance(info, TemplateInfo)
        assert info.languages == LANGUAGES
        assert set(info.title) == set(info.description) == set(LANGUAGES)
        assert info.stage_count == len(create_map(info.name).stages)
    by_name = {info.name: info for info in infos}
    assert by_name["moments-of-truth"].title["es"] == "Momentos de la verdad"
    assert by_name["six-moments"].title["es"] == "Seis momentos de verdad"


def test_moments_of_truth_structure():
    doc = create_map("moments-of-truth", "es")
    assert [p.name for p in doc.phases] == [
        "Concienciación", "Marketing", "Momentos de la verdad",
    ]  # fmt: skip
    phase_name = {p.id: p.name for p in doc.phases}
    assert [(phase_name[s.phase], s.name, s.moment) for s in doc.stages] == [
        ("Concienciación", "Concienciación", None),
        ("Marketing", "Descubrimiento", None),
        ("Marketing", "Aprendizaje", None),
        ("Momentos de la verdad", "Búsqueda online", "zmot"),
        ("Momentos de la verdad", "La elección", "fmot"),
        ("Momentos de la verdad", "Espera de la entrega", "amot"),
        ("Momentos de la verdad", "Probando el producto", "smot"),
        ("Momentos de la verdad", "La reacción", "tmot"),
    ]
    moments = [s.moment for s in doc.stages if s.moment]
    assert moments == ["zmot", "fmot", "amot", "smot", "tmot"]
    assert set(moments) == set(MOMENTS)
    en = create_map("moments-of-truth", "en")
    assert [p.name for p in en.phases] == ["Awareness", "Marketing", "Moments of truth"]
    assert en.stages[3].name == "Online search"


def test_six_moments_structure():
    doc = create_map("six-moments", "es")
    assert len(doc.stages) == 7
    assert doc.stages[0].moment == "zmot"
    assert "ZMOT" in doc.stages[0].name
    assert [s.name for s in doc.stages[1:]] == [
        "Quiere comprar", "Compra y uso", "Interacciones futuras", "Cuando algo falla",
        "El cliente habla de nosotros", "Experiencias memorables",
    ]  # fmt: skip


def test_digital_era_structure():
    doc = create_map("digital-era", "es")
    assert [s.name for s in doc.stages] == [
        "Captación o preventa", "Compra", "Fidelización o posventa", "Servicio al cliente",
    ]  # fmt: skip
    assert "touchpoints" in [lane.type for lane in doc.lanes]


def test_lean_three_phases_structure():
    doc = create_map("lean-three-phases", "es")
    assert [s.name for s in doc.stages] == [
        "Captación de clientes potenciales", "Entrega del producto o servicio",
        "Después de trabajar contigo",
    ]  # fmt: skip
    # the article's three phases, the first the one whose time and money give the CAC
    assert [(p.name, p.acquisition) for p in doc.phases] == [
        ("Fase 1: captación", True), ("Fase 2: entrega", False), ("Fase 3: después", False)]
    assert [s.phase for s in doc.stages] == [p.id for p in doc.phases]
    types = [lane.type for lane in doc.lanes]
    for wanted in ("objectives", "actions", "touchpoints", "emotions", "ideas"):
        assert wanted in types
    metrics = [lane.title for lane in doc.lanes if lane.type == "metrics"]
    assert metrics == ["Tiempo dedicado", "Dinero invertido"]
    en = create_map("lean-three-phases", "en")
    assert [lane.title for lane in en.lanes if lane.type == "metrics"] == [
        "Time spent", "Money spent",
    ]  # fmt: skip


def test_blank_is_small_and_generic():
    doc = create_map()
    assert doc.meta.language == "es"
    assert doc.meta.title == "Mapa en blanco"
    assert 2 <= len(doc.stages) <= 5
    assert not doc.phases
    assert not any(s.moment for s in doc.stages)
    assert 1 <= len(doc.lanes) <= 6
    assert not list(doc.all_cards())


def test_title_and_time():
    now = datetime(2026, 3, 1, 10, 30, 15, 123456, tzinfo=timezone(timedelta(hours=1)))
    doc = create_map("digital-era", "en", title="Mi tienda – “prueba” ¿ok?", now=now)
    assert doc.meta.title == "Mi tienda – “prueba” ¿ok?"
    assert doc.meta.created == doc.meta.modified == "2026-03-01T10:30:15+01:00"
    assert create_map("blank", "en", title="  ").meta.title == "Blank map"


def test_default_time_is_local_with_offset_and_seconds():
    before = datetime.now(UTC).replace(microsecond=0)
    doc = create_map()
    after = datetime.now(UTC)
    created = datetime.fromisoformat(doc.meta.created)
    assert created.tzinfo is not None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", doc.meta.created)
    assert before <= created <= after
    assert doc.meta.modified == doc.meta.created


def test_naive_now_gets_an_offset():
    doc = create_map(now=datetime(2026, 1, 2, 3, 4, 5))
    assert doc.meta.created.startswith("2026-01-02T03:04:05")
    assert datetime.fromisoformat(doc.meta.created).tzinfo is not None


def test_unknown_template_or_language():
    with pytest.raises(UnknownTemplateError, match="unknown template \"nope\".*blank"):
        create_map("nope")
    with pytest.raises(ValueError):
        create_map("nope")
    with pytest.raises(UnknownLanguageError, match="unknown template language \"fr\".*es, en"):
        create_map("blank", "fr")
    with pytest.raises(ValueError):
        create_map("six-moments", "EN")
    with pytest.raises(UnknownTemplateError):
        load_template("../examples/zapatillas-running")


def test_too_long_title_is_a_value_error():
    with pytest.raises(ValueError):
        create_map(title="x" * 201)


def test_templates_import_no_qt():
    code = (
        "import sys, cjeditor.templates as t; t.create_map('lean-three-phases'); "
        "t.list_templates(); "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# ----------------------------------------------------------------- example map


@pytest.fixture(scope="module")
def example_bytes() -> bytes:
    return (REPO / "resources" / "examples" / "zapatillas-running.cjmap").read_bytes()


@pytest.fixture(scope="module")
def example(example_bytes) -> JourneyMap:
    return JourneyMap.model_validate(json.loads(example_bytes.decode("utf-8")))


def test_example_is_canonical(example, example_bytes):
    assert canonical(example).encode("utf-8") == example_bytes
    assert example_bytes.endswith(b"}\n")
    assert b"\\u" not in example_bytes


def test_example_is_readable_as_a_package_resource(example_bytes):
    from importlib.resources import files

    resource = files("cjeditor.resources") / "examples" / "zapatillas-running.cjmap"
    assert resource.read_bytes() == example_bytes


def test_example_uses_every_lane_type_and_card_kind(example):
    assert {lane.type for lane in example.lanes} == set(LANE_TYPES)
    assert {card.kind for card in example.all_cards()} == set(CARD_KINDS)
    assert 60 <= len(list(example.all_cards())) <= 100


def test_example_meta_personas_and_structure(example):
    meta = example.meta
    assert meta.title == "Compra online de zapatillas de running"
    assert meta.product and meta.objective and meta.team_goal
    assert meta.language == "es" and meta.created and meta.modified and meta.authors
    assert len(example.personas) == 2
    laura = example.personas[0]
    assert laura.goals and laura.frustrations and laura.quote and laura.image
    assert laura.image in {a.id for a in example.assets}
    assert len(example.phases) == 3
    assert [s.moment for s in example.stages if s.moment] == [
        "zmot", "fmot", "amot", "smot", "tmot",
    ]  # fmt: skip
    assert 6 <= len(example.stages) <= 9


def test_example_covers_the_optional_fields(example):
    cards = list(example.all_cards())
    of = lambda kind: [c for c in cards if c.kind == kind]  # noqa: E731
    touch = of("touchpoint")
    assert any(c.decision_point for c in touch)
    assert {c.initiative for c in touch} >= {"proactive", "reactive"}
    assert any(c.channel_label for c in touch)
    assert {c.met for c in of("expectation")} >= {"yes", "partly", "no"}
    assert {c.evidence for c in cards} >= {"observed", "assumed"}
    assert len({c.severity for c in of("pain_point")}) >= 3
    feedback = of("feedback")
    assert len({c.source for c in feedback}) >= 4
    assert any(c.score is not None for c in feedback)
    pain_ids = {c.id for c in of("pain_point")}
    opportunities = of("opportunity")
    assert all(c.addresses and set(c.addresses) <= pain_ids for c in opportunities)
    assert any(c.priority for c in opportunities)
    ideas = of("idea")
    assert any(c.hypothesis and c.measure for c in ideas)
    assert {c.status for c in ideas} >= {"idea", "running", "validated", "invalidated"}
    metrics = of("metric")
    assert {c.measure for c in metrics} >= {"cost", "time"}
    assert all(c.unit for c in metrics if c.measure in ("cost", "time"))
    assert any(c.unit == "€" for c in metrics)
    assert any(c.span == 2 for c in cards)
    assert any(c.tags for c in cards)
    assert any(c.color for c in cards)
    assert any(e.emoji for e in of("emotion"))
    assert any(lane.persona for lane in example.lanes)


def test_example_is_version_2_and_uses_its_fields(example, example_bytes):
    """The example shows what version 2 added (links between maps point at files the
    example does not ship, so it has none)."""
    assert example.version == 2
    assert example_bytes.startswith(b'{\n  "format": "cjmap",\n  "version": 2,')
    assert example.meta.state == "current"
    assert any(phase.acquisition for phase in example.phases)
    assert [lane.line_below for lane in example.lanes if lane.line_below] == [
        "interaction", "visibility", "internal"]
    cards = list(example.all_cards())
    assert {c.scope for c in cards if c.kind == "metric"} == {"total", "per_customer"}
    assert any(c.impact and c.effort for c in cards if c.kind == "opportunity")
    assert any(c.impact and c.effort for c in cards if c.kind == "idea")
    assert {c.style for c in example.connections} == {"flow", "dependency"}
    assert any(c.label for c in example.connections)
    assert any(v.persona for v in example.views) and any(v.overlay_emotions for v in example.views)
    evidence = next(lane for lane in example.lanes if lane.type == "physical_evidence")
    assert {c.kind for c in evidence.cards} == {"note", "image"}


def test_example_text_has_spanish_characters(example_bytes):
    text = example_bytes.decode("utf-8")
    for ch in "áéíóúñ¿¡€“”—":
        assert ch in text, ch
    assert any(ord(ch) > 0xFFFF for ch in text), "an emoji"


def _png_pixels(raw: bytes) -> tuple[int, int, bytes]:
    """Decode an 8-bit RGB, non-interlaced PNG with zlib (filters undone)."""
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(raw):
        (length,) = struct.unpack(">I", raw[pos : pos + 4])
        tag, data = raw[pos + 4 : pos + 8], raw[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", raw[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(tag + data) == crc
        if tag == b"IHDR":
            header = struct.unpack(">IIBBBBB", data)
        elif tag == b"IDAT":
            idat += data
        pos += 12 + length
    width, height, depth, color_type, _, _, interlace = header
    assert (depth, color_type, interlace) == (8, 2, 0)
    data = zlib.decompress(idat)
    stride = width * 3
    assert len(data) == height * (stride + 1)
    assert all(data[y * (stride + 1)] == 0 for y in range(height))  # filter "none"
    pixels = b"".join(data[y * (stride + 1) + 1 : (y + 1) * (stride + 1)] for y in range(height))
    return width, height, pixels


def test_example_assets_are_real_pngs(example):
    assert len(example.assets) >= 2
    for asset in example.assets:
        raw = asset.decoded()
        assert asset.media_type == "image/png"
        assert len(raw) < 16 * 1024
        width, height, pixels = _png_pixels(raw)
        assert 64 <= width <= 200 and 64 <= height <= 200
        colours = {pixels[i : i + 3] for i in range(0, len(pixels), 3)}
        assert len(colours) > 20, "a drawing, not a flat colour"
    used = {c.asset for c in example.all_cards() if c.kind == "image"}
    used |= {p.image for p in example.personas if p.image}
    assert used == {a.id for a in example.assets}


def test_example_assets_decode_with_qt(example):
    qtgui = pytest.importorskip("PySide6.QtGui")
    for asset in example.assets:
        image = qtgui.QImage.fromData(base64.b64decode(asset.data))
        assert not image.isNull()
        assert image.width() > 0 and image.height() > 0


def test_generator_reproduces_the_example(tmp_path, example_bytes, monkeypatch):
    import importlib.util

    path = REPO / "tests" / "tools" / "make_example_map.py"
    spec = importlib.util.spec_from_file_location("make_example_map", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "example.cjmap"
    monkeypatch.setattr(module, "OUT", out)
    monkeypatch.setattr(module, "REPO", tmp_path)
    module.main()
    assert out.read_bytes() == example_bytes
