"""Whatever a table or a journey holds, import gives a valid map or a refusal with
plain sentences: never another exception (which the command line would show as an
unexpected error)."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjeditor.mermaid import JourneyError, parse_journey
from cjeditor.model import JourneyMap
from cjeditor.tables import COLUMNS, TableError, read_table

REQUIRED = ("lane_type", "stage_name", "kind", "title")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["note", "emotion", "touchpoint", "metric", "image", "notes", "emotions",
                     "touchpoints", "metrics", "0", "1", "-1", "7", "2.5", "1e400", "nan",
                     "true", "x", "s1", "c1", "l1", "'=1", "email", "cost", ""]),
)


@FUZZ
@given(st.lists(st.sampled_from([c for c in COLUMNS if c not in REQUIRED]), max_size=8,
                unique=True),
       st.lists(st.tuples(
           st.sampled_from(["notes", "actions", "emotions", "touchpoints", "metrics", "x"]),
           st.sampled_from(["A", "B", "Ü", "", " "]),
           st.sampled_from(["note", "note", "emotion", "touchpoint", "metric", "image", "?"]),
           st.text(max_size=8),
           st.lists(st.one_of(st.just(""), st.just(""), cells), max_size=9)), max_size=6))
def test_any_csv_gives_a_map_or_a_refusal(columns, rows):
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow([*REQUIRED, *columns])
    writer.writerows([[*row[:4], *row[4]] for row in rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_text(text.getvalue(), "utf-8")
        try:
            doc = read_table(path)
        except TableError as exc:
            assert exc.lines() and all(line.startswith(f"{path}: ") for line in exc.lines())
        else:
            JourneyMap.model_validate(doc.model_dump(by_alias=True))
            accepted.append(len(rows))


accepted: list[int] = []


def test_the_fuzz_reaches_maps():
    test_any_csv_gives_a_map_or_a_refusal()
    assert accepted  # not every table was refused


words = st.sampled_from(["journey", "title", "section", "accDescr", "accTitle", ":", ",", ";",
                         "#", "%%", "#35;", "{", "}", "5", "-3", "Yo", "\t", " ", "\n"])


@FUZZ
@given(st.lists(st.one_of(words, st.text(max_size=6)), max_size=40))
def test_any_text_gives_a_journey_or_a_refusal(parts):
    text = "journey\n" + "".join(parts)
    try:
        doc, warnings = parse_journey(text, "j.mmd")
    except JourneyError as exc:
        assert all(line.startswith("j.mmd: ") for line in exc.lines())
    else:
        JourneyMap.model_validate(doc.model_dump(by_alias=True))
        assert all(w.startswith("j.mmd: line ") for w in warnings)
