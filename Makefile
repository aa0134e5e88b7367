# Two commands matter: `make run` starts the application, `make test` runs the whole suite
# headless. Both set everything up first (virtual environment, packages, system libraries).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml tools/bootstrap.sh
	PYTHON=$(PYTHON) sh tools/bootstrap.sh $(VENV)
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/driehoek

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check driehoek_app tests

lint: $(STAMP)
	$(BIN)/ruff check driehoek_app tests
	$(BIN)/ruff format --check driehoek_app tests

clean:
	rm -rf $(VENV) build dist .pytest_cache
