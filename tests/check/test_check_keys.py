"""The eight keys: ok for a map that meets them, missing with paths for the blank
template, weak with the path of each shortfall."""

from __future__ import annotations

import pytest
from check_maps import build, good_dict

from cjeditor.check import run_check
from cjeditor.templates import create_map


def statuses(doc) -> dict[int, str]:
    return {k.key: k.status for k in run_check(doc).keys}


def paths(doc, key: int) -> list[str]:
    return [f.path for f in run_check(doc).keys[key - 1].findings]


def test_a_map_meeting_every_key_is_ok():
    report = run_check(build(good_dict()))
    assert [k.key for k in report.keys] == list(range(1, 9))
    assert {k.key: k.status for k in report.keys} == dict.fromkeys(range(1, 9), "ok")
    assert all(not k.findings for k in report.keys)
    assert report.ok


@pytest.mark.parametrize("language", ["es", "en"])
def test_blank_template_misses_every_key_with_paths(language):
    doc = create_map("blank", language)
    report = run_check(doc)
    assert {k.key: k.status for k in report.keys} == dict.fromkeys(range(1, 9), "missing")
    lane = {lane.type: f"lanes[{i}]" for i, lane in enumerate(doc.lanes)}
    stages = [f"stages[{i}]" for i in range(len(doc.stages))]
    assert paths(doc, 1) == ["personas"]
    where = {t: lane.get(t, "lanes") for t in ("touchpoints", "expectations", "feedback")}
    # the lane where they go (or `lanes`), then every stage lacking them
    assert paths(doc, 2) == [where["touchpoints"], *stages]
    assert paths(doc, 3) == [where["expectations"], *stages]
    assert paths(doc, 4) == [lane["pain_points"]]  # the empty lane where they go
    assert paths(doc, 5) == [where["feedback"], *stages]
    assert paths(doc, 6) == ["stages"]
    assert paths(doc, 7) == [lane["opportunities"]]
    assert paths(doc, 8) == (["lanes"] if "ideas" not in lane else [lane["ideas"]])
    assert not report.ok


def test_findings_speak_the_maps_language():
    es = run_check(create_map("blank", "es")).keys[0].findings[0].message
    en = run_check(create_map("blank", "en")).keys[0].findings[0].message
    assert es.startswith("No hay ninguna persona") and "¿" in es
    assert en.startswith("No persona")


def test_stage_without_channel_is_weak_at_that_stage():
    data = good_dict()
    data["lanes"][0]["cards"].pop(1)  # the touchpoint of stage 2
    data["lanes"][3]["cards"][0]["stage"] = "s-1"  # keep the pain point at a touchpoint
    doc = build(data)
    assert statuses(doc)[2] == "weak"
    assert paths(doc, 2) == ["stages[1]"]
    assert "“Choice”" in run_check(doc).keys[1].findings[0].message


def test_expectation_without_met_and_missing_stage():
    data = good_dict()
    del data["lanes"][1]["cards"][0]["met"]
    data["lanes"][1]["cards"].pop(1)
    doc = build(data)
    assert statuses(doc)[3] == "weak"
    assert paths(doc, 3) == ["stages[1]", "lanes[1].cards[0]"]


def test_pain_point_away_from_touchpoints_is_weak_unless_connected():
    data = good_dict()
    data["stages"].append({"id": "s-3", "name": "Wait"})
    data["lanes"][3]["cards"].append(
        {"id": "pp-2", "kind": "pain_point", "stage": "s-3", "title": "Late parcel"})
    doc = build(data)
    assert statuses(doc)[4] == "weak"
    assert paths(doc, 4) == ["lanes[3].cards[1]"]
    data["connections"] = [{"id": "k-1", "from": "t-2", "to": "pp-2"}]
    assert statuses(build(data))[4] == "ok"


def test_feedback_missing_at_a_stage_is_weak():
    data = good_dict()
    data["lanes"][4]["cards"].pop(0)
    assert paths(build(data), 5) == ["stages[0]"]
    assert statuses(build(data))[5] == "weak"


def test_moments_or_decision_points():
    data = good_dict()
    del data["stages"][0]["moment"]
    assert statuses(build(data))[6] == "ok"  # the decision point is enough
    data["lanes"][0]["cards"][1]["decision_point"] = False
    assert statuses(build(data))[6] == "missing"
    data["stages"][1]["moment"] = "fmot"
    assert statuses(build(data))[6] == "ok"


def test_opportunity_answering_no_pain_point_is_weak():
    data = good_dict()
    data["lanes"][5]["cards"][0]["addresses"] = []
    doc = build(data)
    assert statuses(doc)[7] == "weak"
    assert paths(doc, 7) == ["lanes[5].cards[0]"]


def test_opportunity_needs_a_measured_idea_in_its_stage_or_connected():
    data = good_dict()
    data["lanes"][6]["cards"][0]["stage"] = "s-1"  # the idea leaves the opportunity's stage
    doc = build(data)
    assert statuses(doc)[8] == "weak"
    assert paths(doc, 8) == ["lanes[5].cards[0]"]
    data["connections"] = [{"id": "k-1", "from": "o-1", "to": "i-1"}]
    assert statuses(build(data))[8] == "ok"
    del data["lanes"][6]["cards"][0]["measure"]
    assert statuses(build(data))[8] == "missing"
    assert paths(build(data), 8) == ["lanes[6]", "lanes[6].cards[0]"]


def test_persona_with_the_default_name_is_weak():
    data = good_dict()
    data["personas"][0]["name"] = "New persona"
    assert statuses(build(data))[1] == "weak"
    assert paths(build(data), 1) == ["personas[0]"]


def test_evidence_and_stages_without_emotion():
    data = good_dict()
    data["lanes"][2]["cards"].pop(1)
    report = run_check(build(data))
    total = sum(len(lane["cards"]) for lane in data["lanes"])
    assert (report.evidence.observed, report.evidence.assumed) == (1, 1)
    assert report.evidence.unstated == total - 2
    assert report.no_emotion == [(1, "Choice")]


def test_matrix_quadrants_and_unscored():
    from cjeditor.check.matrix import matrix_of, quadrant

    assert quadrant(5, 1) == "quick_wins" and quadrant(3, 2) == "quick_wins"
    assert quadrant(5, 5) == "big_bets" and quadrant(3, 3) == "big_bets"
    assert quadrant(1, 1) == "fill_ins" and quadrant(2, 2) == "fill_ins"
    assert quadrant(2, 3) == "money_pits" and quadrant(1, 5) == "money_pits"
    data = good_dict()
    data["lanes"][5]["cards"].append(
        {"id": "o-2", "kind": "opportunity", "stage": "s-1", "title": "Half", "impact": 2})
    data["lanes"][5]["cards"].append({"id": "o-3", "kind": "opportunity", "stage": "s-1",
                                      "title": "Top", "impact": 5, "effort": 2})
    m = matrix_of(build(data))
    assert [e.card.id for e in m.quadrants["quick_wins"]] == ["o-1", "o-3"]
    assert [e.card.id for e in m.quadrants["big_bets"]] == ["i-1"]
    assert [e.card.id for e in m.unscored] == ["o-2"] and m.scored == 3
