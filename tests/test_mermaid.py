"""Mermaid journeys in and out (spec/cli.md, "Mermaid journeys"), on journeys as people
write them: several actors per task, scores outside 1..5, non-Latin text, tabs or
spaces, `%%` comments, Markdown around them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjeditor.fileio import load
from cjeditor.mermaid import (
    NO_EMOTION,
    JourneyError,
    journey_text,
    parse_journey,
    read_journey,
)
from cjeditor.model import JourneyMap

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "zapatillas-running.cjmap"

# Mermaid's own documentation example.
WORKING_DAY = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""

# As a Spanish team writes it in a wiki: a directive, comments, tabs and spaces mixed,
# keywords in capitals, several actors, scores out of range, non-Latin actors.
COMPRA = """%%{init: {"theme": "forest"}}%%
Journey
\tTitle Compra de zapatillas: ¿online o en tienda?
  %% Laura compra por primera vez; Andrés repite modelo
\tsection Búsqueda online
\t\tBusca "zapatillas trail" en Google: 4: Laura, Andrés
\t    Lee reseñas ★★★★☆: 5: Laura
\t\tCompara precios 💶: 2: Laura, 李明
  SECTION La elección   # el momento de la verdad
      Elige talla: 0: Laura
      Paga con tarjeta: 4.5: Laura, Andrés, 李明
      Recibe el email de confirmación: 9: Andrés
    section Uso
      Sale a correr:3
"""


def by_name(doc: JourneyMap) -> dict[str, dict[str, int]]:
    """persona name -> {stage name: emotion score}."""
    names = {p.id: p.name for p in doc.personas}
    stages = {s.id: s.name for s in doc.stages}
    out: dict[str, dict[str, int]] = {}
    for lane in doc.lanes:
        if lane.type == "emotions":
            who = names.get(lane.persona, "") if lane.persona else ""
            out[who] = {stages[c.stage]: c.score for c in lane.cards}
    return out


def actions(doc: JourneyMap) -> list[tuple[str, str]]:
    stages = {s.id: s.name for s in doc.stages}
    order = {s.id: n for n, s in enumerate(doc.stages)}
    cards = [c for lane in doc.lanes if lane.type == "actions" for c in lane.cards]
    return [(stages[c.stage], c.title) for c in sorted(cards, key=lambda c: order[c.stage])]


def test_mermaids_own_example():
    doc, warnings = parse_journey(WORKING_DAY, "day.mmd", "en")
    assert warnings == []
    assert doc.meta.title == "My working day" and doc.meta.language == "en"
    assert [s.name for s in doc.stages] == ["Go to work", "Go home"]
    assert [p.name for p in doc.personas] == ["Me", "Cat"]
    assert actions(doc) == [("Go to work", "Make tea"), ("Go to work", "Go upstairs"),
                            ("Go to work", "Do work"), ("Go home", "Go downstairs"),
                            ("Go home", "Sit down")]
    # Me: mean(5, 3, 1) = 3 -> 0; mean(5, 5) = 5 -> +2. Cat: 1 -> -2.
    assert by_name(doc) == {"Me": {"Go to work": 0, "Go home": 2}, "Cat": {"Go to work": -2}}
    lanes = [(lane.type, lane.title) for lane in doc.lanes]
    assert lanes == [("actions", "Customer actions"), ("emotions", "Emotions: Me"),
                     ("emotions", "Emotions: Cat")]


def test_a_journey_as_people_write_it():
    doc, warnings = parse_journey(COMPRA, "compra.mmd")
    assert doc.meta.title == "Compra de zapatillas: ¿online o en tienda?"
    assert [s.name for s in doc.stages] == ["Búsqueda online", "La elección", "Uso"]
    assert [p.name for p in doc.personas] == ["Laura", "Andrés", "李明"]
    assert ("Búsqueda online", 'Busca "zapatillas trail" en Google') in actions(doc)
    assert ("Búsqueda online", "Compara precios 💶") in actions(doc)
    scores = by_name(doc)
    # Laura: (4 + 5 + 2) / 3 = 3.67 -> +1; (1 [0 clamped] + 4.5) / 2 = 2.75 -> 0 (−0.25)
    assert scores["Laura"] == {"Búsqueda online": 1, "La elección": 0}
    # Andrés: 4 -> +1; (4.5 + 5 [9 clamped]) / 2 = 4.75 -> +2 (1.75)
    assert scores["Andrés"] == {"Búsqueda online": 1, "La elección": 2}
    # 李明: 2 -> -1; 4.5 -> +1.5 -> +2 (half away from zero)
    assert scores["李明"] == {"Búsqueda online": -1, "La elección": 2}
    assert scores[""] == {"Uso": 0}  # a task without actors: an emotion lane of no persona
    assert warnings == [
        "compra.mmd: line 10: the score 0 is outside 1..5 and was taken as 1",
        "compra.mmd: line 12: the score 9 is outside 1..5 and was taken as 5",
    ]


def test_front_matter_gives_the_title(tmp_path):
    notes = tmp_path / "notas.md"
    notes.write_text("Notas\n\n```mermaid\n---\ntitle: Alta en la app\nconfig:\n  theme: base\n"
                     "---\njourney\n  section Registro\n    Descarga la app: 4: Ana\n```\n",
                     "utf-8")
    doc, _ = read_journey(notes)
    assert doc.meta.title == "Alta en la app" and [s.name for s in doc.stages] == ["Registro"]


def test_each_task_is_a_card_even_with_the_same_name():
    text = ("journey\n  section Pago\n    Paga: 2: Laura\n    Paga: 4: Pedro\n"
            "    %% same task, other actors\n    Paga: 5: Ana\n")
    doc, _ = parse_journey(text)
    assert actions(doc) == [("Pago", "Paga"), ("Pago", "Paga")]  # the third continues
    assert by_name(doc) == {"Laura": {"Pago": -1}, "Pedro": {"Pago": 1}, "Ana": {"Pago": 2}}


@pytest.mark.parametrize(("scores", "expected"), [
    ("1", -2), ("2", -1), ("3", 0), ("4", 1), ("5", 2),
    ("4\n  b: 5", 2),  # 4.5 -> +1.5 -> +2
    ("2\n  b: 3", -1),  # 2.5 -> -0.5 -> -1
    ("1\n  b: 2", -2),  # 1.5 -> -1.5 -> -2
    ("3\n  b: 4\n  c: 4", 1),  # 3.67 -> +0.67 -> +1
    ("-4", -2), ("12", 2), ("2.5", -1), ("3.5", 1),
])
def test_scores_map_from_1_5_to_minus_2_plus_2(scores, expected):
    text = "journey\nsection S\n  a: " + scores.replace("\n  b:", ": X\n  b:").replace(
        "\n  c:", ": X\n  c:") + ": X\n"
    doc, _ = parse_journey(text)
    assert by_name(doc) == {"X": {"S": expected}}


@pytest.mark.parametrize(("text", "line", "words"), [
    ("graph TD\n  A --> B\n", 1, "not a Mermaid journey"),
    ("%% note\n\nsequenceDiagram\n", 3, "not a Mermaid journey"),
    ("journey\n  title T\n  section A\n    Do it 5 Me\n", 4, "not Mermaid journey syntax"),
    ("journey\n  section A\n    Do it: high: Me\n", 3, 'the score "high" is not a number'),
    ("journey\n  section A\n    Do it: 5; Me\n", 3, '";" is not Mermaid journey syntax'),
    ("journey\n  section A: 5\n", 2, "not Mermaid journey syntax"),
    ("journey\n  section A\n    : 5: Me\n", 3, "the task has no name"),
])
def test_what_is_not_journey_syntax_is_refused_with_its_line(text, line, words):
    with pytest.raises(JourneyError) as caught:
        parse_journey(text, "j.mmd")
    first = caught.value.lines()[0]
    assert first.startswith(f"j.mmd: line {line}: ") and words in first


def test_markdown_takes_the_first_mermaid_journey_block(tmp_path):
    notes = tmp_path / "README.md"
    notes.write_text(
        "# Nuestro viaje\n\n```python\nprint('journey')\n```\n\n"
        "```mermaid\nflowchart LR\n  A --> B\n```\n\n"
        "Texto.\n\n```mermaid\njourney\n  title Desde el README\n  section Inicio\n"
        "    Abre la app: 7: Ana\n```\n\n```mermaid\njourney\n  title Segundo\n```\n",
        "utf-8")
    doc, warnings = read_journey(notes)
    assert doc.meta.title == "Desde el README"
    assert warnings == [f"{notes}: line 18: the score 7 is outside 1..5 and was taken as 5"]
    empty = tmp_path / "vacío.md"
    empty.write_text("# Nada\n\n```mermaid\ngraph TD\n```\n", "utf-8")
    with pytest.raises(JourneyError, match="holds no ```mermaid block with a journey"):
        read_journey(empty)


def test_export_then_import_gives_back_stages_actions_personas_and_scores(tmp_path):
    doc = load(EXAMPLE)
    text, notes = journey_text(doc)
    assert text.startswith("journey\n    title Compra online de zapatillas")
    assert "left out" in notes[0] and "connections" in notes[0]
    back, warnings = parse_journey(text)
    assert warnings == []
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    assert actions(back) == actions(doc)
    assert by_name(back) == expected_scores(doc)
    # And the journey text is a fixed point.
    assert journey_text(back)[0] == text


def test_cli_export_and_import(tmp_path):
    out = tmp_path / "viaje.mmd"
    result = subprocess.run([sys.executable, "-m", "cjeditor", "export", str(EXAMPLE), "-o",
                             str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"{out}: a Mermaid journey holds the title")
    journey = tmp_path / "j.mmd"
    journey.write_text(COMPRA, "utf-8")
    back = tmp_path / "j.cjmap"
    result = subprocess.run([sys.executable, "-m", "cjeditor", "import", str(journey), "-o",
                             str(back), "--language", "en"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"{journey}: line 10: the score 0 is outside 1..5 and was taken as 1",
        f"{journey}: line 12: the score 9 is outside 1..5 and was taken as 5"]
    assert load(back).lanes[0].title == "Customer actions"
    bad = tmp_path / "flow.mmd"
    bad.write_text("graph TD\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "cjeditor", "import", str(bad), "-o",
                             str(tmp_path / "x.cjmap")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{bad}: line 1: this is not a Mermaid journey")
    assert not (tmp_path / "x.cjmap").exists()


# ------------------------------------------------------------------ round trip
names = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=25)


@st.composite
def journeys(draw: Any) -> dict[str, Any]:
    """Maps a Mermaid journey can hold: stages, action cards, personas with emotions."""
    stage_count = draw(st.integers(1, 4))
    stages = [{"id": f"s{n}", "name": draw(names)} for n in range(stage_count)]
    persona_names = draw(st.lists(names, max_size=3, unique=True))
    personas = [{"id": f"p{n}", "name": name} for n, name in enumerate(persona_names)]
    lanes: list[dict[str, Any]] = []
    counter = iter(range(10**6))
    cards = []
    for stage in stages:
        for _ in range(draw(st.integers(0, 3))):
            title = draw(st.one_of(names, st.just("Paga")))  # the same name twice, too
            cards.append({"id": f"c{next(counter)}", "kind": "note", "stage": stage["id"],
                          "title": title})
    lanes.append({"id": "l-act", "type": "actions", "title": "Acciones", "cards": cards})
    owners = [p["id"] for p in personas if draw(st.booleans())] + (
        [None] if draw(st.booleans()) else [])  # some personas have no emotion lane
    for owner in owners:
        lane: dict[str, Any] = {"id": f"l-{owner}", "type": "emotions", "title": "E",
                                "cards": [
            {"id": f"c{next(counter)}", "kind": "emotion", "stage": s["id"], "title": "",
             "score": draw(st.integers(-2, 2))}
            for s in stages if draw(st.booleans())]}
        if owner is not None:
            lane["persona"] = owner
        lanes.append(lane)
    meta = {"title": draw(names)}
    if draw(st.booleans()):
        meta["objective"] = draw(names)
    return {"format": "cjmap", "version": 2, "meta": meta,
            "personas": personas, "phases": [], "stages": stages, "lanes": lanes,
            "assets": []}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_any_journey_round_trips(raw):
    doc = JourneyMap.model_validate(raw)
    text, _ = journey_text(doc)
    back, warnings = parse_journey(text)
    assert warnings == []
    assert (back.meta.title, back.meta.objective) == (doc.meta.title, doc.meta.objective)
    assert [s.name for s in back.stages] == [s.name for s in doc.stages]
    assert actions(back) == actions(doc)
    expected = expected_scores(doc)
    if len({s.name for s in doc.stages}) == len(doc.stages):  # by_name needs unique names
        assert by_name(back) == expected
        assert {p.name for p in back.personas} == {who for who in expected if who}


def expected_scores(doc: JourneyMap) -> dict[str, dict[str, int]]:
    """What a Mermaid journey carries of `doc`'s emotions: each persona scores with their
    own emotion lane, else with the lane of no persona; that lane scores tasks without
    actors only when no persona took it; tasks no one scores (written with Mermaid's
    neutral 3 after NO_EMOTION) come back as no one's emotion."""
    stages = {s.id: s.name for s in doc.stages}
    curves: dict[str | None, dict[str, int]] = {}
    for lane in doc.lanes:
        if lane.type == "emotions" and lane.persona not in curves:
            curves[lane.persona] = {stages[c.stage]: c.score for c in lane.cards}
    out: dict[str, dict[str, int]] = {}
    used = False
    for persona in doc.personas:
        marks = curves.get(persona.id, curves.get(None))
        if marks is not None:
            out[persona.name] = dict(marks)
            used |= persona.id not in curves
    if None in curves and not used:
        out[""] = dict(curves[None])
    with_actions = {stage for stage, _ in actions(doc)}
    out = {who: {s: v for s, v in marks.items() if s in with_actions}
           for who, marks in out.items()}
    return {who: marks for who, marks in out.items() if marks}


def test_an_action_no_one_felt_anything_at_comes_back_without_an_emotion():
    """A persona with an emotion at one stage only: the action at the other stage is
    written with Mermaid's neutral 3 after NO_EMOTION, and is read back with no emotion
    (no emotion lane of no persona is made up)."""
    raw = {"format": "cjmap", "version": 2, "meta": {"title": "Alta"},
           "personas": [{"id": "p-ana", "name": "Ana"}], "phases": [],
           "stages": [{"id": "s1", "name": "Registro"}, {"id": "s2", "name": "Pago"}],
           "lanes": [{"id": "l1", "type": "actions", "title": "Acciones", "cards": [
               {"id": "c1", "kind": "note", "stage": "s1", "title": "Descarga la app"},
               {"id": "c2", "kind": "note", "stage": "s2", "title": "Paga"}]},
                     {"id": "l2", "type": "emotions", "title": "Emociones", "persona": "p-ana",
                      "cards": [{"id": "e1", "kind": "emotion", "stage": "s1", "title": "",
                                 "score": 1}]}],
           "assets": []}
    text, notes = journey_text(JourneyMap.model_validate(raw))
    assert f"      {NO_EMOTION}\n      Paga: 3\n" in text
    assert any(NO_EMOTION in note for note in notes)
    back, warnings = parse_journey(text)
    assert warnings == [] and actions(back) == actions(JourneyMap.model_validate(raw))
    assert [lane.type for lane in back.lanes] == ["actions", "emotions"]
    assert by_name(back) == {"Ana": {"Registro": 1}}


def test_a_persona_without_an_emotion_lane_scores_with_the_lane_of_no_persona():
    raw = {"format": "cjmap", "version": 2, "meta": {"title": "Alta"},
           "personas": [{"id": "p-ana", "name": "Ana"}], "phases": [],
           "stages": [{"id": "s1", "name": "Registro"}],
           "lanes": [{"id": "l1", "type": "actions", "title": "Acciones", "cards": [
               {"id": "c1", "kind": "note", "stage": "s1", "title": "Descarga la app"}]},
                     {"id": "l2", "type": "emotions", "title": "Emociones", "cards": [
               {"id": "e1", "kind": "emotion", "stage": "s1", "title": "", "score": 1}]}],
           "assets": []}
    text, notes = journey_text(JourneyMap.model_validate(raw))
    assert "      Descarga la app: 4: Ana\n" in text
    back, _ = parse_journey(text)
    assert [p.name for p in back.personas] == ["Ana"] and by_name(back) == {"Ana": {"Registro": 1}}


def test_notes_count_only_what_the_export_left_out():
    """With --persona the other personas were left out on purpose; a stage's emotion
    with no task to carry it is something left out."""
    doc = load(EXAMPLE)
    _text, notes = journey_text(doc, "p-andres")
    assert not any("persona without" in note for note in notes)
    _text, notes = journey_text(doc)
    raw = {"format": "cjmap", "version": 2, "meta": {"title": "Alta"}, "personas": [],
           "phases": [], "stages": [{"id": "s1", "name": "Registro"}],
           "lanes": [{"id": "l2", "type": "emotions", "title": "Emociones", "cards": [
               {"id": "e1", "kind": "emotion", "stage": "s1", "title": "", "score": 1}]}],
           "assets": []}
    _text, notes = journey_text(JourneyMap.model_validate(raw))
    assert "nothing of this map was left out" not in notes[0]
    assert "1 stage's emotions (no action card to carry them)" in notes[0]


def test_personas_that_share_a_name_come_back_as_two_with_their_own_scores():
    # Mermaid knows actors by name: written as one actor, two "Ana" came back as one
    # persona with the mean of both curves, and the export said nothing was left out
    def emotions(lane_id: str, persona: str, scores: list[int]) -> dict[str, Any]:
        return {"id": lane_id, "type": "emotions", "title": "Emociones", "persona": persona,
                "cards": [{"id": f"{lane_id}-{i}", "kind": "emotion", "stage": f"s{i}",
                           "title": "", "score": score} for i, score in enumerate(scores)]}

    raw = {"format": "cjmap", "version": 2, "meta": {"title": "Dos Anas"},
           "personas": [{"id": "p1", "name": "Ana"}, {"id": "p2", "name": "Ana"},
                        {"id": "p3", "name": "Ana (2)"}], "phases": [],
           "stages": [{"id": "s0", "name": "Busca"}, {"id": "s1", "name": "Compra"}],
           "lanes": [{"id": "la", "type": "actions", "title": "Acciones", "cards": [
               {"id": "a0", "kind": "note", "stage": "s0", "title": "Busca"},
               {"id": "a1", "kind": "note", "stage": "s1", "title": "Paga"}]},
                     emotions("e1", "p1", [-2, 2]), emotions("e2", "p2", [1, -1]),
                     emotions("e3", "p3", [0, 0])],
           "assets": []}
    text, notes = journey_text(JourneyMap.model_validate(raw))
    assert ('personas that share a name are written as actors of their own, numbered: '
            '"Ana" as "Ana (3)"') in notes
    back, _ = parse_journey(text)
    assert [p.name for p in back.personas] == ["Ana", "Ana (3)", "Ana (2)"]
    assert by_name(back) == {"Ana": {"Busca": -2, "Compra": 2},
                             "Ana (3)": {"Busca": 1, "Compra": -1},
                             "Ana (2)": {"Busca": 0, "Compra": 0}}


def test_too_many_actors_is_said_once_at_the_first_one_too_many():
    actors = ", ".join(f"Persona {n}" for n in range(60))
    with pytest.raises(JourneyError) as info:
        parse_journey(f"journey\n  title Muchos\n  section Uno\n    Busca: 3: {actors}\n")
    assert info.value.lines() == [
        "journey: line 4: too many actors: a map holds at most 50 personas"]
