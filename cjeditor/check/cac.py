"""The customer acquisition cost (spec/cjmap-format.md, "Metrics and CAC"). No Qt.

CAC = Σ cost metrics with scope total ÷ Σ customers metrics, both summed over the
stages of the acquisition phases (over all stages when no phase is marked). It is a
number only when both sums exist, the divisor is > 0 and the summed costs share one
unit (the CAC's currency); otherwise `Cac.problem` says which input is missing or
inconsistent. Costs per customer are summed apart and never divided.

This is the one CAC: the health check, its printed page and the metrics lane's
footer all call `compute_cac`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from cjeditor.model import JourneyMap, MetricCard

__all__ = ["Cac", "CacProblem", "acquisition_stages", "compute_cac"]

CacProblem = Literal["no_costs", "no_customers", "no_inputs", "zero_customers", "mixed_units",
                     "too_large"]


@dataclass(frozen=True)
class Cac:
    """The CAC of a map, or why there is none."""

    value: float | None  # None when `problem` is set
    currency: str | None  # the costs' shared unit (None: the costs have no unit)
    problem: CacProblem | None
    acquisition_only: bool  # summed over the acquisition phases (else over every stage)
    cost: float | None = None  # Σ total costs (None: there is no total cost metric)
    customers: float | None = None  # Σ customers (None: there is no customers metric)
    cost_units: tuple[str | None, ...] = ()  # the distinct units of the summed costs
    per_customer: dict[str | None, float] = field(default_factory=dict)  # unit -> Σ

    @property
    def ok(self) -> bool:
        return self.problem is None


def acquisition_stages(doc: JourneyMap) -> frozenset[str] | None:
    """Ids of the stages of the acquisition phases; None when no phase is marked
    (every stage counts)."""
    marked = {phase.id for phase in doc.phases if phase.acquisition}
    if not marked:
        return None
    return frozenset(stage.id for stage in doc.stages if stage.phase in marked)


def _metrics(doc: JourneyMap) -> list[MetricCard]:
    return [card for lane in doc.lanes if lane.type == "metrics"
            for card in lane.cards if isinstance(card, MetricCard)]


def compute_cac(doc: JourneyMap) -> Cac:
    """The map's CAC (see the module's docstring). A metric counts for the stage it
    starts in."""
    stages = acquisition_stages(doc)
    cost: float | None = None
    customers: float | None = None
    units: dict[str | None, None] = {}
    per_customer: dict[str | None, float] = {}
    for card in _metrics(doc):
        if stages is not None and card.stage not in stages:
            continue
        amount = float(card.value)
        unit = (card.unit or "").strip() or None
        if card.measure == "cost":
            if card.scope == "per_customer":
                per_customer[unit] = per_customer.get(unit, 0.0) + amount
            else:
                cost = (cost or 0.0) + amount
                units.setdefault(unit, None)
        elif card.measure == "customers":
            customers = (customers or 0.0) + amount
    problem: CacProblem | None = None
    if cost is None and customers is None:
        problem = "no_inputs"
    elif cost is None:
        problem = "no_costs"
    elif customers is None:
        problem = "no_customers"
    elif len(units) > 1:
        problem = "mixed_units"
    elif customers <= 0:
        problem = "zero_customers"
    elif not (math.isfinite(cost) and math.isfinite(customers)
              and math.isfinite(cost / customers)):
        problem = "too_large"  # a sum or the quotient past a float's range (1e308)
    value: float | None = None
    currency: str | None = None
    if problem is None:
        assert cost is not None and customers is not None
        value = cost / customers
        currency = next(iter(units))
    return Cac(value, currency, problem, stages is not None, cost, customers, tuple(units),
               per_customer)
