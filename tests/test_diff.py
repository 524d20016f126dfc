"""`cjeditor diff` (spec/cli.md, "diff"): changes by id, every kind of object and of
change, human lines and JSON, exit statuses, and git's diff driver."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from maps import v2_map

from cjeditor.diff import diff_maps
from cjeditor.model import JourneyMap


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "cjeditor", *args], capture_output=True,
                            text=True, cwd=cwd, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def changes(edit: Any) -> list[tuple[str, str, str]]:
    old = v2_map()
    new = v2_map()
    edit(new)
    found = diff_maps(JourneyMap.model_validate(old), JourneyMap.model_validate(new))
    return [(c.change, c.kind, c.id) for c in found]


def lane(doc: dict[str, Any], lane_id: str) -> dict[str, Any]:
    return next(item for item in doc["lanes"] if item["id"] == lane_id)


def test_the_same_map_has_no_changes():
    assert changes(lambda doc: None) == []
    # Dates and formatting are not changes; an empty text is no text.
    assert changes(lambda doc: doc["meta"].update(modified="2026-01-01T00:00:00+01:00")) == []
    assert changes(lambda doc: lane(doc, "l-fb")["cards"][0].update(text="")) == []


@pytest.mark.parametrize(("edit", "expected"), [
    # stages
    (lambda d: d["stages"].append({"id": "s-4", "name": "Nueva"}), [("added", "stage", "s-4")]),
    (lambda d: d["stages"].insert(0, {"id": "s-0", "name": "Antes"}),
     [("added", "stage", "s-0")]),  # the others shifted, none "moved"
    (lambda d: d["stages"][2].update(name="Uso diario", color="#112233"),
     [("changed", "stage", "s-3")]),
    # phases
    (lambda d: d["phases"].append({"id": "ph-2", "name": "Uso"}), [("added", "phase", "ph-2")]),
    (lambda d: d["phases"][0].update(name="Comprar"), [("changed", "phase", "ph-1")]),
    # lanes
    (lambda d: d["lanes"].append({"id": "l-new", "type": "notes", "title": "N", "cards": []}),
     [("added", "lane", "l-new")]),
    (lambda d: d["lanes"].append(d["lanes"].pop(2)), [("moved", "lane", "l-exp")]),
    (lambda d: lane(d, "l-tp").update(title="Canales", collapsed=True),
     [("changed", "lane", "l-tp")]),
    # personas
    (lambda d: d["personas"].append({"id": "p-2", "name": "Andrés"}),
     [("added", "persona", "p-2")]),
    (lambda d: d["personas"][0].update(role="Corredora"), [("changed", "persona", "p-1")]),
    # connections
    (lambda d: d["connections"].pop(), [("removed", "connection", "k-4")]),
    (lambda d: d["connections"].append({"id": "k-9", "from": "c-exp", "to": "c-pain"}),
     [("added", "connection", "k-9")]),
    (lambda d: d["connections"][0].update(style="dependency"),
     [("changed", "connection", "k-1")]),
    # views
    (lambda d: d["views"].pop(0), [("removed", "view", "v-sup")]),
    (lambda d: d["views"].append(d["views"].pop(0)), [("moved", "view", "v-sup")]),
    (lambda d: d["views"][1].update(lanes=["l-front", "l-sup"]), [("changed", "view", "v-front")]),
    # cards
    (lambda d: lane(d, "l-pain")["cards"].append(
        {"id": "c-p2", "kind": "pain_point", "stage": "s-1", "title": "Lento"}),
     [("added", "card", "c-p2")]),
    (lambda d: lane(d, "l-pain")["cards"][0].update(severity=5, title="Envío carísimo"),
     [("changed", "card", "c-pain")]),
    (lambda d: lane(d, "l-idea")["cards"][0].update(stage="s-1"), [("moved", "card", "c-idea")]),
    (lambda d: lane(d, "l-ev")["cards"].append(lane(d, "l-notes")["cards"].pop()),
     [("moved", "card", "c-note")]),
])
def test_each_kind_of_change(edit, expected):
    assert changes(edit) == expected


def test_removed_objects():
    def edit(doc):
        doc["personas"] = []
        doc["views"][0].pop("persona")
        lane(doc, "l-notes").pop("persona")
        doc["stages"][2]["name"] = "Uso"
        doc["lanes"] = [item for item in doc["lanes"] if item["id"] != "l-met"]
        doc["lanes"][0]["line_below"] = "interaction"
        lane(doc, "l-tp").pop("line_below")
        lane(doc, "l-notes").pop("line_below")

    found = changes(edit)
    assert ("removed", "persona", "p-1") in found
    assert ("removed", "lane", "l-met") in found
    assert ("removed", "card", "c-met") in found


def test_a_card_moved_within_its_cell_and_the_fields_shown():
    def edit(doc):
        cards = lane(doc, "l-ev")["cards"]
        cards.insert(0, {"id": "c-ev0", "kind": "note", "stage": "s-2", "title": "Bolsa"})
        cards.append({"id": "c-ev3", "kind": "note", "stage": "s-2", "title": "Tercera"})

    assert changes(edit) == [("added", "card", "c-ev0"), ("added", "card", "c-ev3")]
    old = JourneyMap.model_validate(v2_map())
    raw = v2_map()
    cards = lane(raw, "l-ev")["cards"]
    cards += [{"id": "c-a", "kind": "note", "stage": "s-2", "title": "A"},
              {"id": "c-b", "kind": "note", "stage": "s-2", "title": "B"},
              {"id": "c-c", "kind": "note", "stage": "s-2", "title": "C"}]
    old = JourneyMap.model_validate(raw)
    cards.append(cards.pop(-3))
    cards[-1]["title"] = "A bis"
    found = diff_maps(old, JourneyMap.model_validate(raw))
    assert [(c.change, c.id) for c in found] == [("moved", "c-a"), ("changed", "c-a")]
    moved, changed = found
    assert moved.text() == ('moved card c-a "A bis": lane l-ev, stage s-2, position 2 → '
                            "lane l-ev, stage s-2, position 4")
    assert changed.text() == 'changed card c-a "A bis": title "A" → "A bis"'
    assert changed.as_json() == {"change": "changed", "kind": "card", "id": "c-a",
                                 "name": "A bis",
                                 "fields": {"title": {"old": "A", "new": "A bis"}}}


def test_map_fields_are_changes_too():
    found = diff_maps(JourneyMap.model_validate(v2_map()),
                      JourneyMap.model_validate({**v2_map(), "meta": {"title": "Otro"}}))
    assert found[0].kind == "map" and "title" in found[0].fields


# ------------------------------------------------------------------ the command
@pytest.fixture
def pair(tmp_path):
    old = tmp_path / "antes.cjmap"
    new = tmp_path / "después.cjmap"
    old.write_text(json.dumps(v2_map(), ensure_ascii=False), "utf-8")
    raw = v2_map()
    lane(raw, "l-pain")["cards"][0]["severity"] = 5
    raw["stages"].append({"id": "s-4", "name": "Recomendación"})
    new.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    return old, new


def test_cli_exit_statuses_and_output(pair, tmp_path):
    old, new = pair
    same = run("diff", str(old), str(old))
    assert (same.returncode, same.stdout) == (0, "")
    result = run("diff", str(old), str(new))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        'added stage s-4 "Recomendación" at position 4',
        'changed card c-pain "Envío caro": severity 4 → 5',
    ]
    data = json.loads(run("diff", "--json", str(old), str(new)).stdout)
    assert data == [
        {"change": "added", "kind": "stage", "id": "s-4", "name": "Recomendación",
         "to": {"index": 3}},
        {"change": "changed", "kind": "card", "id": "c-pain", "name": "Envío caro",
         "fields": {"severity": {"old": 4, "new": 5}}},
    ]
    assert json.loads(run("diff", "--json", str(old), str(old)).stdout) == []
    bad = tmp_path / "roto.cjmap"
    bad.write_text("{", "utf-8")
    refused = run("diff", str(old), str(bad))
    assert refused.returncode == 1 and refused.stderr.startswith(f"{bad}: line 1 column 2")
    assert run("diff", str(old)).returncode == 2
    assert run("diff", "--git", str(old), str(new)).returncode == 2


def test_git_argument_form(pair):
    old, new = pair
    result = run("diff", "--git", "mapa.cjmap", str(old), "abc", "100644", str(new), "def",
                 "100644")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "diff --cjmap a/mapa.cjmap b/mapa.cjmap"
    assert 'changed card c-pain "Envío caro": severity 4 → 5' in result.stdout
    # a rename: git passes the new path and its similarity header after the seven
    renamed = run("diff", "--git", "mapa.cjmap", str(old), "abc", "100644", str(new), "def",
                  "100644", "compra/mapa.cjmap", "similarity index 90%\nrename from ...\n")
    assert renamed.returncode == 0
    assert renamed.stdout.splitlines()[0] == "diff --cjmap a/mapa.cjmap b/compra/mapa.cjmap"
    added = run("diff", "--git", "mapa.cjmap", "/dev/null", ".", ".", str(new), "def", "100644")
    assert added.returncode == 0 and 'added stage s-1 "Búsqueda"' in added.stdout
    broken = old.with_name("conflicto.cjmap")
    broken.write_text("<<<<<<< HEAD\n{}\n=======\n", "utf-8")
    fallback = run("diff", "--git", "m.cjmap", str(old), "a", "100644", str(broken), "b",
                   "100644")
    assert fallback.returncode == 0
    assert "not compared by id" in fallback.stdout and "+<<<<<<< HEAD" in fallback.stdout
    # text without a final line break: its last line is not run into the next one
    cut = old.with_name("cortado.cjmap")
    cut.write_text('{"format": "cjmap",\n"version": ', "utf-8")
    fallback = run("diff", "--git", "m.cjmap", str(broken), "a", "100644", str(cut), "b",
                   "100644")
    assert fallback.returncode == 0
    lines = fallback.stdout.splitlines()
    assert '+"version": ' in lines and lines[-1] == "\\ No newline at end of file"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_diff_uses_the_driver(tmp_path, pair):
    old, new = pair
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], check=True, text=True,
                              capture_output=True, timeout=60).stdout

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "Test")
    # The two lines of the README (the command as this interpreter runs it).
    (repo / ".gitattributes").write_text("*.cjmap diff=cjmap\n", "utf-8")
    git("config", "diff.cjmap.command", f'"{sys.executable}" -m cjeditor diff --git')
    shutil.copy(old, repo / "viaje.cjmap")
    git("add", ".")
    git("commit", "-q", "-m", "first")
    shutil.copy(new, repo / "viaje.cjmap")
    shown = git("--no-pager", "diff")
    assert "diff --cjmap a/viaje.cjmap b/viaje.cjmap" in shown
    assert 'added stage s-4 "Recomendación" at position 4' in shown
    assert 'changed card c-pain "Envío caro": severity 4 → 5' in shown
    assert '"severity"' not in shown  # not the JSON text diff


def test_a_connection_is_named_by_its_ends():
    old = JourneyMap.model_validate(v2_map())
    raw = v2_map()
    raw["connections"][0]["label"] = "pide stock al ERP"
    raw["connections"].pop()
    found = [c.text() for c in diff_maps(old, JourneyMap.model_validate(raw))]
    assert found == ['removed connection k-4 "c-sup → c-tp"',
                     'changed connection k-1 "c-fr → c-sup: pide stock al ERP": '
                     'label "pide stock" → "pide stock al ERP"']


def test_a_long_value_is_cut_inside_its_quotes():
    from cjeditor.diff import _MAX_SHOWN, shown_value

    long = "Compra " * 40
    shown = shown_value(long)
    assert shown.startswith('"Compra') and shown.endswith('…"') and len(shown) == _MAX_SHOWN
    assert shown_value("corto") == '"corto"'
    assert shown_value(list(range(200))).endswith("…")


def test_a_picture_replaced_is_a_change_shown_by_size_and_digest():
    # a persona's photo replaced changes no field of the persona: diff said "same", exit 0
    import base64
    import io

    from PIL import Image

    def png(colour: str, size: int) -> str:
        out = io.BytesIO()
        Image.new("RGB", (size, size), colour).save(out, "PNG")
        return base64.b64encode(out.getvalue()).decode("ascii")

    old_raw, new_raw = v2_map(), v2_map()
    new_raw["assets"][0]["data"] = png("#c0392b", 40)
    new_raw["assets"].append({"id": "a-2", "media_type": "image/png", "data": png("red", 2)})
    changes = diff_maps(JourneyMap.model_validate(old_raw), JourneyMap.model_validate(new_raw))
    pictures = [c for c in changes if c.kind == "asset"]
    assert [(c.change, c.id) for c in pictures] == [("changed", "a-1"), ("added", "a-2")]
    old_shown, new_shown = pictures[0].fields["data"]
    assert old_shown.startswith("PNG, ") and new_shown.startswith("PNG, ")
    assert old_shown != new_shown and "#" in new_shown and len(new_shown) < 40
    assert diff_maps(JourneyMap.model_validate(old_raw),
                     JourneyMap.model_validate(v2_map())) == []
