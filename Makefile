# Everything runs from .venv, which the first target that needs it creates.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench bench-large clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p reports
	$(BIN)/factcheck extract sources --output reports/demo-claims.txt
	$(BIN)/factcheck audit sources --claims claims --fail-on never \
		-o reports/demo-audit.txt -o reports/demo-audit.json -o reports/demo-audit.md \
		-o reports/demo-audit.html -o reports/demo-audit.sarif
	@echo
	@echo "claims: reports/demo-claims.txt"
	@echo "audit:  reports/demo-audit.txt (terminal), reports/demo-audit.html (browser),"
	@echo "        reports/demo-audit.md, reports/demo-audit.json, reports/demo-audit.sarif"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench.extraction
	$(BIN)/python -m bench.subjects
	$(BIN)/python -m bench.unrelated
	@test -f bench/audit.py && $(BIN)/python -m bench.audit --sizes 1000 10000 || true

bench-large: $(STAMP)
	$(BIN)/python -m bench.audit --sizes 1000 10000 100000

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
