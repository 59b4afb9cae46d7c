# The two commands a newcomer runs: `make lab` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# the parser is compiled by the install (setup.py): a change to its sources re-installs
COMPILED_SRC := $(sort $(wildcard abs_nb/parse/*.py abs_nb/checks/*.py))
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml setup.py mypy.ini $(COMPILED_SRC) | cksum | cut -d' ' -f1)
KERNEL := $(VENV)/.kernel-python3
# the venv's own Jupyter data first: its python3 kernel wins over any ~/.local kernelspec
JUPYTER_ENV := JUPYTER_PATH="$(CURDIR)/$(VENV)/share/jupyter"
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with nbval-sanitize.cfg --nbval-cell-timeout=300
# extra JupyterLab options, e.g. make lab LAB_ARGS="--no-browser --port=8899"
LAB_ARGS ?=
# as root (common in containers) JupyterLab refuses to start without --allow-root
ROOT_ARGS := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))

.PHONY: lab test venv kernel notebooks summary bench lint clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml setup.py mypy.ini $(COMPILED_SRC)
	$(BIN)/python -m pip install -q -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

venv: $(STAMP)

# the notebooks' kernel ("python3") is this venv's Python
$(KERNEL): $(STAMP)
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(KERNEL)

kernel: $(KERNEL)

## make lab: set up and open the curated notebooks in JupyterLab
lab: venv kernel
	$(JUPYTER_ENV) $(BIN)/jupyter lab $(ROOT_ARGS) $(LAB_ARGS) notebooks/

## make test: set up and run the whole test suite, then check the notebooks' stored outputs
test: venv kernel
	@status=0; \
	$(BIN)/python -m pytest || status=$$?; \
	echo "== notebooks: re-run them and compare with their stored outputs (nbval)"; \
	$(JUPYTER_ENV) $(BIN)/python -m pytest $(NBVAL) notebooks/ || status=$$?; \
	if [ -z "$${ABS_NB_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then \
	  echo "NOTE: Chromium not found: the JupyterLab browser test was SKIPPED (install it: sudo apt-get install chromium)"; \
	fi; \
	exit $$status

## make notebooks: re-execute the curated notebooks in place (after changing them or the display)
notebooks: venv kernel
	cd notebooks && for nb in $(notdir $(NOTEBOOKS)); do \
	  $(JUPYTER_ENV) ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=300 \
	    --ExecutePreprocessor.record_timing=False "$$nb" || exit 1; \
	done

summary: venv
	$(BIN)/abs-nb summary sample_filings/*.txt

## make bench: time per filing, corpus throughput, and (with valgrind) instructions per filing
bench: venv
	$(BIN)/python benchmarks/bench_load.py
	$(BIN)/python benchmarks/bench_load_many.py --sizes 300 3000 30000
	if command -v valgrind >/dev/null 2>&1; then $(BIN)/python benchmarks/bench_instructions.py; fi

lint: venv
	$(BIN)/ruff check abs_nb tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
