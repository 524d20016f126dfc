"""The `cjeditor` command (spec/cli.md).

Headless commands (new, templates, validate, schema, export) never import Qt;
only opening the editor does.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cjeditor import __version__

if TYPE_CHECKING:  # imported for real inside the commands that need them (fast start)
    from cjeditor.fileio import MapLoadError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("new", "templates", "validate", "export", "schema", "check", "compare",
               "diff", "import")


class UsageError(Exception):
    """The command line is wrong (exit status 2)."""


def _not_an_input(out: Path, *inputs: str | Path) -> None:
    """Refuse an output that is one of the command's inputs, by any name (the same
    path, a link to it): spec/cli.md, "No command ever modifies its input file"."""
    for source in inputs:
        try:
            same = os.path.samefile(out, source)
        except (OSError, ValueError):  # either does not exist (yet): not the same file
            same = False
        if same:
            raise UsageError(f"{out}: is the input file {source}; no command writes over "
                             "its input: choose another output")


def _err(message: str) -> None:
    """One message, on one line of stderr (spec/cli.md: "one a line")."""
    from cjeditor.model.lines import one_line

    print(one_line(message), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors said in one line (spec/cli.md: messages "one a line"):
    the error and where to read the usage, not the usage block before it. Its
    subcommands' parsers are of this class too (argparse makes them like their parent)."""

    hint = ""  # said after "see PROG --help"

    def error(self, message: str) -> NoReturn:
        _err(f"{self.prog}: error: {message} (see {self.prog} --help{self.hint})")
        raise SystemExit(EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cjeditor",
        description="Customer journey map editor. Without a command, opens the editor.",
    )
    parser.add_argument("--version", action="version", version=f"cjeditor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", help="create a map from a built-in template")
    new.add_argument("--template", default="blank", metavar="NAME")
    new.add_argument("--language", default="es", choices=("es", "en"))
    new.add_argument("--title", metavar="TEXT")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.add_argument("out", metavar="OUT.cjmap")

    sub.add_parser("templates", help="list the built-in templates")

    validate = sub.add_parser("validate", help="check files against the format")
    validate.add_argument("files", nargs="+", metavar="FILE")

    sub.add_parser("schema", help="print the JSON Schema of the format")

    export = sub.add_parser("export", help="export a poster (PDF), PNG, SVG, a web page, a "
                            "table (.csv, .xlsx), a Mermaid journey or a slide deck; OUT's "
                            "extension picks the format")
    export.add_argument("file", metavar="FILE")
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    # no defaults here for the options that only some outputs use: ExportOptions holds
    # them, and an option given where it does nothing is said (_no_effect)
    export.add_argument("--paper", metavar="SIZE",
                        help="A0…A5, letter, legal, tabloid, WxHmm (e.g. 1000x700mm), or auto: "
                        "the smallest of A4…A0 where card titles are legible (default A1)")
    export.add_argument("--orientation", choices=("landscape", "portrait", "auto"),
                        help="auto: the one that prints the map larger (default landscape)")
    export.add_argument("--fit", choices=("page", "none"),
                        help="page: scale the map to the paper; none: 1:1, the paper grown to "
                        "the map (default page)")
    export.add_argument("--tile", metavar="SIZE",
                        help="print the poster across sheets of SIZE (e.g. A4, letter) to tape "
                        "together")
    export.add_argument("--overlap", type=float, metavar="MM",
                        help="overlap between tiles (default 10)")
    export.add_argument("--crop-marks", action="store_true",
                        help="crop marks at the trim box of a single-sheet poster")
    export.add_argument("--bleed", type=float, default=0.0, metavar="MM",
                        help="bleed around the trim box (default 0)")
    export.add_argument("--dpi", type=int, metavar="N", help="resolution of a .png (default 150)")
    export.add_argument("--persona", metavar="ID",
                        help="only the lanes of that persona (and lanes of none)")
    export.add_argument("--pages", metavar="LIST",
                        help="comma list of poster, matrix, personas, check (PDF only)")
    export.add_argument("--view", metavar="ID", help="export a saved view")
    export.add_argument("--story", action="store_true",
                        help="a 16:9 slide deck (PDF): a title slide, then one slide per stage")

    check = sub.add_parser("check", help="the map's health check (the 8 keys, CAC)")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--json", action="store_true", help="print a JSON array")

    compare = sub.add_parser("compare", help="as-is beside to-be, as one PDF")
    compare.add_argument("current", metavar="CURRENT")
    compare.add_argument("future", metavar="FUTURE")
    compare.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    export.add_argument("--min-text-pt", type=float, metavar="N", dest="min_text_pt",
                        help="refuse (nothing written) when card titles would print under N "
                        "points")

    diff = sub.add_parser("diff", help="what changed between two maps, by id")
    diff.add_argument("files", nargs="*", metavar="OLD NEW",
                      help="two maps; with --git, the seven arguments git passes")
    diff.add_argument("--json", action="store_true", help="print a JSON list")
    diff.add_argument("--git", action="store_true",
                      help="run as git's diff driver (exit 0 whenever it could compare)")

    imp = sub.add_parser("import", help="a map from a table (.csv, .xlsx) or a Mermaid "
                                        "journey (.mmd, .md)")
    imp.add_argument("file", metavar="TABLE.csv|TABLE.xlsx|JOURNEY.mmd|NOTES.md")
    imp.add_argument("-o", "--output", required=True, metavar="OUT.cjmap")
    imp.add_argument("--template", metavar="NAME",
                     help="take the stages and lanes from a built-in template (tables only)")
    imp.add_argument("--language", default="es", choices=("es", "en"))
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cjeditor",
        usage="cjeditor [FILE] [--lang es|en]\n"
        "       cjeditor --install-desktop | --uninstall-desktop\n"
        "       cjeditor {" + ",".join(SUBCOMMANDS) + "} ...",
        description="Open the editor (on FILE, or on a new map). "
        "Commands: " + ", ".join(SUBCOMMANDS) + " (see cjeditor COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"cjeditor {__version__}")
    parser.add_argument("--lang", choices=("es", "en"), help="language of the interface")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="Linux: add cjeditor to the desktop's menus and open .cjmap "
                              "files with it (for the current user)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="Linux: remove what --install-desktop added")
    parser.add_argument("file", nargs="?", metavar="FILE")
    parser.hint = "; commands: " + ", ".join(SUBCOMMANDS)
    return parser


# Young collections every 50,000 allocations (CPython's default is 700), as the
# editor does (app/collector.py): a command builds the map, its layout and its
# drawing once and keeps them to the end, and with the default thresholds the
# collector re-scans them hundreds of times (export of 20,000 cards: 0.5 s of 4 s).
GC_THRESHOLDS = (50_000, 20, 10)  # = app/collector.THRESHOLDS (a test keeps them equal)
# A headless command (export, validate...) runs once and ends, and makes almost no
# garbage cycles (an export of any size leaves about 1,400 unreachable objects, all
# made while importing): it collects only past a million new objects, which no
# command reaches (the 20,000-card export spent 85 ms in 15 collections, 3,000: 30 ms).
COMMAND_GC_THRESHOLDS = (1_000_000, 20, 10)


def run() -> int:
    """The cjeditor program (console script, `python -m cjeditor`, the bundle): the
    process's collector set for big maps, then `main`. Tests call `main` directly
    and their process is left as it is.

    After a headless command what is left is frozen (gc.freeze): the interpreter's
    exit frees it by reference counts as always, but no longer walks it in its full
    collections (the exit of a 3,000-card export: 17 ms of CPU instead of 85).
    The command's files are written and closed by then (fileio.write_atomic)."""
    import gc

    command = bool(sys.argv[1:2]) and sys.argv[1] in SUBCOMMANDS
    gc.set_threshold(*(COMMAND_GC_THRESHOLDS if command else GC_THRESHOLDS))
    status = main()
    if command:
        gc.freeze()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            return _run_command(_parser().parse_args(args))
        if args and args[0] in ("-h", "--help"):
            _gui_parser().print_help()
            return EXIT_OK
        return _run_gui(_gui_parser().parse_args(args))
    except SystemExit as exc:  # argparse: --help, --version, bad arguments
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except UsageError as exc:
        _err(f"cjeditor: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`cjeditor diff A B | head`): quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing more to flush at exit either
        return EXIT_REFUSED
    except Exception as exc:  # never a traceback for the user
        if os.environ.get("CJEDITOR_DEBUG"):
            raise
        _err(f"cjeditor: unexpected error: {exc}")
        return EXIT_REFUSED


def _run_command(ns: argparse.Namespace) -> int:
    handler = {
        "new": _cmd_new,
        "templates": _cmd_templates,
        "validate": _cmd_validate,
        "schema": _cmd_schema,
        "export": _cmd_export,
        "diff": _cmd_diff,
        "import": _cmd_import,
        "check": _cmd_check,
        "compare": _cmd_compare,
    }[ns.command]
    return handler(ns)


def _run_gui(ns: argparse.Namespace) -> int:
    if ns.install_desktop or ns.uninstall_desktop:
        if ns.file or ns.lang:
            raise UsageError("--install-desktop and --uninstall-desktop take no FILE or --lang")
        from cjeditor.app import desktop_install

        return desktop_install.main(uninstalling=ns.uninstall_desktop)
    from cjeditor.app.main import run_gui  # Qt only from here

    return run_gui(sys.argv[:1], file=ns.file, lang=ns.lang)


def _print_refusal(exc: MapLoadError) -> None:
    for line in exc.lines():
        _err(line)


def _cmd_validate(ns: argparse.Namespace) -> int:
    from cjeditor.fileio import MapLoadError, load

    status = EXIT_OK
    for name in ns.files:
        try:
            load(name)
        except MapLoadError as exc:
            _print_refusal(exc)
            status = EXIT_REFUSED
        else:
            print(f"{name}: valid")
    return status


def _cmd_schema(ns: argparse.Namespace) -> int:
    text = (resources.files("cjeditor.resources") / "cjmap.schema.json").read_text("utf-8")
    sys.stdout.write(text)
    return EXIT_OK


def _cmd_templates(ns: argparse.Namespace) -> int:
    from cjeditor.templates import list_templates

    for info in list_templates():
        languages = ",".join(info.languages)
        print(f"{info.name:<20} {languages:<6} {info.stage_count:>3} stages  {info.title['en']}")
    return EXIT_OK


def _cmd_new(ns: argparse.Namespace) -> int:
    from cjeditor.fileio import MapSaveError, save
    from cjeditor.templates import TEMPLATE_NAMES, create_map

    if ns.template not in TEMPLATE_NAMES:
        raise UsageError(
            f"unknown template {ns.template!r}; choose one of: {', '.join(TEMPLATE_NAMES)}"
        )
    out = Path(ns.out)
    if out.suffix.lower() != ".cjmap":
        raise UsageError(f"{out}: the output of new must end in .cjmap")
    if ns.title is not None and not ns.title.strip():
        raise UsageError("--title must be 1 to 200 characters")
    if out.exists() and not ns.force:
        _err(f"{out}: already exists; use --force to overwrite it")
        return EXIT_REFUSED
    try:
        doc = create_map(ns.template, ns.language, title=ns.title)
    except ValueError:  # pydantic's ValidationError too: a title too long
        raise UsageError("--title must be 1 to 200 characters") from None
    try:
        save(doc, out, overwrite=ns.force)
    except MapSaveError as exc:
        _err(f"{out}: cannot write: {exc.strerror}")
        return EXIT_REFUSED
    return EXIT_OK


def _pages(text: str | None, out: Path) -> tuple[str, ...]:
    """`--pages poster,matrix` -> ("poster", "matrix"); UsageError for a bad list."""
    from cjeditor.export.options import PAGES

    if text is None:
        return ("poster",)
    pages = tuple(part.strip().lower() for part in text.split(","))
    for page in pages:
        if page not in PAGES:
            raise UsageError(f'--pages: unknown page "{page}"; use a comma list of '
                             + ", ".join(PAGES))
    if pages != ("poster",) and out.suffix.lower() != ".pdf":
        raise UsageError(f"{out}: --pages makes one PDF; the output must end in .pdf")
    return pages


def _cmd_export(ns: argparse.Namespace) -> int:
    from cjeditor.export import ExportError, export_map
    from cjeditor.export.options import ExportOptions
    from cjeditor.fileio import MapLoadError, load

    out = Path(ns.output)
    from cjeditor.export import FORMATS

    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"{out}: the output must end in "
                         + ", ".join(FORMATS[:-1]) + " or " + FORMATS[-1])
    options = ExportOptions(
        **{field: getattr(ns, dest) for _flag, dest, field in _OPTIONAL
           if getattr(ns, dest) is not None},
        tile=ns.tile,
        crop_marks=ns.crop_marks,
        bleed_mm=ns.bleed,
        persona=ns.persona,
        pages=_pages(ns.pages, out),
        view=ns.view,
        min_text_pt=ns.min_text_pt,
        story=ns.story,
    )
    if ns.story and out.suffix.lower() != ".pdf":
        raise UsageError(f"{out}: --story makes a PDF slide deck; the output must end in .pdf")
    try:
        options.validate()
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if out.suffix.lower() != ".pdf" and (ns.crop_marks or ns.bleed):
        raise UsageError(f"{out}: --crop-marks and --bleed are for a PDF poster")
    if out.suffix.lower() != ".pdf" and ns.tile:
        raise UsageError(f"{out}: --tile prints the poster across PDF pages; the output "
                         "must end in .pdf")
    _not_an_input(out, ns.file)
    try:
        doc = load(ns.file)
    except MapLoadError as exc:
        _print_refusal(exc)
        return EXIT_REFUSED
    for option, output in _no_effect(ns, out):
        _err(f"{out}: {option} has no effect on {output}; it was left out")
    if ns.view is not None and all(v.id != ns.view for v in doc.views):
        raise UsageError(f"--view {ns.view}: no saved view with that id in {ns.file}")
    if ns.persona is not None and all(p.id != ns.persona for p in doc.personas):
        raise UsageError(f"--persona {ns.persona}: no persona with that id in {ns.file}")
    try:
        notes = export_map(doc, out, options)
    except OSError as exc:  # ExportWriteError: drawn, but the file could not be written
        _err(f"{out}: cannot write: {exc.strerror or exc}")
        return EXIT_REFUSED
    except ExportError as exc:  # a limit, or the drawing failed: never "cannot write"
        _err(f"{out}: cannot export: {exc}")
        return EXIT_REFUSED
    for note in notes:
        _err(f"{out}: {note}")
    return EXIT_OK


# The export options only some outputs use, given no default on the command line (so
# that one given where it does nothing is said): flag, argparse dest, ExportOptions field
_OPTIONAL = (("--paper", "paper", "paper"), ("--orientation", "orientation", "orientation"),
             ("--fit", "fit", "fit"), ("--overlap", "overlap", "overlap_mm"),
             ("--dpi", "dpi", "dpi"))
_OUTPUTS = {".svg": "an SVG file", ".html": "a web page", ".csv": "a CSV table",
            ".xlsx": "an XLSX workbook", ".mmd": "a Mermaid file"}


def _no_effect(ns: argparse.Namespace, out: Path) -> list[tuple[str, str]]:
    """(option, output) for each option given that this output does not use: the paper
    and its fitting make a PDF poster, the overlap its tiles, the resolution a PNG.
    Said rather than refused (the export is what was asked, without them)."""
    suffix = out.suffix.lower()
    if suffix == ".pdf" and not ns.story:
        output, unused = "a PDF", {"--dpi"} | (set() if ns.tile else {"--overlap"})
    elif suffix == ".png":
        output, unused = "a PNG (the whole map at --dpi)", {"--paper", "--orientation",
                                                            "--fit", "--overlap"}
    else:
        output = "a slide deck" if ns.story else _OUTPUTS.get(suffix, suffix)
        unused = {"--paper", "--orientation", "--fit", "--overlap", "--dpi"}
    return [(flag, output) for flag, dest, _field in _OPTIONAL
            if getattr(ns, dest) is not None and flag in unused]


def _cmd_check(ns: argparse.Namespace) -> int:
    import json

    from cjeditor.check import as_json, run_check, text_lines
    from cjeditor.fileio import MapLoadError, load
    from cjeditor.layout.labels import Labels
    from cjeditor.model.lines import one_line

    status = EXIT_OK
    results = []
    shown = 0
    for name in ns.files:
        try:
            doc = load(name)
        except MapLoadError as exc:
            _print_refusal(exc)
            status = EXIT_REFUSED
            if ns.json:  # one object per file: a refused one says why, as stderr does
                results.append({"file": name, "refused": exc.problem_lines()})
            continue
        report = run_check(doc)
        if not report.ok:
            status = EXIT_REFUSED
        if ns.json:
            results.append(as_json(report, name))
            continue
        if shown:
            print()  # a blank line between maps
        shown += 1
        print(one_line(f"{name}: {doc.meta.title}"))
        for line in text_lines(report, Labels(doc.meta.language).number):
            print(f"  {line}")
    if ns.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return status


def _cmd_compare(ns: argparse.Namespace) -> int:
    from cjeditor.export import ExportError
    from cjeditor.export.compare import export_compare
    from cjeditor.fileio import MapLoadError, load

    out = Path(ns.output)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"{out}: the output of compare must end in .pdf")
    _not_an_input(out, ns.current, ns.future)
    docs = []
    for name in (ns.current, ns.future):
        try:
            docs.append(load(name))
        except MapLoadError as exc:
            _print_refusal(exc)
            return EXIT_REFUSED
    try:
        export_compare(docs[0], docs[1], out)
    except OSError as exc:
        _err(f"{out}: cannot write: {exc.strerror or exc}")
        return EXIT_REFUSED
    except ExportError as exc:
        _err(f"{out}: cannot export: {exc}")
        return EXIT_REFUSED
    return EXIT_OK


def _cmd_diff(ns: argparse.Namespace) -> int:
    import json

    from cjeditor.diff import diff_maps, git_report
    from cjeditor.fileio import MapLoadError, load

    if ns.git:
        if len(ns.files) not in (7, 9):
            raise UsageError("diff --git takes the seven arguments git passes to a diff driver "
                             "(PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE), "
                             f"not {len(ns.files)}")
        path, old_file, _, _, new_file = ns.files[:5]
        # a rename or copy: git adds the new path and a similarity header
        new_path = ns.files[7] if len(ns.files) == 9 else path
        sys.stdout.write(git_report(path, old_file, new_file, as_json=ns.json,
                                    new_path=new_path))
        return EXIT_OK
    if len(ns.files) != 2:
        raise UsageError(f"diff takes two maps, OLD and NEW, not {len(ns.files)} argument(s)")
    maps = []
    for name in ns.files:
        try:
            maps.append(load(name))
        except MapLoadError as exc:
            _print_refusal(exc)
    if len(maps) != 2:
        return EXIT_REFUSED
    changes = diff_maps(maps[0], maps[1])
    if ns.json:
        print(json.dumps([change.as_json() for change in changes], ensure_ascii=False,
                         indent=2))
    else:
        for change in changes:
            print(change.text())
    return EXIT_REFUSED if changes else EXIT_OK


def _cmd_import(ns: argparse.Namespace) -> int:
    from cjeditor.fileio import MapSaveError, save

    source, out = Path(ns.file), Path(ns.output)
    suffix = source.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".mmd", ".md"):
        raise UsageError(f"{source}: import reads a table (.csv, .xlsx) or a Mermaid journey "
                         "(.mmd, or a .md file holding one)")
    if out.suffix.lower() != ".cjmap":
        raise UsageError(f"{out}: the output of import must end in .cjmap")
    _not_an_input(out, source)
    if suffix in (".csv", ".xlsx"):
        from cjeditor.tables import TableError, read_table
        from cjeditor.templates import TEMPLATE_NAMES, create_map

        skeleton = None
        if ns.template is not None:
            if ns.template not in TEMPLATE_NAMES:
                raise UsageError(f"unknown template {ns.template!r}; choose one of: "
                                 + ", ".join(TEMPLATE_NAMES))
            skeleton = create_map(ns.template, ns.language)
        try:
            doc = read_table(source, ns.language, skeleton)
        except TableError as exc:
            for line in exc.lines():
                _err(line)
            return EXIT_REFUSED
    else:
        from cjeditor.mermaid import JourneyError, read_journey

        if ns.template is not None:
            raise UsageError("--template is for tables (.csv, .xlsx): a Mermaid journey "
                             "brings its own stages")
        try:
            doc, warnings = read_journey(source, ns.language)
        except JourneyError as exc:
            for line in exc.lines():
                _err(line)
            return EXIT_REFUSED
        for warning in warnings:
            _err(warning)
    try:
        save(doc, out)
    except MapSaveError as exc:
        _err(f"{out}: cannot write: {exc.strerror}")
        return EXIT_REFUSED
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(run())
