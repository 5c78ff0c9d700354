# The two commands of the README:
#   make demo   set up .venv, capture the bundled tiny model on CPU, print its report
#   make test   set up .venv with the test extras, run the test suite
# Nothing is needed beforehand but Python >= 3.11 and make.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_LOGDIR ?= demo-logdir
PYTEST_ARGS ?=

.PHONY: demo test lint proto bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A stamp per extra set: re-installs when pyproject.toml changes.
$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.stamp-run

demo: $(VENV)/.stamp-run
	$(BIN)/perfdiff capture --example train --logdir $(DEMO_LOGDIR)
	$(BIN)/perfdiff $(DEMO_LOGDIR)

test: $(VENV)/.stamp-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.stamp-test
	$(BIN)/ruff check perfdiff tests benchmarks
	$(BIN)/ruff format --check perfdiff tests benchmarks

# Regenerate perfdiff/xplane/xplane_pb2.py(i) from xplane.proto (protoc from grpcio-tools).
proto: | $(BIN)/python
	$(BIN)/python -m pip install --quiet 'grpcio-tools>=1.80'
	$(BIN)/python -m grpc_tools.protoc -I. --python_out=. --pyi_out=. perfdiff/xplane/xplane.proto

bench: $(VENV)/.stamp-test
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/parse.py

clean:
	rm -rf $(VENV) $(DEMO_LOGDIR) .pytest_cache
