"""The whole health check of one map (spec/cli.md, `check`): the eight keys, the
evidence behind the cards, stages with no emotion and the CAC. No Qt.

`run_check(doc)` computes it; `as_json` gives the spec's JSON object and
`text_lines` the human report. Numbers are formatted by the caller's `number`
function (the poster's, layout.labels.Labels.number), so the check stays below
layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cjeditor.check.cac import Cac, compute_cac
from cjeditor.check.keys import KeyResult, check_keys
from cjeditor.check.words import KEYS, STATUS, say, word
from cjeditor.model import JourneyMap
from cjeditor.model.lines import one_line

__all__ = ["CheckReport", "Evidence", "as_json", "cac_sentence", "cac_text", "run_check",
           "text_lines"]

Number = Callable[[float], str]


@dataclass(frozen=True)
class Evidence:
    observed: int
    assumed: int
    unstated: int

    @property
    def total(self) -> int:
        return self.observed + self.assumed + self.unstated


@dataclass(frozen=True)
class CheckReport:
    language: str
    keys: list[KeyResult]
    evidence: Evidence
    no_emotion: list[tuple[int, str]]  # (stage index, stage name)
    cac: Cac

    @property
    def ok(self) -> bool:
        """Every key is ok (the exit status 0 of `cjeditor check`)."""
        return all(k.status == "ok" for k in self.keys)


def _evidence(doc: JourneyMap) -> Evidence:
    counts = {"observed": 0, "assumed": 0, None: 0}
    for card in doc.all_cards():
        counts[card.evidence] += 1
    return Evidence(counts["observed"], counts["assumed"], counts[None])


def _no_emotion(doc: JourneyMap) -> list[tuple[int, str]]:
    felt = {card.stage for card in doc.all_cards() if card.kind == "emotion"}
    return [(i, s.name) for i, s in enumerate(doc.stages) if s.id not in felt]


def run_check(doc: JourneyMap) -> CheckReport:
    return CheckReport(doc.meta.language, check_keys(doc), _evidence(doc), _no_emotion(doc),
                       compute_cac(doc))


def cac_sentence(cac: Cac, lang: str | None) -> str:
    """Why the CAC cannot be computed, as one sentence ("" when it can)."""
    if cac.problem is None:
        return ""
    where = say("cac_where_acquisition" if cac.acquisition_only else "cac_where_all", lang)
    units = ", ".join(u if u is not None else say("no_unit", lang) for u in cac.cost_units)
    return say("cac_" + cac.problem, lang, where=where, units=units)


def _amount(value: float, unit: str | None, number: Number) -> str:
    return f"{number(value)} {unit}" if unit else number(value)


def cac_text(cac: Cac, lang: str | None, number: Number) -> str:
    """"CAC: 100 €", or the sentence saying why it cannot be computed (the metrics
    footer's words)."""
    if cac.value is None:
        return cac_sentence(cac, lang)
    return f"{say('cac', lang)}: {_amount(cac.value, cac.currency, number)}"


def as_json(report: CheckReport, file: str) -> dict[str, Any]:
    """The spec's object: {"file", "keys", "evidence", "cac"}."""
    cac: dict[str, Any]
    if report.cac.value is not None:
        cac = {"value": report.cac.value, "currency": report.cac.currency}
    else:
        cac = {"missing": cac_sentence(report.cac, report.language)}
    return {
        "file": file,
        "keys": [{"key": k.key, "status": k.status,
                  "findings": [{"path": f.path, "message": f.message} for f in k.findings]}
                 for k in report.keys],
        "evidence": {"observed": report.evidence.observed,
                     "assumed": report.evidence.assumed,
                     "unstated": report.evidence.unstated},
        "cac": cac,
    }


def _pct(part: int, total: int, number: Number) -> str:
    return f"{number(round(100 * part / total)) if total else '0'} %"


def evidence_line(report: CheckReport, number: Number) -> str:
    e, lang = report.evidence, report.language
    return say("evidence_line", lang, observed=e.observed, assumed=e.assumed,
               unstated=e.unstated, observed_pct=_pct(e.observed, e.total, number),
               assumed_pct=_pct(e.assumed, e.total, number),
               unstated_pct=_pct(e.unstated, e.total, number))


def no_emotion_line(report: CheckReport) -> str:
    lang = report.language
    names = ", ".join(f"“{name}”" for _i, name in report.no_emotion) or say("none", lang)
    return f"{say('no_emotion', lang)}: {names}"


def cac_lines(report: CheckReport, number: Number) -> list[str]:
    """The CAC line (with what it was summed over), and the per-customer costs."""
    cac, lang = report.cac, report.language
    lines = [cac_text(cac, lang, number)]
    if cac.value is not None:
        over = say("cac_over_acquisition" if cac.acquisition_only else "cac_over_all", lang)
        lines[0] += f" ({over})"
    if cac.per_customer:
        amounts = ", ".join(_amount(v, u, number) for u, v in cac.per_customer.items())
        lines.append(f"{say('cost_per_customer', lang)}: {amounts}")
    return lines


def text_lines(report: CheckReport, number: Number) -> list[str]:
    """The human report, one line each (findings indented under their key)."""
    lang = report.language
    lines = []
    for k in report.keys:
        status = word(STATUS, k.status, lang)
        if status != k.status:  # the spec's word too (ok, weak, missing), as --json says it
            status += f" ({k.status})"
        lines.append(f"{k.key}. {word(KEYS, k.key, lang)}: {status}")
        lines.extend(f"   {f.path}: {f.message}" for f in k.findings)
    lines.append(f"{say('evidence', lang)}: {evidence_line(report, number)}")
    lines.append(no_emotion_line(report))
    lines.extend(cac_lines(report, number))
    return [one_line(line) for line in lines]
