# The two commands of the README:
#   make run    start the dashboard (builds the demo dataset when nothing is published)
#   make test   lint and run every test
# Both create .venv and install the pinned requirements on first use.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
# Municipal boundaries for the map: from ../shared/geo when it is there, else downloaded.
GEO_FROM ?= $(firstword $(wildcard ../shared/geo))

.PHONY: run test lint format bench mutate clean-venv

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

run: $(VENV)/.installed
	$(PY) -m pipelines demo --if-empty
	-$(PY) -m pipelines geo --if-missing $(if $(GEO_FROM),--from $(GEO_FROM))
	$(PY) -m streamlit run app.py --server.port $(PORT)

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: lint
	$(PY) -m pytest $(PYTEST_ARGS)

format: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: $(VENV)/.dev-installed
	$(PY) -m bench

# Mutation testing (not part of `make test`): mutmut, the SQL pass and the planted bugs of
# issue 32; writes tests/MUTANTS.md (see tests/mutation/README.md). MUTATE_ARGS=--keep reuses
# mutmut's earlier results.
mutate: $(VENV)/.dev-installed
	PYTHONPATH=.:tests $(PY) -m mutation $(MUTATE_ARGS)

clean-venv:
	rm -rf $(VENV)
