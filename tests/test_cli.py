"""The `cjeditor` command as a whole process (spec/cli.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from maps import base_map

from cjeditor.fileio import load
from cjeditor.model.schema import schema_text
from cjeditor.templates import TEMPLATE_NAMES

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "cjeditor", *args], capture_output=True,
                            text=True, cwd=cwd, timeout=60)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def write_map(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip().startswith("cjeditor ")


def test_templates_lists_every_template():
    result = run("templates")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(TEMPLATE_NAMES)
    assert all("es,en" in line and "stages" in line for line in lines)


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_new_from_each_template_is_valid(tmp_path, template):
    out = tmp_path / f"{template}.cjmap"
    assert run("new", "--template", template, "--language", "en", str(out)).returncode == 0
    doc = load(out)
    assert doc.meta.language == "en"
    assert run("validate", str(out)).returncode == 0


def test_new_title_and_overwrite(tmp_path):
    out = tmp_path / "m.cjmap"
    assert run("new", "--title", "Mi viaje ¿€?", str(out)).returncode == 0
    assert load(out).meta.title == "Mi viaje ¿€?"
    before = out.read_bytes()
    refused = run("new", str(out))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert out.read_bytes() == before
    assert run("new", "--force", "--title", "Otro", str(out)).returncode == 0
    assert load(out).meta.title == "Otro"


@pytest.mark.parametrize("args", [
    ["new", "--template", "nope", "x.cjmap"],
    ["new", "--language", "fr", "x.cjmap"],
    ["new", "--title", "x" * 201, "x.cjmap"],
    ["new", "--title", "", "x.cjmap"],
    ["new", "--title", "   ", "x.cjmap"],
    ["new", "x.txt"],
    ["new"],
    ["validate"],
    ["export", "a.cjmap"],
    ["validate", "--bogus", "a"],
])
def test_bad_command_lines_exit_2(tmp_path, args):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr
    assert not (tmp_path / "x.cjmap").exists()


def test_validate_good_and_bad_files(tmp_path):
    good = write_map(tmp_path / "good.cjmap", base_map())
    doc = base_map()
    doc["lanes"][1]["cards"][0]["stage"] = "s9"
    doc["stages"][0]["moment"] = "xmot"
    bad = write_map(tmp_path / "bad.cjmap", doc)
    syntax = tmp_path / "syntax.cjmap"
    syntax.write_text('{\n  "format": "cjmap",\n  oops\n}', encoding="utf-8")
    before = bad.read_bytes()

    assert run("validate", str(good)).returncode == 0
    result = run("validate", str(good), str(bad), str(syntax), str(tmp_path / "missing.cjmap"))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert f"{bad}: stages[0].moment: must be one of 'zmot', 'fmot', 'amot', 'smot' or 'tmot'" \
        in lines or any(line.startswith(f"{bad}: stages[0].moment: ") for line in lines)
    # every problem at once: the broken reference too, checked with the moment mended
    assert f'{bad}: lanes[1].cards[0].stage: refers to stage "s9", which does not exist' \
        in lines
    assert any(line.startswith(f"{syntax}: line 3 column 3: ") for line in lines)
    assert any(line.startswith(f"{tmp_path / 'missing.cjmap'}: ") for line in lines)
    assert bad.read_bytes() == before


def test_validate_reports_reference_problems(tmp_path):
    doc = base_map()
    doc["lanes"][1]["cards"][0]["stage"] = "s9"
    bad = write_map(tmp_path / "bad.cjmap", doc)
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f'{bad}: lanes[1].cards[0].stage: refers to stage "s9", which does not exist'
    ]


def test_validate_newer_version(tmp_path):
    doc = base_map()
    doc["version"] = 3
    bad = write_map(tmp_path / "new.cjmap", doc)
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert "version 3" in result.stderr and "version 2" in result.stderr


def test_validate_version_1_using_a_version_2_key(tmp_path):
    doc = base_map()
    doc["version"] = 1
    doc["lanes"][1]["line_below"] = "interaction"
    bad = write_map(tmp_path / "old.cjmap", doc)
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert f"{bad}: lanes[1].line_below: needs version 2" in result.stderr
    del doc["lanes"][1]["line_below"]
    good = write_map(tmp_path / "old-ok.cjmap", doc)
    assert run("validate", str(good)).returncode == 0


def test_schema_matches_models():
    shipped = (REPO / "resources" / "cjmap.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "run: python -m cjeditor.model.schema"
    result = run("schema")
    assert result.returncode == 0 and result.stdout == shipped
    assert json.loads(result.stdout)["properties"]["format"]["const"] == "cjmap"


def test_headless_commands_never_import_qt(tmp_path):
    good = write_map(tmp_path / "good.cjmap", base_map())
    code = (
        "import sys, contextlib, io\n"
        "from cjeditor.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['validate', {str(good)!r}]) == 0\n"
        "    assert main(['schema']) == 0\n"
        "    assert main(['templates']) == 0\n"
        f"    assert main(['new', {str(tmp_path / 'n.cjmap')!r}]) == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- issue 8: the reader's
# refusals and the one writer, as the command line shows them

def test_validate_and_export_agree_on_an_image_cut_short(tmp_path):
    """A PNG that says 6000x6000 but holds 4 pixels: validate refuses it, so export does
    too, with the same lines, and writes nothing (it once exported into an error)."""
    from maps import b64, png_bytes

    doc = base_map()
    doc["assets"][0]["data"] = b64(png_bytes(2, 2, claimed=(6000, 6000)))
    bad = write_map(tmp_path / "cut.cjmap", doc)
    validated = run("validate", str(bad))
    exported = run("export", str(bad), "-o", str(tmp_path / "cut.pdf"))
    assert validated.returncode == exported.returncode == 1
    assert validated.stderr == exported.stderr
    [line] = validated.stderr.splitlines()
    assert line.startswith(f"{bad}: assets[0]: is a PNG image that cannot be read in full")
    assert names(tmp_path) == ["cut.cjmap"]


def test_validate_names_a_key_given_twice(tmp_path):
    bad = tmp_path / "twice.cjmap"
    text = json.dumps(base_map(), ensure_ascii=False)
    bad.write_text(text.replace('"title": "Busca"', '"title": "Busca", "title": "Otra"'),
                   encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith(
        f'{bad}: lanes[0].cards[0]: the key "title" appears twice')


def test_new_in_a_deleted_folder_names_the_file(tmp_path, monkeypatch, capsys):
    """Issue 8, item 9: no "unexpected error", the file is named, exit 1."""
    from cjeditor.cli import main

    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert main(["new", "rel.cjmap"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rel.cjmap: cannot write: ") and "folder" in err
    assert "unexpected" not in err and "Errno" not in err


def test_a_drawing_failure_is_not_called_a_writing_failure(tmp_path, monkeypatch, capsys):
    from cjeditor.cli import main
    from cjeditor.export import pdf

    def broken(doc, handle, options, progress=None, notes=None):
        handle.write(b"%PDF-1.4 half")
        raise OSError("image file is truncated")  # Pillow's error is an OSError too

    monkeypatch.setattr(pdf, "write_pdf", broken)
    good = write_map(tmp_path / "good.cjmap", base_map())
    out = tmp_path / "poster.pdf"
    assert main(["export", str(good), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{out}: cannot export: ") and "cannot write" not in err
    assert names(tmp_path) == ["good.cjmap"]


def test_export_notes_go_to_stderr(tmp_path, monkeypatch, capsys):
    """A PNG over the pixel limit is made at a lower dpi, and the command says so."""
    from cjeditor.cli import main
    from cjeditor.export import png

    monkeypatch.setattr(png, "MAX_PIXELS", 100_000)
    good = write_map(tmp_path / "good.cjmap", base_map())
    out = tmp_path / "map.png"
    assert main(["export", str(good), "-o", str(out), "--dpi", "150"]) == 0
    lines = capsys.readouterr().err.splitlines()
    lowered = [line for line in lines if line.startswith(f"{out}: made at ")]
    assert len(lowered) == 1 and "instead of 150 dpi" in lowered[0]
    assert out.stat().st_size > 0


def test_every_message_is_one_line_even_when_it_quotes_a_line_break(tmp_path):
    """spec/cli.md, exit status: "Messages go to stderr, one a line"."""
    table = tmp_path / "nl.csv"
    table.write_text('lane_type,stage_name,kind,title\nnotes,E,"bad\nkind",a\n', "utf-8")
    imported = run("import", str(table), "-o", str(tmp_path / "nl.cjmap"))
    doc = base_map()
    doc["meta"]["ti\ntle"] = "x"
    validated = run("validate", str(write_map(tmp_path / "key.cjmap", doc)))
    for result, expected in ((imported, '"bad\\nkind" is not a card kind'),
                             (validated, "meta.ti\\ntle: is not a known key")):
        assert result.returncode == 1
        [line] = result.stderr.splitlines()
        assert expected in line


@pytest.mark.parametrize(("suffix", "says"), [
    (".pdf", " pt at the smallest on "), (".png", " pt at the smallest at 1:1"),
    (".svg", " pt at the smallest at 1:1"), (".html", " pt at the smallest at 1:1"),
    (".xlsx", "card titles print at 11 pt at the smallest at 1:1"),
    (".csv", "card titles have no printed size in a CSV file"),
    (".mmd", "card titles have no printed size in a Mermaid file")])
def test_every_export_reports_the_smallest_title_size(tmp_path, capsys, suffix, says):
    """spec/cli.md: "Every export reports on stderr the smallest size ... at which any
    card's title is printed"; a table or a Mermaid file says it sets none."""
    from cjeditor.cli import main

    good = write_map(tmp_path / "good.cjmap", base_map())
    out = tmp_path / f"map{suffix}"
    assert main(["export", str(good), "-o", str(out)]) == 0
    titles = [line for line in capsys.readouterr().err.splitlines()
              if line.startswith(f"{out}: card titles ")]
    assert len(titles) == 1 and says in titles[0]


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg", ".html", ".xlsx", ".csv", ".mmd"])
def test_an_export_without_card_titles_says_so(tmp_path, capsys, suffix):
    """A map whose cards have no titles (a new map has no cards) still gets its line."""
    from cjeditor.cli import main

    blank = tmp_path / "blank.cjmap"
    assert main(["new", str(blank), "--language", "en"]) == 0
    out = tmp_path / f"map{suffix}"
    assert main(["export", str(blank), "-o", str(out)]) == 0
    assert f"{out}: no card titles are printed: no card has a title" in \
        capsys.readouterr().err.splitlines()


def test_a_deck_or_a_poster_with_pages_without_card_titles_says_so(tmp_path, capsys):
    from cjeditor.cli import main

    blank = tmp_path / "blank.cjmap"
    assert main(["new", str(blank)]) == 0
    for extra in (["--story"], ["--pages", "poster,matrix", "--min-text-pt", "30"]):
        out = tmp_path / "out.pdf"
        assert main(["export", str(blank), "-o", str(out), *extra]) == 0
        err = capsys.readouterr().err
        assert f"{out}: no card titles are printed" in err and "at the smallest" not in err


@pytest.mark.parametrize("args", [
    ["export", "m.cjmap", "-o", "m.pdf", "--fit", "foo"], ["export", "m.cjmap"],
    ["export", "m.cjmap", "-o", "m.png", "--dpi", "1.5"], ["new", "--language", "fr", "x.cjmap"],
    ["validate"], ["diff", "a.cjmap"], ["a.cjmap", "b.cjmap"]])
def test_argument_errors_are_one_line(args):
    """spec/cli.md: exit 2 for a wrong command line, messages "one a line" (argparse's
    own errors included: no usage block before them)."""
    result = run(*args)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("cjeditor") and "Traceback" not in line


@pytest.mark.parametrize(("suffix", "args", "said"), [
    (".png", ["--paper", "A3", "--dpi", "72"], ["--paper"]),
    (".pdf", ["--dpi", "300", "--overlap", "12"], ["--overlap", "--dpi"]),
    (".pdf", ["--tile", "A4", "--overlap", "12", "--paper", "A2"], []),
    (".svg", ["--orientation", "portrait", "--fit", "none"], ["--orientation", "--fit"]),
    (".pdf", ["--story", "--paper", "A4"], ["--paper"]),
    (".csv", ["--dpi", "200"], ["--dpi"]),
])
def test_an_option_the_output_does_not_use_is_said(tmp_path, capsys, suffix, args, said):
    """The export is made (exit 0), and a line says which option it left out: a PNG is
    the whole map at --dpi, a PDF has no resolution, the overlap is for tiles."""
    from cjeditor.cli import main

    good = write_map(tmp_path / "good.cjmap", base_map())
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(good), "-o", str(out), *args]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "has no effect" in line]
    assert [line.split(": ")[1].split()[0] for line in lines] == said
    assert all(line.startswith(f"{out}: ") for line in lines) and out.exists()


def test_no_command_writes_over_its_input(tmp_path, capsys):
    """spec/cli.md: "No command ever modifies its input file", whatever the output's
    name: the same path, or a link to the input."""
    from cjeditor.cli import main

    source = tmp_path / "map.pdf"  # a map, whatever its name
    source.write_bytes(write_map(tmp_path / "m.cjmap", base_map()).read_bytes())
    before = source.read_bytes()
    link = tmp_path / "poster.svg"
    link.symlink_to(source)
    table = tmp_path / "cards.csv"
    assert main(["export", str(source), "-o", str(table)]) == 0
    table_link = tmp_path / "back.cjmap"
    table_link.symlink_to(table)
    table_bytes = table.read_bytes()
    for args in (["export", str(source), "-o", str(source)],
                 ["export", str(source), "-o", str(link)],
                 ["compare", str(source), str(source), "-o", str(source)],
                 ["import", str(table), "-o", str(table_link)]):
        assert main(args) == 2, args
        assert "no command writes over its input" in capsys.readouterr().err
    assert source.read_bytes() == before and table.read_bytes() == table_bytes


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_a_writing_failure_says_cannot_write_and_keeps_the_old_file(tmp_path, suffix):
    """Also for a format whose writer streams into the file itself (xlsx)."""
    import resource
    import signal

    def small_files() -> None:  # in the child: files may not grow past 4 KiB (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    good = write_map(tmp_path / "good.cjmap", base_map())
    out = tmp_path / f"poster{suffix}"
    out.write_bytes(b"the old poster")
    result = subprocess.run([sys.executable, "-m", "cjeditor", "export", str(good), "-o",
                             str(out)], capture_output=True, text=True, timeout=120,
                            preexec_fn=small_files)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"{out}: cannot write: File too large")
    assert "Traceback" not in result.stderr
    assert out.read_bytes() == b"the old poster"
    assert names(tmp_path) == ["good.cjmap", out.name]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_export_and_new_write_through_a_symlink(tmp_path):
    good = write_map(tmp_path / "good.cjmap", base_map())
    (tmp_path / "real").mkdir()
    poster, link = tmp_path / "real" / "poster.svg", tmp_path / "poster.svg"
    poster.write_bytes(b"old")
    link.symlink_to(poster)
    assert run("export", str(good), "-o", str(link)).returncode == 0
    assert link.is_symlink() and poster.read_bytes().startswith(b"<?xml")
    made, map_link = tmp_path / "real" / "made.cjmap", tmp_path / "made.cjmap"
    made.write_text("old", encoding="utf-8")
    map_link.symlink_to(made)
    assert run("new", "--force", str(map_link)).returncode == 0
    assert map_link.is_symlink() and load(made).meta.title


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_tiles_are_pdf_pages(tmp_path):
    good = write_map(tmp_path / "good.cjmap", base_map())
    for suffix in (".png", ".svg", ".html"):
        result = run("export", str(good), "-o", str(tmp_path / f"m{suffix}"), "--tile", "A4")
        assert result.returncode == 2 and "--tile" in result.stderr, result.stderr
        assert not (tmp_path / f"m{suffix}").exists()


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    """`cjeditor diff A B | head -1`: no "unexpected error" when the pipe closes."""
    old = write_map(tmp_path / "old.cjmap", base_map())
    doc = base_map()
    for i, stage in enumerate(doc["stages"]):
        stage["name"] = f"Etapa cambiada {i}"
    doc["lanes"][0]["cards"] = [dict(doc["lanes"][0]["cards"][0], id=f"c-{i}", title=f"t{i}")
                                for i in range(1500)]
    new = write_map(tmp_path / "new.cjmap", doc)
    process = subprocess.Popen([sys.executable, "-m", "cjeditor", "diff", str(old), str(new)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as `head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert first and stderr == ""


def test_the_usage_names_every_command():
    result = run("--bogus")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()  # one line, naming every command
    for command in ("new", "templates", "validate", "export", "schema", "check", "diff",
                    "compare", "import"):
        assert command in line.split("commands: ")[1], result.stderr
