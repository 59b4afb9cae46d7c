# The two commands a newcomer runs: `make lab` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: lab test venv summary bench lint clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

venv: $(STAMP)

## make lab: set up and show what the library reads from a sample filing
lab: venv
	$(BIN)/abs-nb summary sample_filings/000_2d551bf597d89db6.txt

## make test: set up and run the whole test suite
test: venv
	$(BIN)/python -m pytest

summary: venv
	$(BIN)/abs-nb summary sample_filings/*.txt

bench: venv
	$(BIN)/python benchmarks/bench_load.py

lint: venv
	$(BIN)/ruff check abs_nb tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
