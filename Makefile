# briefing: two commands on a fresh machine.
#   make site   set up .venv (pinned dependencies and the spaCy model) and build site/
#   make test   set up the same way and run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: site test serve setup golden lint lock clean

site: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/python -m pytest

SERVE_ADDR ?= 127.0.0.1:8000
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr $(SERVE_ADDR)

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Regenerate the golden Markdown of the seed; review the diff before committing.
golden: $(STAMP)
	$(BIN)/python -m tests.golden_update

lint: $(STAMP)
	$(BIN)/ruff check generator tests bench tools

# Freeze the environment into requirements.txt: every line name==version from the package index
# (tools/pins.py writes the installed version for a package installed from a file, and refuses the rest).
lock: $(STAMP)
	$(BIN)/python -m pip freeze --all --exclude-editable | grep -v '^pip==' | $(BIN)/python -m tools.pins freeze > requirements.txt.new \
	  && $(BIN)/python -m tools.pins check requirements.txt.new \
	  && mv requirements.txt.new requirements.txt || { rm -f requirements.txt.new; exit 1; }

clean:
	rm -rf site .pytest_cache
