# Sourcing Guide: `make run` to serve the site, `make test` to run every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve static clearsessions nginx vnu test install install-test migrate content chromium check lint bench audit clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

migrate: install
	$(BIN)/python manage.py migrate --noinput

# Starter content and defaults: loaded once, never overwriting editors' work.
content: migrate
	$(BIN)/python manage.py load_starter_content
	$(BIN)/python manage.py load_advisor_defaults
	$(BIN)/python manage.py load_cost_factors
	$(BIN)/python manage.py load_locations
	$(BIN)/python manage.py setup_editors

run: content
	@echo "Sourcing Guide on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production settings (DEBUG off, hashed static files) under gunicorn. Without
# DJANGO_SECRET_KEY, a random key is made once in var/secret_key (git-ignored).
serve: export DJANGO_PRODUCTION := true
serve: export DJANGO_SECRET_KEY_FILE ?= $(CURDIR)/var/secret_key
serve: export HOST := $(HOST)
serve: export PORT := $(PORT)
serve: content static
	@echo "Sourcing Guide (production settings) on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	exec $(BIN)/gunicorn -c deploy/gunicorn.conf.py sourcing_site.wsgi

static: export DJANGO_PRODUCTION := true
static: export DJANGO_SECRET_KEY_FILE ?= $(CURDIR)/var/secret_key
static: install
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

# Deletes expired sessions; run it daily from cron (see README).
clearsessions: install
	$(BIN)/python manage.py clearsessions

# Debian's Chromium for the browser tests (Playwright cannot download browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || [ -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

# Debian's nginx for the deploy test (run as a plain process, never as a service).
nginx:
	@command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq nginx >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq nginx >/dev/null; fi; }

# `$(call apt_install,command,package)`: Debian's package, if the command is missing.
apt_install = command -v $(1) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(2) >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq $(2) >/dev/null; fi; }

# The W3C Nu HTML checker for tests/test_html_validity.py (marked "html"):
# vnu.jar, pinned, from npm's vnu-jar package into var/vnu (its install script,
# which would download a Java runtime, is skipped), run by Debian's Java.
VNU_VERSION := 26.9.27
VNU_JAR := var/vnu/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR):
	@$(call apt_install,npm,npm)
	mkdir -p var/vnu
	cd var/vnu && npm i -E --ignore-scripts --no-audit --no-fund vnu-jar@$(VNU_VERSION)

vnu: $(VNU_JAR)
	@$(call apt_install,java,default-jre-headless)

test: install-test chromium vnu
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# What CI checks before the tests (.ci/run); the same hooks run at commit time
# through .pre-commit-config.yaml. Fails on a lint or format error, code older
# than Django 5.2's idioms, a type error (strict on the two pure modules), a
# model change without its migration, or an import that breaks
# docs/architecture.md's rules.
PY_FILES = $$(git ls-files --cached --others --exclude-standard '*.py')
STRICT_MODULES := advisor/engine glossary/search.py costs/formulas.py locations/overlap.py locations/ranking.py

check: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/django-upgrade --check --target-version 5.2 $(PY_FILES)
	$(BIN)/mypy .
	$(BIN)/mypy --strict $(STRICT_MODULES)
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest -q tests/test_architecture.py

lint: check

# Production settings on a fresh database, ports 8800-8803 (see README).
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Lighthouse (pinned) and page weight under production settings, on port 8810
# unless given one: `make audit PORT=8900` (the PORT of `make run` does not count).
AUDIT_PORT := $(if $(filter file,$(origin PORT)),8810,$(PORT))
LIGHTHOUSE := var/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	mkdir -p var/lighthouse
	cd var/lighthouse && npm i -E --no-audit --no-fund lighthouse@12.2.3

audit: install chromium $(LIGHTHOUSE)
	$(BIN)/python bench/audit.py --port $(AUDIT_PORT)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
