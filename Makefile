# Briefing — the two commands: `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_RELEASE := .build/release/briefing

.PHONY: site test deps build release clean eval

EVAL_DATA ?= ../shared/eval
EVAL := .build/release/briefing-eval

## Install what is missing: pkg-config, libcmark-dev and libxml2-dev from Debian.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi
	@if ! pkg-config --exists libxml-2.0; then \
		echo "Installing libxml2-dev (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev; \
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
	$(EVAL) bodies --data $(EVAL_DATA)/html-articles
