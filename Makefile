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

.PHONY: all deps configure build run sandbox test test-stress bench screenshots clean

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

test-stress: build
	bash cmake/run-tests-stress.sh $(BUILD_DIR)

bench: build
	bash tests/bench/run-benchmarks.sh $(BUILD_DIR)

screenshots: build
	bash cmake/with-keyring.sh $(BUILD_DIR)/tests/portico-screenshots $(abspath $(BUILD_DIR))/screenshots
	PORTICO_SCREENSHOT_LANG=tr PORTICO_SCREENSHOT_DARK=1 \
	    bash cmake/with-keyring.sh $(BUILD_DIR)/tests/portico-screenshots $(abspath $(BUILD_DIR))/screenshots/tr-dark

clean:
	rm -rf $(BUILD_DIR)
