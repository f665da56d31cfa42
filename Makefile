# Two commands for a newcomer: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt
AXE := node_modules/axe-core/axe.min.js
HOST ?= 127.0.0.1
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=lms.settings.dev
TEST := DJANGO_SETTINGS_MODULE=lms.settings.test

# Test workers (pytest-xdist; each gets its own test database) and the fuzz examples' scale:
# `make test` runs a fifth of the 10,300 hypothesis examples, `make fuzz` all of them.
TEST_WORKERS ?= auto
FUZZ_CI_SCALE ?= 0.2
# `--dist load` hands each worker its tests in collection order, so pytest-django's order holds
# on every worker: transactional tests (browser, concurrency) flush the database, data
# migrations included, and must come after the others (worksteal breaks that order).
PYTEST_PARALLEL := -n $(TEST_WORKERS) --dist load

# What differs between PostgreSQL and SQLite, for the SQLite pass of CI (`make test-sqlite`):
# the STRING_AGG/GROUP_CONCAT aggregate and role look-ups, case-insensitive e-mail matching,
# the privacy erasure search (text casts over JSON), full-text search, JSON answers, raw SQL
# (healthz), locking (the concurrency tests skip themselves on SQLite), report aggregates and
# their query budgets, the bulk import's matching, database settings, and the `make run` path
# (migrations and seed_demo on SQLite).
DB_SPECIFIC_TESTS := \
	tests/accounts/test_backend.py tests/accounts/test_roles.py tests/accounts/test_login.py \
	tests/privacy/test_erasure.py tests/privacy/test_export.py \
	tests/courses/test_search.py tests/assessments/test_autosave.py \
	tests/assessments/test_item_analysis.py tests/home/test_healthz.py \
	tests/assessments/test_concurrency.py tests/certificates/test_concurrency.py \
	tests/scheduling/test_concurrency.py tests/reporting tests/cohorts/test_import_commit.py \
	tests/cohorts/test_completion.py tests/test_settings.py tests/demo/test_seed_demo.py tests/demo/test_seed_counts.py

.PHONY: run test test-unit test-sqlite e2e fuzz check typecheck lint format lock seed worker bench messages system-deps install clean

# Installs exactly the locked versions, then the project itself without resolving again.
$(STAMP): pyproject.toml $(LOCK)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r $(LOCK)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
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

# The checks first (seconds), then the whole suite in parallel, browser tests included.
test: install $(AXE) check
	FUZZ_SCALE=$(FUZZ_CI_SCALE) $(BIN)/pytest $(PYTEST_PARALLEL)

# Migrations, lint, formatting, the layer contracts (DESIGN.md) and the types.
check: $(STAMP)
	$(TEST) $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(MAKE) --no-print-directory typecheck

typecheck: $(STAMP)
	$(BIN)/mypy .

# The suite without the browser tests, e.g. for a quick run on SQLite.
test-unit: $(STAMP)
	FUZZ_SCALE=$(FUZZ_CI_SCALE) $(BIN)/pytest $(PYTEST_PARALLEL) -m "not e2e and not perf"

# CI's second database: only the tests of what differs between PostgreSQL and SQLite.
test-sqlite: $(STAMP)
	env -u DATABASE_URL $(BIN)/pytest -m "not e2e and not perf" $(DB_SPECIFIC_TESTS)

# Every fuzz example (10,300; `FUZZ_SCALE=10 make fuzz` for a nightly run).
fuzz: $(STAMP)
	FUZZ_SCALE=$${FUZZ_SCALE:-1} $(BIN)/pytest $(PYTEST_PARALLEL) tests/fuzz

e2e: install $(AXE)
	$(BIN)/pytest $(PYTEST_PARALLEL) tests/e2e

# pip-audit asks PyPI's vulnerability data about every installed package (network needed).
lint: check
	$(BIN)/pip-audit --progress-spinner off --skip-editable

# Re-pin requirements/lock.txt from pyproject.toml (`make lock UPGRADE=1` takes newer releases
# within the bounds). Commit the lock with the pyproject change.
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --allow-unsafe --generate-hashes --strip-extras \
		--no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade) \
		--extra test --output-file $(LOCK) pyproject.toml

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/pytest tests/perf -m perf -s

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3
