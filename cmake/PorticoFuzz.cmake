# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# The fuzz build: only the libraries the parsers live in, instrumented for libFuzzer with
# AddressSanitizer and UndefinedBehaviorSanitizer, and the fuzzers of tests/fuzz.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PORTICO_FUZZ needs clang (CC=clang-14 CXX=clang++-14)")
endif()
set(PORTICO_BUILD_TESTS OFF)
set(PORTICO_FUZZ_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
add_compile_options(${PORTICO_FUZZ_FLAGS} -fsanitize=fuzzer-no-link)
add_link_options(${PORTICO_FUZZ_FLAGS})
add_subdirectory(core/demoapi)
add_subdirectory(core/client)
add_subdirectory(core/sandbox)
add_subdirectory(tests/fuzz)
