# make run  : set up .venv if missing, open the editor on the example map
# make test : set up .venv if missing, then in order: ruff, lint-imports, mypy, pytest
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint lint-imports typecheck bench clean setup bundle forms

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m cjeditor resources/examples/zapatillas-running.cjmap

RUFF := $(PY) -m ruff check .
# The layer contracts of architecture.md, in pyproject.toml [tool.importlinter].
LINT_IMPORTS := $(VENV)/bin/lint-imports
# Strict on the pure core and cli.py, as configured in pyproject.toml [tool.mypy].
MYPY := $(PY) -m mypy

lint: $(STAMP)
	$(RUFF)

lint-imports: $(STAMP)
	$(LINT_IMPORTS)

typecheck: $(STAMP)
	$(MYPY)

test: $(STAMP)
	$(RUFF)
	$(LINT_IMPORTS)
	$(MYPY)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 --durations=15

# make forms : compile the Qt Designer forms ui/*.ui into cjeditor/app/forms/ui_*.py
# (tests/app/test_forms.py fails while a compiled form is out of date)
FORMS := $(patsubst ui/%.ui,cjeditor/app/forms/ui_%.py,$(wildcard ui/*.ui))
forms: $(FORMS)

cjeditor/app/forms/ui_%.py: ui/%.ui $(STAMP)
	$(VENV)/bin/pyside6-uic $< -o $@

# make fonts : reportlab's parse of the shipped fonts, kept beside them as FONT.ttf.parsed
# (read back by cjeditor/layout/parsed_fonts.py; tests/layout/test_parsed_fonts.py fails
# while one is not current, e.g. after a reportlab update)
.PHONY: fonts
fonts: $(STAMP)
	$(PY) -m cjeditor.layout.parsed_fonts resources/fonts/DejaVuSans.ttf \
		resources/fonts/DejaVuSans-Bold.ttf

# make bundle : the desktop bundle (PyInstaller, packaging/cjeditor.spec) in build/dist/cjeditor/
bundle: $(STAMP)
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet -e '.[packaging]'
	$(VENV)/bin/pyinstaller --noconfirm --distpath build/dist --workpath build/pyinstaller \
		packaging/cjeditor.spec

# make test-slow : the slow tests, the bundle's included (tests/test_bundle.py builds
# build/dist/cjeditor first if it is older than the sources). Not part of `make test`:
# building the bundle alone takes minutes on CI's two cores.
test-slow: $(STAMP)
	CJEDITOR_SLOW=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow -s

# The package byte-compiled first, as an installed copy (pip, the bundle) is: an editable
# install under PYTHONDONTWRITEBYTECODE would otherwise compile every module in every process.
bench: $(STAMP)
	$(PY) -m compileall -q cjeditor
	$(PY) tests/benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .import_linter_cache

# make translations : refresh resources/translations/*.ts from the sources, build the .qm
# (translate new strings in cjeditor_es.ts with pyside6-linguist, then run it again)
TS := resources/translations/cjeditor_es.ts resources/translations/cjeditor_en.ts
.PHONY: translations
translations: $(STAMP)
	$(PY) -m cjeditor.app.catalogue_tool
	$(VENV)/bin/pyside6-lupdate -extensions py,ui -no-obsolete -locations none cjeditor/app ui -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS)
