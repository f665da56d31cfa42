# Two commands for a newcomer: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
AXE := node_modules/axe-core/axe.min.js
HOST ?= 127.0.0.1
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=lms.settings.dev
TEST := DJANGO_SETTINGS_MODULE=lms.settings.test

.PHONY: run test test-unit e2e lint format seed worker bench messages system-deps install clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $@

install: system-deps $(STAMP)

$(AXE): package.json
	npm install --no-audit --no-fund --loglevel=error
	@touch $@

# Debian packages the platform and its tests use; installed only when missing (needs root).
SYSTEM_PACKAGES := chromium gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core libpq-dev poppler-utils zbar-tools nodejs npm
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if command -v node >/dev/null 2>&1; then missing=$$(echo $$missing | tr ' ' '\n' | grep -vx -e nodejs -e npm | tr '\n' ' '); fi; \
	fi; \
	if [ -n "$$(echo $$missing | tr -d ' ')" ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing Debian packages:$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else \
			echo "Missing Debian packages:$$missing (run: sudo apt-get install$$missing)"; exit 1; \
		fi; \
	fi

compile-messages: $(STAMP)
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(DEV) $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0; \
	else echo "msgfmt not found: using the compiled catalogues in lms/locale"; fi

messages: $(STAMP)
	$(DEV) $(PY) manage.py makemessages -l nl -l fr -l en --no-obsolete --ignore=.venv --ignore=node_modules --ignore=staticfiles
	$(DEV) $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

run: install compile-messages
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(PY) manage.py collectstatic --noinput -v 0
	$(DEV) $(PY) manage.py seed_demo
	@echo ""
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(DEV) $(PY) manage.py runserver $(HOST):$(PORT)

seed: $(STAMP)
	$(DEV) $(PY) manage.py seed_demo

worker: $(STAMP)
	TASK_BACKEND=database $(DEV) $(PY) manage.py db_worker

test: install $(AXE)
	$(TEST) $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/pytest

# The suite without the browser tests, e.g. for a quick run on SQLite.
test-unit: $(STAMP)
	$(BIN)/pytest -m "not e2e and not perf"

e2e: install $(AXE)
	$(BIN)/pytest tests/e2e

# pip-audit asks PyPI's vulnerability data about every installed package (network needed).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pip-audit --progress-spinner off --skip-editable

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/pytest tests/perf -m perf -s

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3
