# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Front door. Every target installs what is missing first, so a fresh Debian 12 machine
# needs nothing but `make run` or `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
ifeq ($(CI),true)
CMAKE_FLAGS += -DPORTICO_WERROR=ON
endif

.PHONY: all deps configure build run sandbox test test-asan test-stress bench screenshots fuzz clean

all: build

deps:
	@bash cmake/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/app/portico/portico $(ARGS)

sandbox: build
	$(BUILD_DIR)/app/portico-sandbox/portico-sandbox serve $(ARGS)

test: build
	bash cmake/run-tests.sh $(BUILD_DIR)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer, in its own build folder
# (preset dev-asan): the first memory error, leak or undefined behaviour fails its test.
ASAN_BUILD_DIR := build-asan
# No strict_string_checks: it reports libxkbcommon-x11's strndup() of a keymap name that is
# not NUL-terminated, which reads within the length it is given and is correct C.
test-asan: deps
	cmake --preset dev-asan
	cmake --build $(ASAN_BUILD_DIR)
	ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:print_stacktrace=1:detect_stack_use_after_return=1:check_initialization_order=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(abspath cmake/lsan.supp):print_suppressions=0 \
	    bash cmake/run-tests.sh $(ASAN_BUILD_DIR)
test-stress: build
	bash cmake/run-tests-stress.sh $(BUILD_DIR)

bench: build
	bash tests/bench/run-benchmarks.sh $(BUILD_DIR)

screenshots: build
	bash cmake/with-keyring.sh $(BUILD_DIR)/tests/portico-screenshots $(abspath $(BUILD_DIR))/screenshots
	PORTICO_SCREENSHOT_LANG=tr PORTICO_SCREENSHOT_DARK=1 \
	    bash cmake/with-keyring.sh $(BUILD_DIR)/tests/portico-screenshots $(abspath $(BUILD_DIR))/screenshots/tr-dark

# libFuzzer targets with ASan + UBSan in build-fuzz, each run FUZZ_SECONDS (see tests/fuzz/run-fuzzers.sh);
# FUZZ_TARGETS="csvreader redactor" runs only those.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" bash tests/fuzz/run-fuzzers.sh build-fuzz

clean:
	rm -rf $(BUILD_DIR)
