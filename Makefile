# Briefing — the two commands: `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_RELEASE := .build/release/briefing

.PHONY: site test deps build release clean eval bench install check-hostile fuzz

FUZZ_SECONDS ?= 600
FUZZ_SANITIZERS ?= fuzzer,address
FUZZ_DIR := .build-fuzz/release

PREFIX ?= /usr/local

EVAL_DATA ?= ../shared/eval
EVAL := .build/release/briefing-eval

## Install what is missing: pkg-config, libcmark-dev and libxml2-dev from Debian.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi
	@if ! pkg-config --exists libxml-2.0; then \
		echo "Installing libxml2-dev (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev; \
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
	$(EVAL) times --data $(EVAL_DATA)/timebank

## Paired timing of Briefing, Hugo and the cmark CLI on a generated corpus (see Benchmarks/).
bench: deps
	Benchmarks/bench.sh $(BENCH_SIZES)

## Install the binary, default templates, man page and shell completions under $(PREFIX).
install: release
	$(SWIFT) package plugin generate-manual >/dev/null
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/briefing/Templates $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/briefing
	cp -R Templates/. $(DESTDIR)$(PREFIX)/share/briefing/Templates/
	install -m 644 .build/plugins/GenerateManual/outputs/briefing/briefing.1 $(DESTDIR)$(PREFIX)/share/man/man1/briefing.1
	$(BIN_RELEASE) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/briefing
	$(BIN_RELEASE) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_briefing
	$(BIN_RELEASE) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/briefing.fish

## Build a hostile corpus and assert nothing unsafe comes out of it (see Tests/hostile/).
check-hostile: release
	python3 Tests/hostile/check_hostile.py $(BIN_RELEASE)

## Coverage-guided fuzzing of ingest+extract+brief+render with libFuzzer and AddressSanitizer.
## Crashers land in $(FUZZ_DIR)/crash-*; copy each to Tests/BriefingCoreTests/Fixtures/fuzz/.
fuzz: deps
	$(SWIFT) build -c release --scratch-path .build-fuzz --target briefing-fuzz \
		-Xswiftc -sanitize=$(FUZZ_SANITIZERS) -Xswiftc -DFUZZING
	swiftc -use-ld=lld -sanitize=$(FUZZ_SANITIZERS) $(FUZZ_DIR)/BriefingCore.build/*.o \
		$(FUZZ_DIR)/CBriefingSupport.build/*.o $(FUZZ_DIR)/CYaml.build/src/*.o $(FUZZ_DIR)/Yams.build/*.o \
		$(FUZZ_DIR)/Mustache.build/*.o $(FUZZ_DIR)/briefing_fuzz.build/*.o -lcmark -o $(FUZZ_DIR)/briefing-fuzzer
	mkdir -p $(FUZZ_DIR)/corpus && cp seeds/* Tests/BriefingCoreTests/Fixtures/fuzz/* $(FUZZ_DIR)/corpus/ 2>/dev/null || true
	cd $(FUZZ_DIR) && ./briefing-fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 corpus
