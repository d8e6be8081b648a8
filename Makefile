# Build, serve, test and measure the incident explainer widget.
#
#   make serve   install tools, build the release bundle, serve it at http://127.0.0.1:8080
#   make test    install tools, run every test (native, browser, end-to-end)
#   make bench   bundle sizes and load time against the budgets (not part of `make test`)
#
# Every target installs what it needs first (scripts/tools.sh; seconds when all is present).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TERM_COLOR ?= never
PORT ?= 8080
WASM_TARGET := wasm32-unknown-unknown

.PHONY: help tools build serve test test-native test-browser test-e2e fuzz check-index bench screenshots

help:
	@echo 'make serve         build the release bundle and serve it at http://127.0.0.1:$(PORT), the demo pages on the next port'
	@echo 'make test          fmt, clippy, native tests, browser tests, release build, end-to-end tests'
	@echo 'make bench         bundle sizes and load times against the budgets'
	@echo 'make build         the release bundle in dist/'
	@echo 'make test-native | test-browser | test-e2e   one layer of the tests'
	@echo 'make fuzz          the parser and load-path property tests with 100,000 cases each'
	@echo 'make screenshots ROUTES="/timeline /services"   PNGs in /tmp/shots/'

tools:
	@bash scripts/tools.sh

# Every stylesheet in styles/ must be linked from index.html (trunk only bundles linked files).
check-index:
	@missing=0; for f in styles/*.css; do \
	  grep -q "href=\"$$f\"" index.html || { echo "index.html does not link $$f" >&2; missing=1; }; \
	done; exit $$missing

# The release bundle. trunk runs scripts/csp-fix.mjs as a post_build hook (Trunk.toml);
# render-incident then checks the built-in incident and writes it (dist/incident.json) with the
# pre-rendered pages (dist/index.html, dist/en/index.html); the --check run afterwards makes sure
# dist/ really is free of inline scripts and styles.
INCIDENT ?= data/kakao-2022-10-15.json
build: tools check-index
	trunk build --release --offline
	cargo run --quiet --bin render-incident -- $(INCIDENT) dist
	node scripts/csp-fix.mjs --check dist

serve: build
	node tests/e2e/server.mjs --port $(PORT)

test: tools test-native test-browser test-e2e

test-native: tools
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo test

# The property tests of the own JSON and time parsers against serde_json and chrono, and of the
# whole load path, with FUZZ_CASES cases per property (`cargo test` runs a few hundred), in
# release mode. Not part of `make test`: 10 to 20 minutes on 2 cores.
FUZZ_CASES ?= 100000
fuzz: tools
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release \
	  --test json_differential --test clock_differential --test fuzz_load

test-browser: tools
	# A zone with daylight saving, so the browser zone tests see a real offset change.
	TZ=America/New_York cargo test --target $(WASM_TARGET)

test-e2e: build
	E2E_PORT=$$(node scripts/free-port.mjs) playwright test --config tests/e2e/playwright.config.mjs

bench: build
	@bash scripts/tools.sh fonts
	node scripts/bench.mjs

screenshots: build
	@bash scripts/tools.sh fonts
	node scripts/screenshots.mjs $(ROUTES)
