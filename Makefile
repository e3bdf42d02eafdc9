# Xiehui: `make run` serves the demo site, `make test` runs the suite. Both set everything up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Two installs, each remembered by a stamp: what running the site needs (`pip install .`),
# and that plus the test and lint tools (".[dev]", which leaves both stamps: `make run`
# after `make test` installs nothing).
RUNTIME  := $(VENV)/.installed-runtime
DEVTOOLS := $(VENV)/.installed-dev
HOST   ?= 127.0.0.1
PORT   ?= 8000
DEV    := DJANGO_DEBUG=1

# `make serve`: the site as production serves it, on this machine. DEBUG off with a
# throw-away secret key (made once, git-ignored), the loopback's host names, plain HTTP
# (no redirect to HTTPS), uploads served by Django (no web server in front). gunicorn is
# not a dependency of the site (any WSGI server will do); 27, the release tried here, has
# --no-control-socket (older ones may not).
SERVE_KEY := .serve-secret-key
SERVING   := $(VENV)/.installed-gunicorn
GUNICORN  := gunicorn>=27,<28
PROD := DJANGO_DEBUG=0 DJANGO_SECRET_KEY="$$(cat $(SERVE_KEY))" \
	DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1,[::1],$(HOST)" DJANGO_SECURE_SSL_REDIRECT=0 \
	DJANGO_SERVE_MEDIA=1
# gunicorn's processes share what they cache only through Redis: without REDIS_URL one
# process with threads serves, so that an edit shows on the next page as in production.
# --graceful-timeout: Ctrl-C stops at once, instead of waiting the default 30 s for a
# browser's open keep-alive connection.
ifeq ($(strip $(REDIS_URL)),)
PROCESSES := --workers 1 --threads 4 --graceful-timeout 3
else
PROCESSES := --workers 2 --graceful-timeout 3
endif

# Before anything is installed, `make run` and `make serve` stop if HOST:PORT is taken
# (the servers would only say so after the whole install). Prerequisites are made in the
# order they are written, so the port check comes first.
.NOTPARALLEL:
define PORT_CHECK
import os, socket, sys
host, port, target = sys.argv[1:4]
address = host.strip("[]")
try:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    socket.create_server((address, int(port)), family=family).close()
except ValueError:
    sys.exit(f"PORT={port} is not a port number; for example: make {target} PORT=8001")
except OSError as error:
    known = isinstance(error.errno, int) and error.errno > 0
    reason = os.strerror(error.errno) if known else error.strerror or error
    sys.exit(
        f"Cannot serve on {host}:{port}: {reason}.\n"
        f"Stop what is using it, or choose another port: make {target} PORT=8001\n"
        f"(HOST= chooses the address to listen on; it is {host} now.)"
    )
endef
export PORT_CHECK

.DEFAULT_GOAL := help
.PHONY: help install run serve test test-fast lint format messages check screenshots bench \
	soak clean port-free

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-11s %s\n", $$1, $$2}'
	@echo ""
	@echo "  run and serve listen on HOST=$(HOST) PORT=$(PORT); to choose others:"
	@echo "    make run PORT=8001        make serve HOST=0.0.0.0 PORT=8080"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Xiehui needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet "."
	@touch $@

$(DEVTOOLS): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet ".[dev]"
	@touch $@ $(RUNTIME)

$(SERVING): | $(RUNTIME)
	$(BIN)/python -m pip install --quiet "$(GUNICORN)"
	@touch $@

$(SERVE_KEY):
	@umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

port-free:
	@$(PYTHON) -c "$$PORT_CHECK" "$(HOST)" "$(PORT)" "$(MAKECMDGOALS)"

install: $(DEVTOOLS) ## Create .venv and install Xiehui with its test and lint tools

# run and serve start the task worker that sends the queued emails beside the web server,
# and stop it with the server.

run: port-free $(RUNTIME) ## Install what the site needs, load the demo, serve it for development
	$(DEV) $(BIN)/python manage.py migrate --no-input
	$(DEV) $(BIN)/python manage.py load_demo
	@echo ""
	@echo "  Xiehui is starting on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo ""
	$(DEV) $(BIN)/python manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

serve: port-free $(SERVING) $(SERVE_KEY) ## See the site as in production: DEBUG off, collected static files, gunicorn
	$(PROD) $(BIN)/python manage.py migrate --no-input
	$(PROD) $(BIN)/python manage.py collectstatic --no-input --verbosity 0
	$(PROD) $(BIN)/python manage.py load_demo
	@echo ""
	@echo "  Xiehui is served as in production on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo ""
	$(PROD) $(BIN)/python manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PROD) $(BIN)/gunicorn association.wsgi --bind $(HOST):$(PORT) $(PROCESSES) --no-control-socket --access-logfile -

test: $(DEVTOOLS) ## Run the whole test suite (SQLite unless DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: $(DEVTOOLS) ## The inner loop: every test but the browser ones
	$(BIN)/python -m pytest -m "not browser" $(PYTEST_ARGS)

lint: $(DEVTOOLS) ## Check style with ruff and the apps' layering with import-linter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(DEVTOOLS) ## Fix style with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(RUNTIME) ## Update the Chinese catalogue and compile it
	$(DEV) $(BIN)/python manage.py makemessages --locale zh_Hans --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench --no-obsolete --add-location=file
	$(DEV) $(BIN)/python manage.py compilemessages --locale zh_Hans --ignore=.venv

check: $(RUNTIME) ## Django's checks and the migrations check
	$(DEV) $(BIN)/python manage.py check
	$(DEV) $(BIN)/python manage.py makemigrations --check --dry-run

screenshots: $(DEVTOOLS) ## Remake the README's screenshots (docs/screenshots) with the browser tests
	README_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/browser/test_look.py -k readme $(PYTEST_ARGS)

bench: $(DEVTOOLS) ## Requests/s of the public pages under gunicorn with 10,000 articles (BENCH_ARGS="--database postgres")
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/throughput.py $(BENCH_ARGS)

soak: $(DEVTOOLS) ## A minute of load on PostgreSQL and Redis with the database cut for 10 s (SOAK_ARGS=...)
	$(BIN)/python bench/soak.py --cut-database 10 $(SOAK_ARGS)

clean: ## Remove the virtualenv, database, media, collected static files and make serve's key
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm media staticfiles .pytest_cache .ruff_cache $(SERVE_KEY)
