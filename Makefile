# Xiehui: `make run` serves the demo site, `make test` runs the suite. Both set everything up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000
DEV    := DJANGO_DEBUG=1

.DEFAULT_GOAL := help
.PHONY: help install run test test-fast lint format messages check screenshots bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Xiehui needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install Xiehui with its test and lint tools

run: $(STAMP) ## Set up the SQLite database with demo content and serve on http://127.0.0.1:8000
	$(DEV) $(BIN)/python manage.py migrate --no-input
	$(DEV) $(BIN)/python manage.py load_demo
	@echo ""
	@echo "  Xiehui is starting on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo ""
	$(DEV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP) ## Run the whole test suite (SQLite unless DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: $(STAMP) ## The inner loop: every test but the browser ones
	$(BIN)/python -m pytest -m "not browser" $(PYTEST_ARGS)

lint: $(STAMP) ## Check style with ruff and the apps' layering with import-linter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP) ## Fix style with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(STAMP) ## Update the Chinese catalogue and compile it
	$(DEV) $(BIN)/python manage.py makemessages --locale zh_Hans --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench --no-obsolete --add-location=file
	$(DEV) $(BIN)/python manage.py compilemessages --locale zh_Hans --ignore=.venv

check: $(STAMP) ## Django's checks and the migrations check
	$(DEV) $(BIN)/python manage.py check
	$(DEV) $(BIN)/python manage.py makemigrations --check --dry-run

screenshots: $(STAMP) ## Remake the README's screenshots (docs/screenshots) with the browser tests
	README_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/browser/test_look.py -k readme $(PYTEST_ARGS)

bench: $(STAMP) ## Requests/s of the public pages under gunicorn with 10,000 articles (BENCH_ARGS="--database postgres")
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/throughput.py $(BENCH_ARGS)

clean: ## Remove the virtualenv, database, media and collected static files
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache .ruff_cache
