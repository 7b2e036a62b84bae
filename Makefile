# Two commands on a fresh machine: `make graph`, then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= build
JAVA   := $(shell command -v java 2>/dev/null)

.PHONY: install graph test lint validate bench clean java-check eval

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

install: $(STAMP)

## Build the graph of corpus/ into build/.
graph: $(STAMP)
	$(BIN)/kg build corpus/ --out $(OUT)

## Build the development set (../shared/corpus-real/) into build-eval/ and score it against its gold.
EVAL_OUT ?= build-eval
eval: $(STAMP)
	-$(BIN)/kg build ../shared/corpus-real/ --out $(EVAL_OUT) --no-views
	$(BIN)/kg eval ../shared/gold-real/ --out $(EVAL_OUT) --corrections tests/gold --json $(EVAL_OUT)/eval.json

## The whole test suite.
test: $(STAMP) java-check
	$(BIN)/python -m pytest

## Validate the built graph (SHACL; ontology consistency with HermiT when Java is present).
validate: $(STAMP) java-check
	$(BIN)/kg validate --out $(OUT)

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks
	$(BIN)/mypy kg

## Benchmarks (not run by CI): `make bench SIZES=100,1000,5000 CORPORA=real`; numbers in build/bench.json.
SIZES   ?= 100,1000
CORPORA ?= generated,real
bench: $(STAMP)
	$(BIN)/python -m benchmarks --sizes $(SIZES) --corpora $(CORPORA)

java-check:
ifeq ($(JAVA),)
	@echo "note: no Java runtime found: the ontology consistency check (HermiT) is skipped." \
	      "Install one with: apt-get install openjdk-17-jre-headless"
endif

clean:
	rm -rf $(OUT)/graph.* $(OUT)/store $(OUT)/report.json $(OUT)/views $(OUT)/.staging
