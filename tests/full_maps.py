"""Valid maps that are full: each holds as many of one thing as the format allows
(model.limits), as raw dicts, for the tests of the editor's refusals at the limit."""

from __future__ import annotations

from typing import Any

from maps import b64, base_map, png_bytes

from cjeditor.model import limits

FULL = ("views", "personas", "phases", "stages", "lanes", "lane_cards", "cards",
        "connections", "assets")


def _notes(prefix: str, count: int, stage: str = "s-1") -> list[dict[str, Any]]:
    return [{"id": f"{prefix}{i}", "kind": "note", "stage": stage, "title": f"N{i}"}
            for i in range(count)]


def full_map(what: str) -> dict[str, Any]:
    """base_map() holding the most `what` the format allows. "lane_cards": the lane
    "l-full" (actions) is full; "cards": the map is, in lanes "l-full0"..; the others:
    that list of the map."""
    doc = base_map()
    if what == "views":
        doc["views"] = [{"id": f"v-{i}", "name": f"Vista {i}"} for i in range(limits.MAX_VIEWS)]
    elif what == "personas":
        doc["personas"] += [{"id": f"p-x{i}", "name": f"P{i}"}
                            for i in range(limits.MAX_PERSONAS - 1)]
    elif what == "phases":
        doc["phases"] += [{"id": f"ph-x{i}", "name": f"F{i}"}
                          for i in range(limits.MAX_PHASES - 1)]
    elif what == "stages":
        doc["stages"] += [{"id": f"s-x{i}", "name": f"E{i}"}
                          for i in range(limits.MAX_STAGES - 3)]
    elif what == "lanes":
        doc["lanes"] += [{"id": f"l-x{i}", "type": "actions", "title": f"C{i}", "cards": []}
                         for i in range(limits.MAX_LANES - len(doc["lanes"]))]
    elif what == "lane_cards":
        doc["lanes"].append({"id": "l-full", "type": "actions", "title": "Llena",
                             "cards": _notes("c-f", limits.MAX_CARDS_PER_LANE)})
    elif what == "cards":
        have = sum(len(lane["cards"]) for lane in doc["lanes"])
        left, i = limits.MAX_CARDS - have, 0
        while left:
            n = min(left, limits.MAX_CARDS_PER_LANE)
            doc["lanes"].append({"id": f"l-full{i}", "type": "actions", "title": f"Llena {i}",
                                 "cards": _notes(f"c-f{i}-", n)})
            left, i = left - n, i + 1
        doc["lanes"].append({"id": "l-room", "type": "actions", "title": "Sitio", "cards": []})
    elif what == "connections":
        cards = _notes("c-k", 80)
        doc["lanes"].append({"id": "l-conn", "type": "actions", "title": "Flechas",
                             "cards": cards})
        pairs = [(a["id"], b["id"]) for a in cards for b in cards if a is not b]
        doc["connections"] = [{"id": f"k-{i}", "from": s, "to": t}
                              for i, (s, t) in enumerate(pairs[:limits.MAX_CONNECTIONS])]
    elif what == "assets":
        data = b64(png_bytes())
        doc["assets"] += [{"id": f"a-x{i}", "media_type": "image/png", "name": f"{i}.png",
                           "data": data} for i in range(limits.MAX_ASSETS - 1)]
    else:
        raise ValueError(what)
    return doc
