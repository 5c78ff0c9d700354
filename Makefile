# The two commands of the README:
#   make demo   set up .venv, capture the bundled tiny model on CPU, print its report
#   make test   set up .venv with the test extras, run the test suite
# Nothing is needed beforehand but Python >= 3.11 and make.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_LOGDIR ?= demo-logdir
PYTEST_ARGS ?=

.PHONY: demo test lint proto kernels bench screenshots clean

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

# Style and types: ruff's checks and formatting, and mypy on the package (its settings: pyproject.toml).
lint: $(VENV)/.stamp-test
	$(BIN)/ruff check perfdiff tests benchmarks
	$(BIN)/ruff format --check perfdiff tests benchmarks
	$(BIN)/mypy perfdiff

# Regenerate the protobuf modules (*_pb2.py and .pyi) from perfdiff's .proto files with protoc 31.1
# (grpcio-tools 1.74.0): its output runs on any protobuf runtime from 6.31.1 on (see the pin in
# pyproject.toml). It is installed in a folder of its own, as grpcio-tools 1.74 requires protobuf < 7,
# which must not replace the runtime in the venv.
PROTOS     := perfdiff/xplane/xplane.proto perfdiff/hlo/hlo.proto
PROTOC_DIR := $(VENV)/protoc-31.1

$(PROTOC_DIR)/.stamp: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --no-deps --target $(PROTOC_DIR) 'grpcio-tools==1.74.0' 'protobuf==6.31.1'
	touch $@

proto: $(PROTOC_DIR)/.stamp
	PYTHONPATH=$(PROTOC_DIR) $(BIN)/python -m grpc_tools.protoc -I. --python_out=. --pyi_out=. $(PROTOS)

# Regenerate the committed LLVM IR of the compiled kernels (perfdiff/xplane/wire_kernels.ll,
# perfdiff/compute/{nesting,pairing,numbering}.ll, perfdiff/xplane/line_kernels.ll) after editing their source;
# tests/test_native.py checks they match.
kernels: $(VENV)/.stamp-run
	$(BIN)/python -m perfdiff.compute.native_build

bench: $(VENV)/.stamp-test
	$(BIN)/python benchmarks/parse.py

# Screenshots of the TensorBoard plugin (report, op detail, timeline, TPU roofline, diff) at 1600x1000
# into docs/screenshots/ (git keeps the ones the README shows); needs Debian's chromium.
screenshots: $(VENV)/.stamp-test
	$(BIN)/python tests/scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) $(DEMO_LOGDIR) .pytest_cache
