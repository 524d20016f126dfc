"""`cjeditor check`: the human report, --json in the spec's shape, exit statuses."""

from __future__ import annotations

import json

from check_maps import good_dict

from cjeditor.cli import main
from cjeditor.templates import create_map


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_good_map_exits_0(capsys, write_map):
    path = write_map(good_dict())
    status, out, err = run(capsys, "check", str(path))
    assert status == 0, out + err
    assert "CAC: 100 €" in out and "8. Specific actions: ok" in out


def test_a_title_on_two_lines_keeps_the_report_one_line_each(capsys, write_map):
    raw = good_dict()
    raw["meta"]["title"] = "Compra\nonline"
    path = write_map(raw)
    _status, out, _err = run(capsys, "check", str(path))
    assert out.splitlines()[0] == f"{path}: Compra\\nonline"
    assert out.splitlines()[1].startswith("  1. ")


def test_blank_template_exits_1_with_every_key_missing(capsys, tmp_path):
    path = tmp_path / "blank.cjmap"
    assert main(["new", "--template", "blank", "--language", "en", str(path)]) == 0
    capsys.readouterr()
    status, out, _err = run(capsys, "check", "--json", str(path))
    assert status == 1
    (result,) = json.loads(out)
    assert [k["status"] for k in result["keys"]] == ["missing"] * 8
    assert result["keys"][0]["findings"] == [
        {"path": "personas", "message": result["keys"][0]["findings"][0]["message"]}]


def test_json_shape(capsys, write_map):
    good = write_map(good_dict(), "good.cjmap")
    data = good_dict("es")
    data["lanes"][7]["cards"] = data["lanes"][7]["cards"][:2]  # costs, no customers
    data["lanes"][1]["cards"].pop()
    weak = write_map(data, "weak.cjmap")
    status, out, _err = run(capsys, "check", "--json", str(good), str(weak))
    assert status == 1
    results = json.loads(out)
    assert [r["file"] for r in results] == [str(good), str(weak)]
    for r in results:
        assert set(r) == {"file", "keys", "evidence", "cac"}
        assert [k["key"] for k in r["keys"]] == list(range(1, 9))
        for k in r["keys"]:
            assert set(k) == {"key", "status", "findings"}
            assert k["status"] in ("ok", "weak", "missing")
            for f in k["findings"]:
                assert set(f) == {"path", "message"}
                assert isinstance(f["message"], str) and f["message"]
        assert set(r["evidence"]) == {"observed", "assumed", "unstated"}
        assert all(isinstance(v, int) for v in r["evidence"].values())
    assert results[0]["cac"] == {"value": 100.0, "currency": "€"}
    assert results[0]["evidence"] == {"observed": 1, "assumed": 1, "unstated": 13}
    assert set(results[1]["cac"]) == {"missing"}
    assert results[1]["cac"]["missing"].startswith("No se puede calcular el CAC")
    third = results[1]["keys"][2]
    assert third["status"] == "weak"
    assert third["findings"] == [{"path": "stages[1]",
                                  "message": "La etapa “Choice” no dice qué espera el cliente."}]


def test_refused_file_exits_1_and_says_why(capsys, tmp_path, write_map):
    bad = tmp_path / "bad.cjmap"
    bad.write_text("{ not json", encoding="utf-8")
    good = write_map(good_dict())
    status, out, err = run(capsys, "check", "--json", str(good), str(bad))
    assert status == 1
    results = json.loads(out)  # one object per file (spec): the refused one says why
    assert [r["file"] for r in results] == [str(good), str(bad)]
    assert "keys" in results[0] and "keys" not in results[1]
    [why] = results[1]["refused"]
    assert why.startswith("line 1 column 3: ") and f"{bad}: {why}" in err.splitlines()
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys):
    status, _out, err = run(capsys, "check")
    assert status == 2
    status, _out, err = run(capsys, "check", "--nope", "x.cjmap")
    assert status == 2


def test_human_report_in_spanish(capsys, tmp_path):
    path = tmp_path / "mapa.cjmap"
    from cjeditor.fileio import save

    save(create_map("blank", "es"), path)
    status, out, _err = run(capsys, "check", str(path))
    assert status == 1
    assert "1. Tipo de cliente: falta (missing)" in out  # and the spec's word for it
    assert "   personas: No hay ninguna persona" in out
    assert "No se puede calcular el CAC" in out


def test_check_and_compare_start_no_qt(tmp_path, write_map):
    """Like validate and export, check and compare run on a server with no display."""
    import os
    import subprocess
    import sys

    path = write_map(good_dict())
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = ("import sys\nfrom cjeditor.cli import main\n"
            f"a = main(['check', '--json', {str(path)!r}])\n"
            f"b = main(['compare', {str(path)!r}, {str(path)!r}, '-o', 'c.pdf'])\n"
            "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print('STATUS', a, b, qt)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=120)
    assert "STATUS 0 0 []" in result.stdout, result.stderr
    assert (tmp_path / "c.pdf").stat().st_size > 0


def test_a_name_with_a_line_break_stays_on_its_finding_line(capsys, tmp_path):
    path = tmp_path / "blank.cjmap"
    assert main(["new", "--template", "blank", "--language", "en", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stages"][0]["name"] = "Antes\nde\tcomprar"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    status, out, _err = run(capsys, "check", str(path))
    assert status == 1
    quoted = [line for line in out.splitlines() if "Antes" in line]
    assert len(quoted) >= 3 and all("Antes\\nde\\tcomprar" in line for line in quoted), out
    assert not any(line.startswith("de") for line in out.splitlines())
    status, out, _err = run(capsys, "check", "--json", str(path))  # JSON keeps the text
    assert "Antes\nde\tcomprar" in json.dumps(json.loads(out)[0], ensure_ascii=False) \
        or "Antes\\nde\\tcomprar" in out
