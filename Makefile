# Isnad: `make run` opens the app, `make test` runs the whole suite. Both set up .venv first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)

.PHONY: run test test-postgres lint bench clean

$(STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

run: $(STAMP)
	@# First the Qt platform libraries (a missing one prints the apt-get line); 3: no display, explained
	@if $(PY) -m ui.platform_libraries; then $(PY) main.py $(ARGS) || [ $$? -eq 3 ]; fi

# The suite runs on every core (pytest-xdist, one test file per worker at a time); WORKERS=0 runs it in one process.
WORKERS ?= auto

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(WORKERS) --dist loadfile $(PYTEST_ARGS)

# The core suite again with every storage test on PostgreSQL (ISNAD_TEST_POSTGRES_URL names the server;
# .ci/run starts one): the tests not already run on both stores by their modules.
test-postgres: $(STAMP)
	ISNAD_TEST_STORE=postgres QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(WORKERS) --dist loadfile -m store \
		--ignore=tests/gui $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	@echo "Benchmarks are run one by one, e.g.: $(PY) bench/bench_matching.py --help"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
