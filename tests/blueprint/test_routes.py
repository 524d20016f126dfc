"""The router: arrows in the gutters, never behind a card, one track each; the same
geometry laid out incrementally and from scratch."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cjeditor.fileio import load
from cjeditor.layout import compute_layout
from cjeditor.layout.incremental import LayoutCache
from cjeditor.model import JourneyMap
from cjeditor.templates import create_map

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geometry_checks import check_arrows  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples"


def arrows_of(geom):
    return [(c.from_card_id, c.to_card_id, c.points) for c in geom.connections] + [
        (lk.from_card_id, lk.to_card_id, lk.points) for lk in geom.links]


@pytest.mark.parametrize("language", ["es", "en"])
def test_template_connections_are_routed_in_the_gutters(language):
    doc = create_map("service-blueprint", language)
    geom = compute_layout(doc)
    assert len(geom.connections) == len(doc.connections) >= 12
    check_arrows(geom, arrows_of(geom))
    styles = {c.style for c in geom.connections}
    assert styles == {"flow", "dependency"}
    labelled = [c for c in geom.connections if c.label is not None]
    assert len(labelled) == sum(1 for c in doc.connections if c.label)
    lane_edges = {lane.y for lane in geom.lanes} | {geom.lanes[-1].y + geom.lanes[-1].height}
    for c in labelled:  # a label sits in a lane boundary's gutter, clear of the cards
        mid = c.label_box.y + c.label_box.h / 2
        assert min(abs(mid - y) for y in lane_edges) < 6.0
        for card in geom.cards.values():
            r, b = card.rect, c.label_box
            assert not (b.x < r.x + r.w and r.x < b.x + b.w and b.y < r.y + r.h
                        and r.y < b.y + b.h), (c.label.lines, card.card_id)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLE.glob("*.cjmap")))
def test_example_links_never_overlap_or_cross_cards(name):
    doc = load(EXAMPLE / name)
    geom = compute_layout(doc)
    check_arrows(geom, arrows_of(geom))


def test_three_lines_under_their_lanes_in_the_maps_language():
    for language, words in (("es", ["línea de interacción", "línea de visibilidad",
                                    "línea de interacción interna"]),
                            ("en", ["line of interaction", "line of visibility",
                                    "line of internal interaction"])):
        doc = create_map("service-blueprint", language)
        geom = compute_layout(doc)
        assert [" ".join(b.label.lines) for b in geom.blueprint] == words
        lanes = {lane.lane_id: lane for lane in geom.lanes}
        for line in geom.blueprint:
            lane = lanes[line.lane_id]
            assert line.y == pytest.approx(lane.y + lane.height)
            assert line.x0 == 0 and line.x1 == pytest.approx(geom.width)
            assert line.label_box.x + line.label_box.w <= geom.header_width


def test_incremental_routes_equal_routes_from_scratch():
    doc = create_map("service-blueprint", "en")
    cache = LayoutCache()
    assert cache.update(doc) == compute_layout(doc)
    data = doc.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    # a card grows: the lanes below move, every route is made again
    data["lanes"][1]["cards"][0]["text"] = "A much longer text " * 12
    data["connections"] = data["connections"][:-3]
    data["lanes"][4]["line_below"] = None
    changed = JourneyMap.model_validate(data)
    assert cache.update(changed) == compute_layout(changed)
    first = cache.geometry.connections
    assert cache.update(changed).connections is first  # nothing changed: the same routes


def test_arrows_of_hidden_or_collapsed_lanes_are_not_drawn():
    doc = create_map("service-blueprint", "en")
    data = doc.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data["lanes"][5]["collapsed"] = True  # support processes
    geom = compute_layout(JourneyMap.model_validate(data))
    support = {c["id"] for c in data["lanes"][5]["cards"]}
    drawn = {(c.from_card_id, c.to_card_id) for c in geom.connections}
    expected = {(c["from"], c["to"]) for c in data["connections"]
                if c["from"] not in support and c["to"] not in support}
    assert drawn == expected
    check_arrows(geom, arrows_of(geom))


@pytest.mark.parametrize("seed", range(8))
def test_random_arrows_stay_in_the_gutters(seed):
    """Arrows between random cards of the template and of the example map: every route
    good, every label on a lane boundary and off the cards."""
    import random

    rng = random.Random(seed)
    base = create_map("service-blueprint", "en") if seed % 2 else load(
        EXAMPLE / "zapatillas-running.cjmap")
    data = base.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    cards = [c["id"] for lane in data["lanes"] for c in lane["cards"] if c["kind"] != "emotion"]
    pairs: dict[tuple[str, str], None] = {}
    while len(pairs) < 5 + seed * 3:
        a, b = rng.sample(cards, 2)
        pairs[(a, b)] = None
    data["connections"] = [
        {"id": f"kx{i}", "from": a, "to": b, "style": rng.choice(["flow", "dependency"]),
         "label": rng.choice(["triggers", "needs the stock", "¿y si no llega? 📦"])}
        for i, (a, b) in enumerate(pairs)]
    geom = compute_layout(JourneyMap.model_validate(data))
    assert len(geom.connections) == len(pairs)
    check_arrows(geom, arrows_of(geom))
    for c in geom.connections:
        b = c.label_box
        for card in geom.cards.values():
            r = card.rect
            if card.kind != "emotion":
                assert not (b.x < r.x + r.w and r.x < b.x + b.w and b.y < r.y + r.h
                            and r.y < b.y + b.h), (c.connection_id, card.card_id)


def test_an_edit_that_keeps_every_box_does_not_route_again():
    doc = create_map("service-blueprint", "en")
    cache = LayoutCache()
    first = cache.update(doc).connections
    data = doc.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data["lanes"][3]["cards"][0]["color"] = "#FFEEDD"  # a colour: same boxes
    recoloured = JourneyMap.model_validate(data)
    assert cache.update(recoloured).connections is first
    data["lanes"][3]["cards"][0]["text"] = "Now with a text that makes the card taller " * 3
    taller = JourneyMap.model_validate(data)
    again = cache.update(taller).connections
    assert again is not first and again == compute_layout(taller).connections
