# The two commands of the README: `make demo` and `make test`. Both create the environment if needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,embed]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f out/demo.db
	mkdir -p out
	$(BIN)/tidings ingest examples/corpus --db out/demo.db
	$(BIN)/tidings dates --db out/demo.db
	$(BIN)/tidings ask "How many workers are still trapped in the Halvard mine?" --db out/demo.db
	$(BIN)/tidings timeline "Halvard mine rescue" --db out/demo.db

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) out
