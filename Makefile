# Two entry points: `make demo` and `make test`. Both create/refresh .venv.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast faults bench lint venv clean

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/tinmine demo

# The whole suite: every test, the import contracts (tests/test_architecture.py) included. Everything but the
# tests that measure time runs on every core (pytest-xdist); those run after it, alone, so that no other test
# competes with what they time.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto -m "not timing"
	$(BIN)/python -m pytest -q -m timing

# The quick loop (~1 min): no end-to-end crawls, fault suite, timing, benchmark, browser or notebook tests.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not fault and not timing"

# The fault and fuzz suite alone (docs/RELIABILITY.md); part of `make test` too.
faults: $(STAMP)
	$(BIN)/python -m pytest -q -m fault --durations=5

bench: $(STAMP)
	$(BIN)/python -m benchmarks extract
	$(BIN)/python -m benchmarks warehouse
	$(BIN)/python -m benchmarks crawl
	$(BIN)/python -m benchmarks reextract
	$(BIN)/python -m benchmarks pages

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

clean:
	rm -rf $(VENV) tinmine.duckdb *.egg-info
