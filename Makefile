# Parley: `make run` installs and ingests seeds/; `make test` installs and runs ruff + pytest.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus/real
N ?= 20000

.PHONY: install run test lint eval bench bench-clean clean-warehouse

# Idempotent: reinstalls only when pyproject.toml or constraints.txt changed.
install: $(STAMP)
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade "pip>=24" >/dev/null
	@$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[test]"
	@touch $(STAMP)

run: install
	$(BIN)/parley ingest seeds/

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

# Per-field extraction scores against a gold.jsonl (default: the real corpus).
eval: install
	$(BIN)/parley eval $(CORPUS)

# Boilerplate-removal benchmark (issue 3): P/R/F1 and ms/page on ../shared/bench/boilerplate.
bench-clean: install
	$(BIN)/python -m parley.bench.boilerplate

# End-to-end throughput benchmark (issue 6).
bench: install
	$(BIN)/python -m parley.bench.throughput --docs $(N)

# Deletes what runs wrote under warehouse/ (all untracked); the tracked view definitions,
# example queries and README stay.
clean-warehouse:
	cd warehouse && git clean -fdxq .
