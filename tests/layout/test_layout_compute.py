"""compute_layout: columns, lanes that grow, spans, the emotion curve, links."""

from __future__ import annotations

import pytest
from cj_testmaps import EXAMPLE, LONG_WORD, rich_map

from cjeditor.layout import STYLE, compute_layout, default_metrics
from cjeditor.layout.geometry import MapGeometry, TextBlock
from cjeditor.layout.poster import compute_poster
from cjeditor.model import JourneyMap

M = default_metrics()


@pytest.fixture(scope="module")
def doc() -> JourneyMap:
    return rich_map()


@pytest.fixture(scope="module")
def geom(doc) -> MapGeometry:
    return compute_layout(doc)


def lane(geom, lane_id):
    return next(lg for lg in geom.lanes if lg.lane_id == lane_id)


def assert_block_fits(block: TextBlock | None, container=None):
    if block is None:
        return
    for line in block.lines:
        assert M.width(line, block.size, block.bold) <= block.rect.w + 1e-6, line
    assert block.rect.h == pytest.approx(len(block.lines) * block.line_height)
    if container is not None:
        r = block.rect
        assert container.x - 1e-6 <= r.x and r.right <= container.right + 1e-6
        assert container.y - 1e-6 <= r.y and r.bottom <= container.bottom + 1e-6


def test_columns_follow_stages_and_widths(doc, geom):
    assert [c.stage_id for c in geom.columns] == [s.id for s in doc.stages]
    assert geom.columns[0].x == geom.header_width
    for col, stage in zip(geom.columns, doc.stages, strict=True):
        assert col.width == STYLE.column_width * stage.width
    last = geom.columns[-1]
    assert geom.width == last.x + last.width
    assert [c.moment for c in geom.columns] == ["zmot", "fmot", "amot", "smot"]
    assert all(c.badge is not None and c.header.contains(c.badge.x, c.badge.y)
               for c in geom.columns)


def test_phase_band_spans_its_stages(geom):
    assert len(geom.phases) == 2
    first, second = geom.phases
    assert first.rect.x == geom.columns[0].x
    assert first.rect.right == pytest.approx(geom.columns[1].x + geom.columns[1].width)
    assert second.rect.x == geom.columns[2].x
    assert geom.columns[0].header.y == first.rect.bottom


def test_no_phase_band_without_phases():
    doc = rich_map()
    data = doc.model_dump(mode="json", exclude_defaults=True)
    data["phases"] = []
    for stage in data["stages"]:
        stage.pop("phase", None)
    geom = compute_layout(JourneyMap.model_validate(data))
    assert geom.phases == []
    assert geom.columns[0].header.y == 0


def test_lanes_stack_and_cards_stay_inside(doc, geom):
    y = geom.columns[0].header.bottom
    for lg in geom.lanes:
        assert lg.y == pytest.approx(y)
        y += lg.height
    assert geom.height == pytest.approx(y)
    for card in geom.cards.values():
        lg = lane(geom, card.lane_id)
        r = card.rect
        assert lg.y <= r.y and r.bottom <= lg.y + lg.height + 1e-6, card.card_id
        assert geom.header_width <= r.x and r.right <= geom.width
        assert_block_fits(card.title, r)
        assert_block_fits(card.body, r)
        assert_block_fits(card.extra, r)


def test_cards_in_a_lane_never_overlap(geom):
    by_lane: dict[str, list] = {}
    for card in geom.cards.values():
        by_lane.setdefault(card.lane_id, []).append(card.rect)
    for rects in by_lane.values():
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                overlap_x = a.x < b.right and b.x < a.right
                overlap_y = a.y < b.bottom and b.y < a.bottom
                assert not (overlap_x and overlap_y)


def test_lanes_grow_to_fit_their_cards():
    doc = rich_map()
    data = doc.model_dump(mode="json", exclude_defaults=True)
    notes = next(ln for ln in data["lanes"] if ln["id"] == "l-obj")
    short = compute_layout(JourneyMap.model_validate(data))
    notes["cards"].extend(
        {"id": f"extra{i}", "kind": "note", "stage": "s1", "title": f"Tarjeta {i}",
         "text": "texto " * 30}
        for i in range(6)
    )
    tall = compute_layout(JourneyMap.model_validate(data))
    assert lane(tall, "l-obj").height > lane(short, "l-obj").height + 6 * 40
    # stacked top to bottom in the order of lane.cards
    ys = [tall.cards[c["id"]].rect.y for c in notes["cards"] if c["stage"] == "s1"]
    assert ys == sorted(ys)
    # the lane below moved down by as much
    growth = lane(tall, "l-obj").height - lane(short, "l-obj").height
    assert lane(tall, "l-tp").y == pytest.approx(lane(short, "l-tp").y + growth)


def test_a_spanning_card_is_wide_and_pushes_the_cells_it_covers(geom):
    span = geom.cards["o2"]
    c2, c3 = geom.columns[1], geom.columns[2]
    assert span.span == 2
    assert span.rect.x == pytest.approx(c2.x + STYLE.pad)
    assert span.rect.right == pytest.approx(c3.x + c3.width - STYLE.pad)
    below = geom.cards["o3"]  # in stage s3, listed after the spanning card
    assert below.rect.y >= span.rect.bottom


def test_long_unbroken_words_stay_inside_their_card(geom):
    card = geom.cards["o4"]
    lines = card.body.lines
    assert "".join(line.removesuffix("-") for line in lines) == LONG_WORD
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])  # hyphenated
    assert_block_fits(card.body, card.rect)


def test_emotion_curve_has_a_point_per_stage_with_an_emotion(doc, geom):
    (curve,) = geom.curves
    assert [p.stage_id for p in curve.points] == ["s1", "s2", "s4"]
    assert len(curve.segments) == 2
    assert curve.score_y[2] < curve.score_y[0] < curve.score_y[-2]
    for point in curve.points:
        col = next(c for c in geom.columns if c.stage_id == point.stage_id)
        assert point.x == pytest.approx(col.x + col.width / 2)
        assert point.y == curve.score_y[point.score]
    emo = lane(geom, "l-emo")
    for seg in curve.segments:
        ys = seg[1::2]
        assert all(emo.y <= y <= emo.y + emo.height for y in ys)
        assert seg[0] <= seg[2] <= seg[6] and seg[0] <= seg[4] <= seg[6]
    # segments join: each ends where the next starts
    assert curve.segments[0][6:] == curve.segments[1][:2]


def test_collapsed_lane_is_a_thin_band_with_only_its_header(geom):
    back = lane(geom, "l-back")
    assert back.collapsed
    assert back.height <= 30
    assert "b1" not in geom.cards


def test_persona_filter_keeps_that_persona_and_lanes_of_none(doc):
    everything = {lg.lane_id for lg in compute_layout(doc).lanes}
    laura = {lg.lane_id for lg in compute_layout(doc, persona="p1").lanes}
    assert "l-th" in laura and "l-fb" not in laura
    assert laura == everything - {"l-fb"}
    assert compute_layout(doc, persona="p1").persona == "p1"
    with pytest.raises(ValueError, match="no persona"):
        compute_layout(doc, persona="nobody")


def test_links_go_from_opportunity_to_pain_point(geom):
    links = {(lk.from_card_id, lk.to_card_id): lk for lk in geom.links}
    assert set(links) == {("op1", "pp1"), ("op2", "pp2")}
    link = links[("op1", "pp1")]
    opp, pain = geom.cards["op1"].rect, geom.cards["pp1"].rect
    assert link.points[0][1] == pytest.approx(opp.y)
    assert link.points[-1][1] == pytest.approx(pain.bottom)
    assert opp.x <= link.points[0][0] <= opp.right
    assert pain.x <= link.points[-1][0] <= pain.right


def test_metrics_lane_footer_has_totals_and_cac(geom):
    footer = lane(geom, "l-met").footer
    text = " ".join(footer.lines)
    assert "2.000 €" in text and "40" in text and "CAC: 50 €" in text
    lg = lane(geom, "l-met")
    assert footer.rect.bottom <= lg.y + lg.height
    for card_id in ("m1", "m2", "m3"):
        assert geom.cards[card_id].rect.bottom <= footer.rect.y


def test_english_map_prints_english_words():
    geom = compute_layout(rich_map("en"))
    assert "cost" in " ".join(lane(geom, "l-met").footer.lines)
    assert geom.cards["x1"].extra.lines == ("met",)


def test_image_cards_keep_the_picture_aspect(geom):
    card = geom.cards["im1"]
    assert card.image is not None
    assert card.image.h / card.image.w == pytest.approx(30 / 40)
    assert card.title.rect.y >= card.image.bottom


def test_poster_puts_header_map_and_legend_in_order(doc, geom):
    poster = compute_poster(doc, geom)
    assert poster.header.bottom <= poster.map_y
    assert poster.map_y + geom.height <= poster.legend.y
    assert poster.legend.bottom <= poster.height
    keys = [item.key for item in poster.legend_items]
    for key in ("channel:reviews", "decision", "met:partly", "severity", "link", "assumed",
                "emotion", "status:running"):
        assert key in keys
    for item in poster.legend_items:
        assert item.label.rect.right <= poster.width


@pytest.mark.skipif(not EXAMPLE.exists(), reason="example map not there yet")
def test_example_map_text_fits_everywhere():
    doc = JourneyMap.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    geom = compute_layout(doc)
    assert len(geom.cards) == sum(
        len(ln.cards) for ln in doc.lanes if not ln.collapsed
    ) - _duplicate_emotions(doc)
    for card in geom.cards.values():
        assert_block_fits(card.title, card.rect)
        assert_block_fits(card.body, card.rect)
    for col in geom.columns:
        assert_block_fits(col.name, col.header)
        assert_block_fits(col.description, col.header)
        if col.badge is not None:
            assert col.name.rect.bottom <= col.badge.y
            assert col.description is None or col.badge.bottom <= col.description.rect.y
    for lg in geom.lanes:
        assert_block_fits(lg.title, lg.header)


def _duplicate_emotions(doc) -> int:
    extra = 0
    for ln in doc.lanes:
        if ln.type == "emotions" and not ln.collapsed:
            extra += len(ln.cards) - len({c.stage for c in ln.cards})
    return extra
