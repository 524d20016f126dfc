"""The map's health check (spec/cli.md, `check`): the eight keys of a good map, the
evidence behind the cards, stages with no emotion, and the CAC. No Qt, no I/O.

    report = run_check(doc)
    report.ok                      -> every key is ok
    as_json(report, "map.cjmap")   -> the spec's JSON object
"""

from cjeditor.check.cac import Cac, acquisition_stages, compute_cac
from cjeditor.check.keys import Finding, KeyResult, check_keys
from cjeditor.check.report import (
    CheckReport,
    Evidence,
    as_json,
    cac_sentence,
    cac_text,
    run_check,
    text_lines,
)

__all__ = ["Cac", "CheckReport", "Evidence", "Finding", "KeyResult", "acquisition_stages",
           "as_json", "cac_sentence", "cac_text", "check_keys", "compute_cac", "run_check",
           "text_lines"]
