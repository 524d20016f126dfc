"""The CAC exactly as the format spec defines it, each missing input with its own
sentence, and the metrics footer showing the very same CAC."""

from __future__ import annotations

import pytest
from check_maps import build, good_dict, metric

from cjeditor.check import cac_sentence, compute_cac, run_check
from cjeditor.layout.compute import compute_layout


def with_metrics(cards, language="en", acquisition=True, phase_of_s2="ph-1"):
    data = good_dict(language)
    data["phases"][0]["acquisition"] = acquisition
    if phase_of_s2 is None:
        data["stages"][1].pop("phase")
    data["lanes"][7]["cards"] = cards
    return build(data)


def test_cac_is_total_costs_over_customers():
    cac = compute_cac(build(good_dict()))
    assert cac.value == 100.0 and cac.currency == "€" and cac.problem is None
    assert cac.acquisition_only


def test_cac_sums_only_the_acquisition_stages():
    data = good_dict()
    data["phases"].append({"id": "ph-2", "name": "After"})
    data["stages"].append({"id": "s-3", "name": "Use", "phase": "ph-2"})
    data["lanes"][7]["cards"] += [metric("m-5", "s-3", "cost", 9000, "€"),
                                  metric("m-6", "s-3", "customers", 1)]
    assert compute_cac(build(data)).value == 100.0
    data["phases"][0]["acquisition"] = False  # no phase marked: every stage counts
    cac = compute_cac(build(data))
    assert cac.value == pytest.approx(10500 / 16) and not cac.acquisition_only


def test_costs_per_customer_are_summed_apart_and_never_divided():
    doc = with_metrics([metric("m-1", "s-1", "cost", 300, "€"),
                        metric("m-2", "s-1", "cost", 12.5, "€", "per_customer"),
                        metric("m-3", "s-2", "cost", 7.5, "€", "per_customer"),
                        metric("m-4", "s-2", "customers", 4)])
    cac = compute_cac(doc)
    assert cac.value == 75.0
    assert cac.per_customer == {"€": 20.0}


def test_fractional_cac_is_exact():
    doc = with_metrics([metric("m-1", "s-1", "cost", 1000, "USD"),
                        metric("m-2", "s-2", "customers", 3)])
    cac = compute_cac(doc)
    assert cac.value == 1000 / 3 and cac.currency == "USD"


CASES = {
    "no_costs": [metric("m-3", "s-1", "customers", 10)],
    "no_customers": [metric("m-1", "s-1", "cost", 1000, "€")],
    "no_inputs": [metric("m-5", "s-1", "rate", 0.3)],
    "zero_customers": [metric("m-1", "s-1", "cost", 1000, "€"),
                       metric("m-3", "s-1", "customers", 0)],
    "mixed_units": [metric("m-1", "s-1", "cost", 1000, "€"),
                    metric("m-2", "s-2", "cost", 50, "$"),
                    metric("m-3", "s-1", "customers", 10)],
    "only_per_customer": [metric("m-1", "s-1", "cost", 10, "€", "per_customer"),
                          metric("m-3", "s-1", "customers", 10)],
    # each value finite, as the format asks, but their sum or quotient past a float's
    "too_large": [metric("m-1", "s-1", "cost", 1e308, "€"),
                  metric("m-2", "s-2", "cost", 1e308, "€"),
                  metric("m-3", "s-1", "customers", 0.5)],
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_missing_input_has_its_own_sentence(language):
    sentences = {}
    for name, cards in CASES.items():
        cac = compute_cac(with_metrics(cards, language))
        assert cac.value is None, name
        sentences[name] = cac_sentence(cac, language)
    assert sentences["only_per_customer"] == sentences["no_costs"]  # never divided
    del sentences["only_per_customer"]
    assert len(set(sentences.values())) == len(sentences)
    if language == "en":
        assert "cost" in sentences["no_costs"] and "total" in sentences["no_costs"]
        assert "customers" in sentences["no_customers"]
        assert "0" in sentences["zero_customers"]
        assert "€" in sentences["mixed_units"] and "$" in sentences["mixed_units"]
        assert "acquisition" in sentences["no_customers"]
    else:
        assert sentences["no_costs"].startswith("No se puede calcular el CAC")


def test_the_sentence_says_where_it_summed():
    cards = CASES["no_customers"]
    marked = cac_sentence(compute_cac(with_metrics(cards)), "en")
    everywhere = cac_sentence(compute_cac(with_metrics(cards, acquisition=False)), "en")
    assert "acquisition phases" in marked and "in the map" in everywhere


def footer(doc) -> str:
    geom = compute_layout(doc)
    lane = next(lane for lane in geom.lanes if lane.type == "metrics")
    assert lane.footer is not None
    return " ".join(lane.footer.lines)


def test_metrics_footer_shows_the_checks_cac():
    doc = build(good_dict())
    assert "CAC: 100 €" in footer(doc)
    doc = with_metrics(CASES["mixed_units"])
    text = footer(doc)
    assert "different units" in text and "CAC: " not in text.replace("The CAC", "")
    assert run_check(doc).cac.problem == "mixed_units"


def test_sums_past_a_floats_range_are_said_not_printed(tmp_path, capsys):
    """Valid metrics whose sum overflows (1e308 + 1e308): the check says why there is
    no CAC, its JSON stays JSON (no Infinity), the footer and the PDF print."""
    import json

    from cjeditor.cli import main
    from cjeditor.fileio import save

    doc = with_metrics([*CASES["too_large"],
                        metric("m-4", "s-1", "cost", 1e308, "€", "per_customer"),
                        metric("m-5", "s-2", "cost", 1e308, "€", "per_customer")])
    assert compute_cac(doc).problem == "too_large"
    assert "cost (per customer): ∞ €" in footer(doc)
    path = tmp_path / "huge.cjmap"
    save(doc, path)
    assert main(["check", "--json", str(path)]) == 0  # every key is ok
    [report] = json.loads(capsys.readouterr().out, parse_constant=lambda name: 1 / 0)
    assert "a figure too large to compute" in report["cac"]["missing"]
    assert main(["check", str(path)]) == 0
    assert "a figure too large to compute" in capsys.readouterr().out
    assert main(["export", str(path), "-o", str(tmp_path / "huge.pdf")]) == 0


def test_footer_sums_per_customer_costs_apart():
    doc = with_metrics([metric("m-1", "s-1", "cost", 300, "€"),
                        metric("m-2", "s-1", "cost", 12, "€", "per_customer"),
                        metric("m-4", "s-2", "customers", 4)])
    text = footer(doc)
    assert "cost: 300 €" in text and "cost (per customer): 12 €" in text
    assert "CAC: 75 €" in text


def test_incremental_layout_follows_a_cac_change_in_another_lane():
    from cjeditor.layout.incremental import LayoutCache

    data = good_dict()
    costs = [c for c in data["lanes"][7]["cards"] if c["measure"] == "cost"]
    data["lanes"][7]["cards"] = [c for c in data["lanes"][7]["cards"] if c not in costs]
    data["lanes"].append({"id": "l-met2", "type": "metrics", "title": "Costs", "cards": costs})
    doc = build(data)
    cache = LayoutCache()
    assert cache.update(doc) == compute_layout(doc)
    data["lanes"][8]["cards"][0]["value"] = 2500  # only the second lane changes
    edited = build(data)
    geom = cache.update(edited, dirty=["l-met2"])
    assert geom == compute_layout(edited)
    first = next(lane for lane in geom.lanes if lane.lane_id == "l-met")
    assert "CAC: 200 €" in " ".join(first.footer.lines)
