# Two entry points for a fresh machine with only Python and make: `make run`, `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared/data

.PHONY: setup run test eval bench lint schema clean browser

$(BIN)/razmetka: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

setup: $(BIN)/razmetka

run: setup
	$(BIN)/razmetka run corpus/ --out outputs/
	$(BIN)/razmetka report outputs/
	$(BIN)/razmetka review outputs/

test: setup
	-@$(MAKE) --no-print-directory browser
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check pipeline tests

schema: setup
	$(BIN)/razmetka schema > schema/document.schema.json

eval: setup
	$(BIN)/pip install -q -e ".[eval]"
	@if [ -d $(SHARED)/factrueval ]; then \
		$(BIN)/razmetka eval ner --gold $(SHARED)/factrueval/dev.jsonl; \
		$(BIN)/razmetka eval ner --gold $(SHARED)/factrueval/test.jsonl; \
	else echo "$(SHARED)/factrueval not found: skipping the NER evaluation"; fi
	$(BIN)/razmetka eval dates --gold tests/gold/dates_lead_test.jsonl
	$(BIN)/razmetka eval claims --gold tests/gold/claims_test.jsonl
	$(BIN)/razmetka eval claims --gold tests/gold/probes/claims_probe_hold.jsonl

# Debian's Chromium and ChromeDriver for the browser tests; they skip, saying why, when this fails.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then echo "chromium: present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
		&& echo "chromium: installed" || echo "chromium: could not be installed; browser tests will be skipped"; \
	else echo "chromium: no apt-get or not root; browser tests will be skipped"; fi

bench: setup
	$(BIN)/razmetka bench $(SHARED)/news/articles.jsonl
