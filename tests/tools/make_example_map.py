"""Regenerate resources/examples/zapatillas-running.cjmap, the bundled example map.

Run from the repository root:

    .venv/bin/python tests/tools/make_example_map.py

The pictures are drawn here pixel by pixel (3x supersampled, no Qt) and written
as PNG with zlib and struct, so the output is the same on every machine. The
map is written canonically: validated with JourneyMap, then
`model_dump_json(indent=2, exclude_defaults=True)` plus a final newline.
"""

from __future__ import annotations

import base64
import json
import math
import struct
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "resources" / "examples" / "zapatillas-running.cjmap"
FUTURE_NAME = "zapatillas-running-futuro.cjmap"  # beside OUT, its counterpart

sys.path.insert(0, str(REPO))
from cjeditor.model import JourneyMap  # noqa: E402

# --------------------------------------------------------------------------- PNG

SS = 3  # supersampling factor


class Canvas:
    """An RGB canvas drawn at SS times the final size and averaged down."""

    def __init__(self, width: int, height: int, background: tuple[int, int, int]) -> None:
        self.width, self.height = width, height
        self.w, self.h = width * SS, height * SS
        self.px = [list(background) * self.w for _ in range(self.h)]

    def _fill(self, x0: float, y0: float, x1: float, y1: float, inside, color) -> None:
        """Paint every subpixel of the box (final-pixel units) where inside(x, y) holds."""
        r, g, b = color
        for sy in range(max(0, int(y0 * SS)), min(self.h, int(math.ceil(y1 * SS)) + 1)):
            y = (sy + 0.5) / SS
            row = self.px[sy]
            for sx in range(max(0, int(x0 * SS)), min(self.w, int(math.ceil(x1 * SS)) + 1)):
                x = (sx + 0.5) / SS
                if inside(x, y):
                    row[3 * sx : 3 * sx + 3] = (r, g, b)

    def rect(self, x0, y0, x1, y1, color) -> None:
        self._fill(x0, y0, x1, y1, lambda x, y: x0 <= x < x1 and y0 <= y < y1, color)

    def ellipse(self, cx, cy, rx, ry, color) -> None:
        self._fill(cx - rx, cy - ry, cx + rx, cy + ry,
                   lambda x, y: ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1, color)

    def polygon(self, points, color) -> None:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]

        def inside(x: float, y: float) -> bool:
            hit = False
            n = len(points)
            for i in range(n):
                (ax, ay), (bx, by) = points[i], points[(i + 1) % n]
                if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                    hit = not hit
            return hit

        self._fill(min(xs), min(ys), max(xs), max(ys), inside, color)

    def line(self, ax, ay, bx, by, width, color) -> None:
        half = width / 2
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy or 1e-9

        def inside(x: float, y: float) -> bool:
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
            px, py = ax + t * dx - x, ay + t * dy - y
            return px * px + py * py <= half * half

        self._fill(min(ax, bx) - half, min(ay, by) - half, max(ax, bx) + half,
                   max(ay, by) + half, inside, color)

    def arc(self, cx, cy, radius, start_deg, end_deg, width, color) -> None:
        """A stroked circular arc; angles in degrees, 0 = right, 90 = down."""
        half = width / 2

        def inside(x: float, y: float) -> bool:
            d = math.hypot(x - cx, y - cy)
            if abs(d - radius) > half:
                return False
            angle = math.degrees(math.atan2(y - cy, x - cx)) % 360
            return start_deg <= angle <= end_deg

        r = radius + half
        self._fill(cx - r, cy - r, cx + r, cy + r, inside, color)

    def png(self) -> bytes:
        raw = bytearray()
        n = SS * SS
        for y in range(self.height):
            raw.append(0)  # filter: none
            rows = self.px[y * SS : (y + 1) * SS]
            for x in range(self.width):
                for channel in range(3):
                    total = 0
                    for row in rows:
                        base = 3 * x * SS + channel
                        total += sum(row[base : base + 3 * SS : 3])
                    raw.append((total + n // 2) // n)

        def chunk(tag: bytes, data: bytes) -> bytes:
            body = tag + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def draw_laura() -> bytes:
    """A portrait: ponytail, headband, smile, running top."""
    c = Canvas(96, 96, (214, 234, 248))
    hair, skin, top = (92, 58, 38), (241, 196, 160), (230, 80, 70)
    c.ellipse(72, 34, 10, 16, hair)                     # ponytail
    c.ellipse(48, 100, 34, 26, top)                     # shoulders
    c.rect(42, 60, 54, 74, skin)                        # neck
    c.polygon([(40, 72), (56, 72), (48, 82)], skin)     # neckline
    c.ellipse(48, 44, 22, 26, hair)                     # hair behind the face
    c.ellipse(48, 48, 19, 23, skin)                     # face
    c.ellipse(29, 50, 4, 6, skin)                       # ears
    c.ellipse(67, 50, 4, 6, skin)
    c.polygon([(28, 38), (34, 24), (48, 20), (62, 24), (68, 38), (60, 30), (40, 30)], hair)
    c.rect(27, 32, 69, 37, (255, 255, 255))             # headband
    c.ellipse(41, 47, 2.2, 2.6, (40, 40, 60))           # eyes
    c.ellipse(55, 47, 2.2, 2.6, (40, 40, 60))
    c.line(37, 42, 44, 41, 1.2, hair)                   # eyebrows
    c.line(52, 41, 59, 42, 1.2, hair)
    c.line(48, 50, 47, 56, 1.2, (214, 160, 128))        # nose
    c.arc(48, 56, 8, 25, 155, 1.8, (180, 60, 70))       # smile
    c.ellipse(38, 57, 3.5, 2, (246, 170, 160))          # cheeks
    c.ellipse(58, 57, 3.5, 2, (246, 170, 160))
    c.line(40, 84, 56, 84, 2, (255, 255, 255))          # stripe on the top
    return c.png()


def draw_box() -> bytes:
    """Storyboard: a dented shoe box on a doorstep, a shoe peeking out."""
    c = Canvas(200, 120, (250, 246, 238))
    c.rect(0, 92, 200, 120, (204, 190, 168))            # floor
    c.rect(0, 0, 14, 92, (120, 150, 180))               # door frame
    c.rect(186, 0, 200, 92, (120, 150, 180))
    ink = (70, 50, 35)
    front = [(40, 58), (130, 58), (130, 104), (40, 104)]
    side = [(130, 58), (166, 40), (166, 86), (130, 104)]
    top = [(40, 58), (76, 40), (166, 40), (130, 58)]
    c.polygon(front, (214, 160, 96))
    c.polygon(side, (186, 132, 74))
    c.polygon(top, (232, 186, 124))
    for shape in (front, side, top):
        for i in range(len(shape)):
            (ax, ay), (bx, by) = shape[i], shape[(i + 1) % len(shape)]
            c.line(ax, ay, bx, by, 1.4, ink)
    # the dent: a crumpled corner
    c.polygon([(110, 58), (130, 58), (130, 76), (122, 66)], (160, 110, 60))
    c.line(110, 58, 122, 66, 1.2, ink)
    c.line(122, 66, 130, 76, 1.2, ink)
    # label and tape
    c.rect(56, 70, 96, 88, (255, 255, 255))
    for y in (74, 78, 82):
        c.line(60, y, 90, y, 1, (120, 120, 120))
    c.polygon([(84, 40), (98, 40), (62, 58), (48, 58)], (236, 220, 180))
    # a running shoe on the lid: sole, upper, laces, swoosh-like stripe
    c.polygon([(70, 40), (69, 24), (76, 18), (84, 22), (92, 20), (104, 24), (118, 30),
               (132, 33), (139, 37), (140, 40)], (70, 140, 220))
    c.rect(70, 39, 140, 44, (250, 250, 250))
    c.line(70, 44, 140, 44, 1.2, (60, 60, 60))
    for x in (94, 101, 108):
        c.line(x, 23, x + 4, 31, 1.4, (255, 255, 255))
    c.line(76, 36, 120, 34, 2, (250, 200, 60))
    # motion lines: the delivery van just left
    for y in (20, 28, 36):
        c.line(20, y, 44, y, 1.6, (150, 160, 170))
    return c.png()


def draw_phone() -> bytes:
    """Storyboard: a phone showing a product page with stars and a price."""
    c = Canvas(160, 120, (232, 244, 236))
    c.ellipse(80, 126, 70, 24, (206, 226, 212))
    c.rect(52, 8, 108, 114, (40, 44, 52))               # phone body
    c.rect(56, 16, 104, 104, (255, 255, 255))           # screen
    c.rect(56, 16, 104, 26, (230, 80, 70))              # shop header
    c.ellipse(80, 110, 3, 3, (90, 94, 104))             # home button
    c.polygon([(60, 50), (60, 38), (64, 35), (68, 37), (72, 36), (78, 38), (86, 42),
               (95, 44), (100, 47), (100, 50)], (70, 140, 220))  # shoe on the screen
    c.rect(60, 49, 100, 53, (240, 240, 240))
    for i in range(5):                                  # stars: four and a half
        cx = 63 + i * 8.5
        pts = []
        for k in range(10):
            r = 3.4 if k % 2 == 0 else 1.4
            a = math.radians(-90 + k * 36)
            pts.append((cx + r * math.cos(a), 62 + r * math.sin(a)))
        c.polygon(pts, (245, 190, 40) if i < 4 else (220, 220, 220))
    c.rect(60, 71, 86, 76, (40, 40, 40))                # price
    c.rect(60, 81, 100, 83, (200, 200, 200))            # text lines
    c.rect(60, 86, 94, 88, (200, 200, 200))
    c.rect(66, 92, 94, 100, (60, 170, 90))              # buy button
    c.ellipse(124, 40, 14, 10, (255, 255, 255))         # thought bubble: “?”
    c.ellipse(110, 54, 3, 3, (255, 255, 255))
    c.arc(124, 37, 4, 180, 360, 1.8, (70, 70, 70))
    c.arc(124, 37, 4, 0, 60, 1.8, (70, 70, 70))
    c.line(126, 40, 124, 43, 1.8, (70, 70, 70))
    c.ellipse(124, 46.5, 1.1, 1.1, (70, 70, 70))
    return c.png()


def asset(asset_id: str, name: str, png: bytes) -> dict:
    return {"id": asset_id, "media_type": "image/png", "name": name,
            "data": base64.b64encode(png).decode("ascii")}


# --------------------------------------------------------------------------- map

def note(cid, stage, title, **extra):
    return {"id": cid, "kind": "note", "stage": stage, "title": title, **extra}


def tp(cid, stage, title, channel, **extra):
    return {"id": cid, "kind": "touchpoint", "stage": stage, "title": title,
            "channel": channel, **extra}


def expect(cid, stage, title, met, **extra):
    return {"id": cid, "kind": "expectation", "stage": stage, "title": title, "met": met,
            **extra}


def emotion(cid, stage, title, score, **extra):
    return {"id": cid, "kind": "emotion", "stage": stage, "title": title, "score": score,
            **extra}


def pain(cid, stage, title, severity, **extra):
    return {"id": cid, "kind": "pain_point", "stage": stage, "title": title,
            "severity": severity, **extra}


def feedback(cid, stage, title, source, **extra):
    return {"id": cid, "kind": "feedback", "stage": stage, "title": title, "source": source,
            **extra}


def opportunity(cid, stage, title, addresses, priority, **extra):
    return {"id": cid, "kind": "opportunity", "stage": stage, "title": title,
            "addresses": addresses, "priority": priority, **extra}


def idea(cid, stage, title, **extra):
    return {"id": cid, "kind": "idea", "stage": stage, "title": title, **extra}


def metric(cid, stage, title, measure, value, unit=None, **extra):
    card = {"id": cid, "kind": "metric", "stage": stage, "title": title, "measure": measure,
            "value": value, **extra}
    if unit is not None:
        card["unit"] = unit
    return card


def image(cid, stage, title, asset_id, **extra):
    return {"id": cid, "kind": "image", "stage": stage, "title": title, "asset": asset_id,
            **extra}


C, D, A = "s-concienciacion", "s-descubrimiento", "s-aprendizaje"
Z, F, AM, S, T = "s-zmot", "s-fmot", "s-amot", "s-smot", "s-tmot"

META = {
    "title": "Compra online de zapatillas de running",
    "product": "Zapatillas de running en la tienda online Zancada (web y app)",
    "objective": (
        "Entender por qué tantos corredores que llegan desde Google abandonan el carrito "
        "y captar más clientes en la búsqueda online (ZMOT). ¿Dónde perdemos a Laura y "
        "qué la haría volver?"
    ),
    "team_goal": (
        "Bajar el abandono del carrito del 68 % al 50 % y convertir las devoluciones por "
        "talla en cambios sin coste antes de la temporada de maratones de otoño."
    ),
    "language": "es",
    "created": "2026-02-16T09:30:00+01:00",
    "modified": "2026-03-04T18:12:40+01:00",
    "state": "current",
    "counterpart": FUTURE_NAME,
    "authors": ["Marta Ruiz (Experiencia de cliente)", "Íñigo Sáez (Marketing digital)",
                "Nuria Peña (Logística)"],
}

PERSONAS = [
    {
        "id": "p-laura",
        "name": "Laura Martín",
        "role": "Corredora aficionada, 34 años, Zaragoza",
        "description": (
            "Diseñadora gráfica. Corre desde hace tres años, cuatro días a la semana, y "
            "prepara su primera media maratón. Compra casi todo desde el móvil, por la "
            "noche, y se fía más de las opiniones de su club que de la publicidad."
        ),
        "goals": [
            "Terminar la media maratón de Valencia en menos de 2 horas",
            "Correr sin molestias en las rodillas",
            "Acertar con la talla a la primera",
        ],
        "frustrations": [
            "Costes que aparecen en el último paso del pago",
            "Guías de tallas que no coinciden entre marcas",
            "Jerga técnica: drop, pronación, stack…",
        ],
        "quote": "“No quiero la zapatilla más cara: quiero la que no me haga daño.”",
        "image": "a-laura",
        "color": "#E6504A",
    },
    {
        "id": "p-andres",
        "name": "Andrés Gil",
        "role": "Corredor veterano, 52 años, repite modelo",
        "description": (
            "Lleva 15 maratones. Sabe exactamente qué modelo y talla quiere y solo busca "
            "el mejor precio y una entrega rápida."
        ),
        "goals": ["Recibir el mismo modelo antes de su próxima carrera"],
        "color": "#2E7D9A",
    },
]

PHASES = [
    {"id": "ph-concienciacion", "name": "Concienciación", "color": "#8E9AAF",
     "acquisition": True},
    {"id": "ph-marketing", "name": "Marketing", "color": "#5B8DB8", "acquisition": True},
    {"id": "ph-momentos", "name": "Momentos de la verdad", "color": "#D9822B"},
]

STAGES = [
    {"id": C, "name": "Concienciación", "phase": "ph-concienciacion",
     "description": "Sus zapatillas tienen 700 km y le empiezan a doler las rodillas."},
    {"id": D, "name": "Descubrimiento", "phase": "ph-marketing",
     "description": ("Busca por qué le duelen las rodillas al correr y cuándo cambiar "
                     "de zapatillas.")},
    {"id": A, "name": "Aprendizaje", "phase": "ph-marketing",
     "description": "Aprende qué es la pisada, el drop y la amortiguación; compara tipos."},
    {"id": Z, "name": "Búsqueda online", "phase": "ph-momentos", "moment": "zmot",
     "description": "Compara modelos y precios, lee reseñas y pregunta en Instagram."},
    {"id": F, "name": "La elección", "phase": "ph-momentos", "moment": "fmot",
     "description": "Elige modelo y talla en la tienda online y paga.", "width": 1.5,
     # a link to another map: this stage as it should be, with the size guide before paying
     "link": FUTURE_NAME},
    {"id": AM, "name": "Espera de la entrega", "phase": "ph-momentos", "moment": "amot",
     "description": "Tres días de espera, un seguimiento que no se mueve y una caja abollada."},
    {"id": S, "name": "Probando el producto", "phase": "ph-momentos", "moment": "smot",
     "description": "Primeros rodajes: ¿cumplen lo que prometían?", "width": 1.5},
    {"id": T, "name": "La reacción", "phase": "ph-momentos", "moment": "tmot",
     "description": "Opina, publica y recomienda (o no) a su club.", "color": "#FCE8D5"},
]

LANES = [
    {"id": "l-objetivos", "type": "objectives", "title": "Objetivos", "cards": [
        note("obj-1", C, "Volver a correr sin dolor"),
        note("obj-2", A, "Encontrar la zapatilla adecuada para su pisada", span=2,
             text="Neutra o con control de pronación, buena amortiguación, menos de 140 €."),
        note("obj-3", F, "Comprar al mejor precio y sin sorpresas"),
        note("obj-4", T, "Negocio: que Laura vuelva a comprar y nos recomiende",
             tags=["negocio", "CLTV"], color="#DCEBFA"),
    ]},
    {"id": "l-acciones", "type": "actions", "title": "Acciones del cliente",
     "line_below": "interaction", "cards": [
        note("act-1", C, "Nota molestias después de las tiradas largas"),
        note("act-2", D, "Busca en Google «me duelen las rodillas al correr»"),
        note("act-3", A, "Ve vídeos sobre tipos de pisada y pregunta en su club"),
        note("act-4", Z, "Compara tres modelos en cuatro tiendas y lee reseñas"),
        note("act-5", F, "Elige talla 39, añade al carrito, crea una cuenta y paga con Bizum"),
        note("act-6", AM, "Consulta el seguimiento cinco veces y llama al servicio de atención"),
        note("act-7", S, "Sale a rodar 8 km; le aprietan y pide un cambio a la talla 39,5"),
        note("act-8", T, "Publica su primera tirada larga y escribe una reseña"),
    ]},
    {"id": "l-contacto", "type": "touchpoints", "title": "Puntos de contacto", "cards": [
        tp("tp-1", C, "Anuncio de la nueva colección", "instagram", initiative="proactive",
           evidence="observed"),
        tp("tp-2", D, "Artículo del blog: ¿Cuándo cambiar tus zapatillas?", "content",
           initiative="proactive", evidence="observed", tags=["SEO"]),
        tp("tp-3", A, "Consejo de una compañera del club", "referral",
           channel_label="Club de running"),
        tp("tp-4", Z, "Reseñas en Google y en la ficha de producto", "reviews",
           initiative="reactive", decision_point=True, evidence="observed"),
        tp("tp-6", F, "Ficha de producto y guía de tallas", "ecommerce",
           initiative="reactive", decision_point=True),
        tp("tp-7", F, "Chat con una asesora por WhatsApp", "whatsapp", initiative="reactive",
           evidence="assumed"),
        tp("tp-8", AM, "Email de confirmación con enlace de seguimiento", "email",
           initiative="proactive"),
        tp("tp-9", AM, "Llamada al servicio de atención", "phone", initiative="reactive"),
        tp("tp-10", S, "Tarjeta de agradecimiento en la caja", "thank_you",
           initiative="proactive"),
        tp("tp-11", S, "Portal de cambios y devoluciones", "self_service",
           initiative="reactive", decision_point=True),
        tp("tp-12", T, "Encuesta de satisfacción a los 15 días", "survey",
           initiative="proactive"),
        tp("tp-13", T, "Programa de puntos Club Zancada", "loyalty", initiative="proactive",
           channel_label="App Zancada"),
    ]},
    {"id": "l-expectativas", "type": "expectations", "title": "Expectativas", "cards": [
        expect("exp-1", Z, "Opiniones de corredoras con mi peso y mi ritmo", "partly"),
        expect("exp-2", F, "Saber el precio final antes de dar mis datos", "no",
               evidence="observed"),
        expect("exp-3", F, "Pagar con Bizum", "yes"),
        expect("exp-4", AM, "Recibirlas en 48 horas, como prometían", "partly",
               text="Llegaron en 72 horas."),
        expect("exp-5", S, "Que la talla coincida con mis zapatillas anteriores", "no",
               evidence="observed"),
        expect("exp-6", T, "Que contesten si escribo una queja", "yes", evidence="assumed"),
    ]},
    {"id": "l-pensamientos", "type": "thoughts", "title": "Pensamientos", "persona": "p-laura",
     "cards": [
        note("th-1", C, "“¿Serán las zapatillas… o seré yo, que ya no tengo 25 años?”"),
        note("th-2", A, "“¿Pronadora, neutra, drop de 8 mm? ¡Cuánta jerga!”"),
        note("th-3", Z, "“Si tantos dicen que tallan pequeño, ¿pido media talla más?”"),
        note("th-4", F, "“¿6,95 € de envío? Eso no lo ponía en la ficha.”"),
        note("th-5", S, "“¡Qué ligeras! Pero me aprietan en el dedo gordo.”"),
    ]},
    {"id": "l-emociones", "type": "emotions", "title": "Curva emocional de Laura",
     "persona": "p-laura", "cards": [
        emotion("emo-1", C, "Preocupada", -1, emoji="😟"),
        emotion("emo-2", D, "Curiosa", 1),
        emotion("emo-3", A, "Abrumada", -1),
        emotion("emo-4", Z, "Ilusionada", 1, emoji="🤩"),
        emotion("emo-5", F, "Frustrada", -2, emoji="😠", evidence="observed"),
        emotion("emo-6", AM, "Impaciente", -1),
        emotion("emo-7", S, "Aliviada", 1, text="Tras el cambio de talla, gratis."),
        emotion("emo-8", T, "Entusiasmada", 2, emoji="😀"),
    ]},
    {"id": "l-emociones-andres", "type": "emotions", "title": "Curva emocional de Andrés",
     "persona": "p-andres", "collapsed": True, "cards": [
        emotion("emo-a1", Z, "Decidido", 1, evidence="assumed"),
        emotion("emo-a2", F, "Satisfecho", 1),
        emotion("emo-a3", AM, "Enfadado", -2, emoji="😡"),
    ]},
    {"id": "l-dolor", "type": "pain_points", "title": "Puntos de dolor", "cards": [
        pain("pain-1", A, "Jerga técnica difícil de entender", 2),
        pain("pain-2", Z, "Reseñas sin datos del corredor (peso, ritmo, pisada)", 3,
             evidence="assumed"),
        pain("pain-3", F, "Gastos de envío que aparecen en el último paso", 5,
             evidence="observed", tags=["checkout"]),
        pain("pain-4", F, "Obligación de crear una cuenta para comprar", 4,
             evidence="observed", tags=["checkout"]),
        pain("pain-5", AM, "El seguimiento no se actualiza en 24 horas", 3),
        pain("pain-6", AM, "La caja llega abollada", 2, evidence="observed"),
        pain("pain-7", S, "La talla no coincide con la guía de tallas", 4,
             evidence="observed", text="El 41 % de las devoluciones son por talla."),
        pain("pain-8", S, "Cambiar de talla cuesta 4,95 €", 3),
    ]},
    {"id": "l-feedback", "type": "feedback", "title": "Feedback del cliente", "cards": [
        feedback("fb-1", Z, "“Tallan pequeño: pedid media talla más.”", "review", score=4,
                 text="Reseña de 4 estrellas en la ficha del producto."),
        feedback("fb-2", F, "68 % de abandono en el paso de envío", "analytics",
                 evidence="observed"),
        feedback("fb-3", F, "«No sabía cuánto costaba el envío»", "survey",
                 text="Encuesta de salida del carrito, 212 respuestas."),
        feedback("fb-4", AM, "“¿Dónde está mi pedido? Lo necesito para el domingo.”", "support"),
        feedback("fb-5", S, "“La horma es estrecha para un pie ancho.”", "interview"),
        feedback("fb-6", T, "NPS a los 15 días", "survey", score=7),
        feedback("fb-7", T, "Foto de la tirada larga con las zapatillas nuevas", "social",
                 text="120 «me gusta» y tres preguntas por el modelo."),
        feedback("fb-8", T, "Llamada de seguimiento del equipo de posventa", "call", score=9),
    ]},
    {"id": "l-oportunidades", "type": "opportunities", "title": "Oportunidades", "cards": [
        opportunity("opp-1", A, "Glosario y test de pisada interactivo", ["pain-1"], 2,
                    impact=2, effort=2),
        opportunity("opp-2", Z, "Recomendador de talla según tus zapatillas actuales",
                    ["pain-2", "pain-7"], 4, span=2, impact=5, effort=5),
        opportunity("opp-3", F, "Mostrar el coste de envío desde la ficha de producto",
                    ["pain-3"], 5, color="#FFF3C4", impact=4, effort=1),
        opportunity("opp-4", F, "Compra como invitado", ["pain-4"], 4, impact=3, effort=2),
        opportunity("opp-5", AM, "Avisos proactivos del envío por WhatsApp",
                    ["pain-5", "pain-6"], 3, impact=3, effort=2),
        opportunity("opp-6", S, "Primer cambio de talla gratis", ["pain-7", "pain-8"], 5,
                    impact=5, effort=4),
    ]},
    {"id": "l-ideas", "type": "ideas", "title": "Ideas y experimentos", "cards": [
        idea("idea-1", F, "Barra «Envío gratis desde 60 €» en todas las páginas",
             hypothesis=("Si mostramos el coste de envío desde el principio, el abandono en "
                         "el paso de envío bajará al menos 10 puntos."),
             measure="Tasa de abandono del carrito (prueba A/B de 2 semanas)",
             status="running", impact=3, effort=1),
        idea("idea-2", S, "Cambios de talla gratis durante 30 días",
             hypothesis="Un cambio gratis convierte devoluciones en ventas y no dispara el coste.",
             measure="Devoluciones convertidas en cambios; coste logístico por pedido",
             status="validated", impact=5, effort=3),
        idea("idea-3", AM, "Caja de doble pared",
             hypothesis="Un embalaje reforzado reducirá a la mitad las quejas por daños.",
             measure="Quejas por daños cada 1000 pedidos",
             status="invalidated", impact=1, effort=4,
             text="Las quejas no bajaron: los golpes los da la mensajería."),
        idea("idea-4", Z, "Filtrar reseñas por tipo de pisada", status="idea",
             evidence="assumed", impact=2, effort=1),
    ]},
    {"id": "l-metricas", "type": "metrics", "title": "Métricas por etapa", "cards": [
        # Acquisition (the phases marked so): what was spent and the customers won,
        # so the CAC means something: (9.000 + 2.400 + 4.700) € / 700 = 23 €.
        metric("met-1", C, "Inversión en anuncios (campaña de octubre)", "cost", 9000, "€"),
        metric("met-2", D, "Contenidos del blog y vídeos", "cost", 2400, "€"),
        metric("met-3", A, "Campaña de SEM", "cost", 4700, "€"),
        metric("met-11", A, "Clientes nuevos captados", "customers", 700, "clientes"),
        metric("met-12", F, "Coste logístico por pedido", "cost", 3.1, "€",
               scope="per_customer"),
        metric("met-4", D, "Tiempo de búsqueda", "time", 20, "min"),
        metric("met-5", A, "Tiempo aprendiendo", "time", 45, "min"),
        metric("met-6", F, "Tiempo hasta pagar", "time", 12, "min"),
        metric("met-7", AM, "Plazo de entrega real", "time", 3, "días"),
        metric("met-8", C, "Alcance del anuncio", "other", 18500, "personas"),
        metric("met-9", F, "Conversión del checkout", "rate", 32, "%"),
        metric("met-10", T, "NPS", "score", 42),
    ]},
    # The service blueprint: what Laura sees, what staff do in sight and out of sight,
    # and the systems behind them.
    {"id": "l-evidencia", "type": "physical_evidence", "title": "Evidencia física", "cards": [
        note("ev-1", C, "Anuncio en Instagram con la nueva colección"),
        note("ev-2", F, "Ficha de producto con la guía de tallas"),
        image("ev-3", AM, "La caja abollada en la puerta", "a-caja"),
    ]},
    {"id": "l-frontstage", "type": "frontstage", "title": "Acciones de contacto",
     "line_below": "visibility", "cards": [
        note("fs-1", Z, "El chat de la web resuelve dudas de talla"),
        note("fs-2", S, "Atención al cliente confirma el cambio por WhatsApp"),
    ]},
    {"id": "l-backstage", "type": "backstage", "title": "Procesos internos",
     "line_below": "internal", "cards": [
        note("bs-1", D, "Contenidos publica dos artículos a la semana"),
        note("bs-2", F, "El ERP confirma el stock en tiempo real"),
        note("bs-3", AM, "Preparación en almacén y entrega con mensajería externa"),
        note("bs-4", S, "Devoluciones: recogida, revisión y reembolso en 5–7 días", span=2),
    ]},
    {"id": "l-soporte", "type": "support", "title": "Procesos de soporte", "cards": [
        note("sup-1", F, "Pasarela de pago externa (tarjeta y Bizum)"),
        note("sup-2", AM, "Mensajería externa con seguimiento por SMS"),
    ]},
    {"id": "l-storyboard", "type": "images", "title": "Storyboard", "cards": [
        image("img-1", Z, "Laura compara modelos en el móvil", "a-movil"),
        image("img-2", AM, "La caja llega abollada", "a-caja", evidence="observed"),
    ]},
    {"id": "l-notas", "type": "notes", "title": "Notas", "color": "#F4F4F4", "cards": [
        note("note-1", C, "Pendiente: cinco entrevistas más a corredoras principiantes",
             tags=["investigación"]),
        note("note-2", F, "Mapa de la ruta real; la ruta ideal va en otro mapa",
             text="Revisar en el taller del 12 de marzo — llevar el póster impreso en A1."),
    ]},
]


CONNECTIONS = [
    {"id": "k-cambio", "from": "fs-2", "to": "bs-4", "label": "inicia la devolución"},
    {"id": "k-envio", "from": "bs-3", "to": "sup-2", "style": "dependency"},
    {"id": "k-pago", "from": "act-5", "to": "sup-1"},
]

VIEWS = [
    {"id": "v-soporte", "name": "Para el equipo de atención al cliente",
     "lanes": ["l-acciones", "l-frontstage", "l-backstage", "l-soporte", "l-dolor"],
     "persona": "p-laura"},
    {"id": "v-curvas", "name": "Curvas de Laura y Andrés",
     "lanes": ["l-emociones", "l-emociones-andres"], "overlay_emotions": True},
]


def build() -> dict:
    return {
        "format": "cjmap",
        "version": 2,
        "meta": META,
        "personas": PERSONAS,
        "phases": PHASES,
        "stages": STAGES,
        "lanes": LANES,
        "connections": CONNECTIONS,
        "views": VIEWS,
        "assets": [
            asset("a-laura", "laura.png", draw_laura()),
            asset("a-movil", "storyboard-movil.png", draw_phone()),
            asset("a-caja", "storyboard-caja.png", draw_box()),
        ],
    }


# ------------------------------------------------------------- the future map

def build_future() -> dict:
    """The ideal route (`state: future`) beside the current one, made from it as a team
    would (a copy of the map, then changed in the workshop): the same lanes, personas
    and moments; a size guide before paying (a stage added); the wait merged into the
    trial (its stage removed); the checkout and size pains gone with their fixes; a
    curve that no longer dips. Concienciación, Descubrimiento and La reacción keep
    their stage as it was, so a comparison shows what changed, stage by stage."""
    fit = "s-talla"
    data = json.loads(json.dumps(build(), ensure_ascii=False))  # a deep copy
    data["meta"] = {**META,
                    "title": "Compra online de zapatillas de running (ruta ideal)",
                    "objective": "La ruta que queremos para Laura después de los cambios "
                                 "del taller del 12 de marzo.",
                    "created": "2026-03-12T10:00:00+01:00",
                    "modified": "2026-03-12T13:45:00+01:00",
                    "state": "future", "counterpart": OUT.name}
    stages = []
    for stage in data["stages"]:
        if stage["id"] == AM:
            continue  # the wait: delivery in 24 h, told by WhatsApp, is part of the trial
        stage.pop("link", None)  # the current map's link to this one
        stage.update({
            A: {"description": "Un test de pisada de dos minutos le dice qué necesita."},
            F: {"description": "Paga con el precio final a la vista desde el primer paso."},
            S: {"description": "Entrega en 24 h y cambio de talla gratis, sin formularios."},
        }.get(stage["id"], {}))
        stages.append(stage)
        if stage["id"] == Z:
            stages.append({"id": fit, "name": "Guía de tallas", "phase": "ph-momentos",
                           "description": "Mide su pie con el móvil y compara con la talla "
                                          "de sus zapatillas."})
    data["stages"] = stages
    gone = {"pain-1", "pain-3", "pain-4", "pain-7", "pain-8",  # fixed by the changes
            "opp-1", "opp-3", "opp-4", "opp-6", "fb-2", "fb-3"}
    moved = {"tp-8": tp("tp-8", S, "Aviso de entrega por WhatsApp", "whatsapp",
                        initiative="proactive")}
    changed: dict[str, dict] = {
        "act-3": {"title": "Hace el test de pisada en la web"},
        "act-4": {"title": "Compara dos modelos recomendados para su pisada"},
        "act-5": {"title": "Paga con Bizum como invitada, sin crear cuenta"},
        "act-7": {"title": "Sale a rodar 8 km; la talla es la buena"},
        "exp-2": {"met": "yes"}, "exp-5": {"met": "yes"},
        "th-2": {"title": "“Dos minutos de test y ya sé qué pisada tengo.”"},
        "th-4": {"title": "“El precio es el que vi en la ficha. ¡Bien!”"},
        "th-5": {"title": "“¡Qué ligeras, y la talla perfecta!”"},
        "emo-3": {"title": "Orientada", "score": 1},
        "emo-5": {"title": "Tranquila", "score": 1, "emoji": None,
                  "text": "Sin costes sorpresa."},
        "emo-7": {"title": "Contenta", "score": 2, "text": None},
        "pain-2": {"severity": 2},
        "opp-2": {"addresses": ["pain-2"]},
        "met-6": {"value": 6}, "met-9": {"value": 45}, "met-10": {"value": 55},
        "note-2": {"title": "La ruta ideal, acordada en el taller del 12 de marzo",
                   "text": None},
    }
    added = {
        "l-acciones": [note("act-9", fit, "Mide su pie con la guía de tallas del móvil")],
        "l-contacto": [tp("tp-14", fit, "Guía de tallas con la cámara del móvil", "app",
                          initiative="proactive", decision_point=True)],
        "l-emociones": [emotion("emo-9", fit, "Segura", 2)],
        "l-ideas": [idea("idea-f1", fit, "Guía de tallas con el móvil", impact=5, effort=3,
                         measure="Devoluciones por talla cada 100 pedidos"),
                    idea("idea-f2", F, "Precio final desde el primer paso", impact=4,
                         effort=1, measure="Abandono en el paso de envío")],
        "l-backstage": [note("bs-5", fit, "Las devoluciones por talla afinan la guía")],
    }
    for lane in data["lanes"]:
        cards = []
        for card in lane["cards"]:
            if card["id"] in moved:
                card = moved[card["id"]]
            elif card["stage"] == AM or card["id"] in gone:
                continue
            for field, value in changed.get(card["id"], {}).items():
                if value is None:
                    card.pop(field, None)
                else:
                    card[field] = value
            cards.append(card)
        lane["cards"] = cards + added.get(lane["id"], [])
    kept = {card["id"] for lane in data["lanes"] for card in lane["cards"]}
    data["connections"] = [c for c in data["connections"]
                           if c["from"] in kept and c["to"] in kept]
    used = {card.get("asset") for lane in data["lanes"] for card in lane["cards"]}
    used |= {p.get("image") for p in data["personas"]}
    data["assets"] = [a for a in data["assets"] if a["id"] in used]
    return data


def write(path: Path, data: dict) -> None:
    # Round-trip through JSON text, as a reader would, before validating.
    model = JourneyMap.model_validate(json.loads(json.dumps(data, ensure_ascii=False)))
    text = model.model_dump_json(indent=2, exclude_defaults=True) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    cards = sum(len(lane.cards) for lane in model.lanes)
    print(f"wrote {path.relative_to(REPO)}: {len(text.encode('utf-8'))} bytes, {cards} cards")


def main() -> None:
    write(OUT, build())
    write(OUT.with_name(FUTURE_NAME), build_future())


if __name__ == "__main__":
    main()
