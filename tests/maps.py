"""Small valid documents for tests, as raw dicts (what a file holds)."""

from __future__ import annotations

import base64
import copy
import struct
import zlib
from typing import Any


def png_bytes(width: int = 2, height: int = 2, claimed: tuple[int, int] | None = None) -> bytes:
    """A real PNG of `width` x `height` grey pixels; `claimed` fakes the header's size."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    head_w, head_h = claimed or (width, height)
    ihdr = struct.pack(">IIBBBBB", head_w, head_h, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a baseline JPEG: SOI, APP0, SOF0 with the given size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


BASE: dict[str, Any] = {
    "format": "cjmap",
    "version": 2,
    "meta": {"title": "Mapa de prueba", "language": "es"},
    "personas": [{"id": "p-1", "name": "Laura", "image": "a-1"}],
    "phases": [{"id": "ph-1", "name": "Compra"}],
    "stages": [
        {"id": "s-1", "name": "Búsqueda", "phase": "ph-1", "moment": "zmot"},
        {"id": "s-2", "name": "Elección", "phase": "ph-1", "moment": "fmot"},
        {"id": "s-3", "name": "Uso"},
    ],
    "lanes": [
        {"id": "l-notes", "type": "actions", "title": "Acciones", "persona": "p-1", "cards": [
            {"id": "c-note", "kind": "note", "stage": "s-1", "title": "Busca", "span": 2},
        ]},
        {"id": "l-tp", "type": "touchpoints", "title": "Puntos de contacto", "cards": [
            {"id": "c-tp", "kind": "touchpoint", "stage": "s-1", "title": "Google",
             "channel": "reviews", "initiative": "reactive", "decision_point": True},
        ]},
        {"id": "l-exp", "type": "expectations", "title": "Expectativas", "cards": [
            {"id": "c-exp", "kind": "expectation", "stage": "s-2", "title": "Envío", "met": "no"},
        ]},
        {"id": "l-emo", "type": "emotions", "title": "Emociones", "cards": [
            {"id": "c-emo1", "kind": "emotion", "stage": "s-1", "title": "Curiosa", "score": 1},
            {"id": "c-emo2", "kind": "emotion", "stage": "s-2", "title": "Harta", "score": -2,
             "emoji": "😟"},
        ]},
        {"id": "l-pain", "type": "pain_points", "title": "Dolor", "cards": [
            {"id": "c-pain", "kind": "pain_point", "stage": "s-2", "title": "Envío caro",
             "severity": 4},
        ]},
        {"id": "l-fb", "type": "feedback", "title": "Feedback", "cards": [
            {"id": "c-fb", "kind": "feedback", "stage": "s-2", "title": "«Caro»",
             "source": "review", "score": 2.5},
        ]},
        {"id": "l-opp", "type": "opportunities", "title": "Oportunidades", "cards": [
            {"id": "c-opp", "kind": "opportunity", "stage": "s-2", "title": "Envío gratis",
             "addresses": ["c-pain"], "priority": 1},
        ]},
        {"id": "l-idea", "type": "ideas", "title": "Ideas", "cards": [
            {"id": "c-idea", "kind": "idea", "stage": "s-3", "title": "Test A/B",
             "hypothesis": "Si…", "measure": "conversión", "status": "running"},
        ]},
        {"id": "l-met", "type": "metrics", "title": "Coste", "cards": [
            {"id": "c-met", "kind": "metric", "stage": "s-1", "title": "CPC", "measure": "cost",
             "value": 0.35, "unit": "€"},
        ]},
        {"id": "l-img", "type": "images", "title": "Imágenes", "cards": [
            {"id": "c-img", "kind": "image", "stage": "s-3", "title": "Caja", "asset": "a-1"},
        ]},
    ],
    "assets": [{"id": "a-1", "media_type": "image/png", "name": "cara.png",
                "data": b64(png_bytes())}],
}


def base_map() -> dict[str, Any]:
    """A fresh deep copy of a valid map using every card kind."""
    return copy.deepcopy(BASE)


def v2_map() -> dict[str, Any]:
    """base_map plus every key format version 2 added (blueprint lanes and lines,
    connections, views, prioritisation, scope, acquisition, state, links)."""
    doc = base_map()
    doc["meta"].update(state="future", counterpart="../actual/compra.cjmap")
    doc["phases"][0]["acquisition"] = True
    doc["stages"][1]["link"] = "detalle/elección.cjmap"
    lanes = {lane["id"]: lane for lane in doc["lanes"]}
    lanes["l-notes"]["line_below"] = "interaction"
    lanes["l-tp"]["line_below"] = "visibility"
    lanes["l-met"]["line_below"] = "internal"
    lanes["l-notes"]["cards"][0]["link"] = "busqueda.cjmap"
    lanes["l-opp"]["cards"][0].update(impact=5, effort=2)
    lanes["l-idea"]["cards"][0].update(impact=2, effort=4)
    lanes["l-met"]["cards"][0]["scope"] = "per_customer"
    doc["lanes"] += [
        {"id": "l-ev", "type": "physical_evidence", "title": "Evidencia física", "cards": [
            {"id": "c-ev1", "kind": "note", "stage": "s-1", "title": "Ticket"},
            {"id": "c-ev2", "kind": "image", "stage": "s-2", "title": "Caja", "asset": "a-1"}]},
        {"id": "l-front", "type": "frontstage", "title": "Frontstage", "cards": [
            {"id": "c-fr", "kind": "note", "stage": "s-2", "title": "Dependiente"}]},
        {"id": "l-sup", "type": "support", "title": "Soporte", "cards": [
            {"id": "c-sup", "kind": "note", "stage": "s-2", "title": "ERP"}]},
    ]
    doc["connections"] = [
        {"id": "k-1", "from": "c-fr", "to": "c-sup", "label": "pide stock"},
        {"id": "k-2", "from": "c-tp", "to": "c-fr", "style": "dependency"},
        {"id": "k-3", "from": "c-pain", "to": "c-opp"},
        {"id": "k-4", "from": "c-sup", "to": "c-tp"},
    ]
    doc["views"] = [
        {"id": "v-sup", "name": "Para soporte", "lanes": ["l-front", "l-sup", "l-tp"],
         "persona": "p-1"},
        {"id": "v-front", "name": "Solo frontstage", "lanes": ["l-front"]},
        {"id": "v-emo", "name": "Curvas", "overlay_emotions": True},
    ]
    return doc
