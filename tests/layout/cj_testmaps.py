"""Maps built in code for layout and export tests (and the benchmarks)."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

from cjeditor.model import CHANNELS, JourneyMap

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "zapatillas-running.cjmap"

MARKUP = '<b>x</b><img src="file:///etc/passwd"> & co'
SPANISH = "¿Qué tal? ¡Genial! 25 € “comillas” — raya"
LONG_WORD = "Supercalifragilisticoespialidoso" * 4


def tiny_png(width: int = 8, height: int = 6, rgb=(200, 80, 40)) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(
            ">I", zlib.crc32(tag + data) & 0xFFFFFFFF
        )

    row = b"\x00" + bytes(rgb) * width
    raw = row * height
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def rich_map(language: str = "es") -> JourneyMap:
    """Every lane type, every card kind, a span, links, personas, an image."""
    stages = [
        {"id": "s1", "name": "Búsqueda online", "phase": "ph1", "moment": "zmot"},
        {"id": "s2", "name": "La elección", "phase": "ph1", "moment": "fmot"},
        {"id": "s3", "name": "Espera de la entrega", "phase": "ph2", "moment": "amot",
         "width": 1.5},
        {"id": "s4", "name": "Probando el producto", "phase": "ph2", "moment": "smot"},
    ]
    lanes = [
        {"id": "l-obj", "type": "objectives", "title": "Objetivos", "cards": [
            {"id": "o1", "kind": "note", "stage": "s1", "title": "Encontrar zapatillas",
             "text": SPANISH},
            {"id": "o2", "kind": "note", "stage": "s2", "span": 2, "title": "Comprar sin sorpresas",
             "text": "Una tarjeta que ocupa dos etapas y es ancha", "evidence": "assumed"},
            {"id": "o3", "kind": "note", "stage": "s3", "title": "Debajo del ancho"},
            {"id": "o4", "kind": "note", "stage": "s4", "title": MARKUP, "text": LONG_WORD},
        ]},
        {"id": "l-tp", "type": "touchpoints", "title": "Puntos de contacto", "cards": [
            {"id": "t1", "kind": "touchpoint", "stage": "s1", "title": "Reseñas en Google",
             "channel": "reviews", "initiative": "reactive", "evidence": "observed"},
            {"id": "t2", "kind": "touchpoint", "stage": "s2", "title": "Pago en la tienda",
             "channel": "ecommerce", "decision_point": True, "initiative": "proactive"},
            {"id": "t3", "kind": "touchpoint", "stage": "s3", "title": "Email de seguimiento",
             "channel": "email"},
            {"id": "t4", "kind": "touchpoint", "stage": "s4", "title": "WhatsApp",
             "channel": "whatsapp", "channel_label": "WhatsApp Business"},
        ]},
        {"id": "l-exp", "type": "expectations", "title": "Expectativas", "cards": [
            {"id": "x1", "kind": "expectation", "stage": "s1", "title": "Opiniones reales",
             "met": "yes"},
            {"id": "x2", "kind": "expectation", "stage": "s2", "title": "Precio claro",
             "met": "partly"},
            {"id": "x3", "kind": "expectation", "stage": "s3", "title": "Entrega rápida",
             "met": "no"},
        ]},
        {"id": "l-th", "type": "thoughts", "title": "Pensamientos", "persona": "p1", "cards": [
            {"id": "h1", "kind": "note", "stage": "s2", "title": "“¿Y el envío?”"},
        ]},
        {"id": "l-emo", "type": "emotions", "title": "Curva emocional", "cards": [
            {"id": "e1", "kind": "emotion", "stage": "s1", "title": "Curiosa", "score": 1,
             "emoji": "🙂"},
            {"id": "e2", "kind": "emotion", "stage": "s2", "title": "Frustrada", "score": -2},
            {"id": "e3", "kind": "emotion", "stage": "s4", "title": "Encantada", "score": 2},
        ]},
        {"id": "l-pain", "type": "pain_points", "title": "Puntos de dolor", "cards": [
            {"id": "pp1", "kind": "pain_point", "stage": "s2", "title": "Gastos de envío ocultos",
             "severity": 4},
            {"id": "pp2", "kind": "pain_point", "stage": "s3", "title": "Sin seguimiento"},
        ]},
        {"id": "l-fb", "type": "feedback", "title": "Feedback", "persona": "p2", "cards": [
            {"id": "f1", "kind": "feedback", "stage": "s4", "title": "“Muy cómodas”",
             "source": "review", "score": 4.5},
        ]},
        {"id": "l-opp", "type": "opportunities", "title": "Oportunidades", "cards": [
            {"id": "op1", "kind": "opportunity", "stage": "s2",
             "title": "Mostrar el envío desde la ficha", "addresses": ["pp1"], "priority": 1},
            {"id": "op2", "kind": "opportunity", "stage": "s4", "title": "Seguimiento por SMS",
             "addresses": ["pp2"]},
        ]},
        {"id": "l-ideas", "type": "ideas", "title": "Ideas", "cards": [
            {"id": "i1", "kind": "idea", "stage": "s2", "title": "Envío gratis > 50 €",
             "hypothesis": "Sube la conversión", "measure": "conversión", "status": "running"},
        ]},
        {"id": "l-met", "type": "metrics", "title": "Métricas", "cards": [
            {"id": "m1", "kind": "metric", "stage": "s1", "title": "Coste", "measure": "cost",
             "value": 1200, "unit": "€"},
            {"id": "m2", "kind": "metric", "stage": "s2", "title": "Coste", "measure": "cost",
             "value": 800, "unit": "€"},
            {"id": "m3", "kind": "metric", "stage": "s2", "title": "Clientes",
             "measure": "customers", "value": 40},
        ]},
        {"id": "l-img", "type": "images", "title": "Imágenes", "cards": [
            {"id": "im1", "kind": "image", "stage": "s1", "title": "Boceto", "asset": "a1"},
        ]},
        {"id": "l-back", "type": "backstage", "title": "Procesos internos", "collapsed": True,
         "cards": [{"id": "b1", "kind": "note", "stage": "s1", "title": "Oculta"}]},
    ]
    data = {
        "format": "cjmap",
        "version": 2,
        "meta": {"title": "Compra online de zapatillas", "product": "Zapatillas de running",
                 "objective": "Captar más clientes en la búsqueda online (ZMOT)",
                 "language": language, "modified": "2026-03-01T10:30:00+01:00"},
        "personas": [{"id": "p1", "name": "Laura"}, {"id": "p2", "name": "Carlos"}],
        "phases": [{"id": "ph1", "name": "Antes de comprar"},
                   {"id": "ph2", "name": "Después de comprar"}],
        "stages": stages,
        "lanes": lanes,
        "assets": [{"id": "a1", "media_type": "image/png",
                    "data": base64.b64encode(tiny_png(40, 30)).decode()}],
    }
    return JourneyMap.model_validate(data)


def big_map(n_cards: int = 3000, stages: int = 20, lanes: int = 15) -> JourneyMap:
    """A large map with varied text, for performance checks."""
    words = [
        "cliente", "compra", "envío", "tienda", "online", "reseña", "precio", "entrega",
        "rápida", "móvil", "pago", "devolución", "zapatillas", "talla", "experiencia", "atención",
    ]  # fmt: skip
    lane_types = ["actions", "touchpoints", "thoughts", "pain_points", "opportunities",
                  "ideas", "notes", "metrics", "feedback", "expectations", "objectives",
                  "backstage", "notes", "actions", "thoughts"]
    stage_list = [{"id": f"s{i}", "name": f"Etapa {i} {words[i % len(words)]}"}
                  for i in range(stages)]
    lane_list = []
    per_lane = n_cards // lanes
    k = 0
    for li in range(lanes):
        ltype = lane_types[li % len(lane_types)]
        cards = []
        for j in range(per_lane):
            k += 1
            title = " ".join(words[(k + t) % len(words)] for t in range(3 + k % 4)) + f" {k}"
            text = " ".join(words[(k * 7 + t) % len(words)] for t in range(8 + k % 15))
            card = {"id": f"c{k}", "stage": f"s{j % stages}", "title": title, "text": text}
            card.update(_kind_fields(ltype, k))
            cards.append(card)
        lane_list.append({"id": f"l{li}", "type": ltype, "title": f"Carril {li} {ltype}",
                          "cards": cards})
    lane_list.append({"id": "lemo", "type": "emotions", "title": "Emociones", "cards": [
        {"id": f"em{i}", "kind": "emotion", "stage": f"s{i}", "title": "Ánimo",
         "score": (i % 5) - 2} for i in range(stages)]})
    data = {"format": "cjmap", "version": 2, "meta": {"title": "Mapa grande"},
            "personas": [], "phases": [], "stages": stage_list, "lanes": lane_list,
            "assets": []}
    return JourneyMap.model_validate(data)


def _kind_fields(ltype: str, k: int) -> dict:
    if ltype == "touchpoints":
        return {"kind": "touchpoint", "channel": CHANNELS[k % len(CHANNELS)]}
    if ltype == "pain_points":
        return {"kind": "pain_point", "severity": 1 + k % 5}
    if ltype == "opportunities":
        return {"kind": "opportunity"}
    if ltype == "ideas":
        return {"kind": "idea", "status": "idea"}
    if ltype == "metrics":
        return {"kind": "metric", "measure": "cost", "value": k, "unit": "€"}
    if ltype == "feedback":
        return {"kind": "feedback", "source": "survey"}
    if ltype == "expectations":
        return {"kind": "expectation", "met": "yes"}
    return {"kind": "note"}
