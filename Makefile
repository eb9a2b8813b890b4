# Briefing — the two commands: `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_RELEASE := .build/release/briefing

.PHONY: site test deps build release clean eval bench

EVAL_DATA ?= ../shared/eval
EVAL := .build/release/briefing-eval

## Install what is missing: pkg-config and libcmark-dev from Debian.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product briefing

## Regenerate site/ from seeds/ with the release binary.
site: release
	$(BIN_RELEASE) build --input seeds --output site --templates Templates

## Build and run the whole test suite.
test: deps
	$(SWIFT) test

clean:
	rm -rf .build

## Score extraction on the public evaluation data (../shared/eval).
eval: deps
	$(SWIFT) build -c release --product briefing-eval

## Paired timing of Briefing, Hugo and the cmark CLI on a generated corpus (see Benchmarks/).
bench: deps
	Benchmarks/bench.sh $(BENCH_SIZES)
