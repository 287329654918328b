# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Compiler settings every Portico target shares; applied PRIVATE so they never leak.
function(portico_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    # Q_ASSERT is a compile-time check: with the test suite built, every product library and
    # test is compiled with it live, whatever the build type, so the tests run with asserts on.
    if(PORTICO_BUILD_TESTS)
        target_compile_definitions(${target} PRIVATE QT_FORCE_ASSERTS)
    endif()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(PORTICO_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# portico_export_root(<target> <name> <dir>): the target's headers are included as
# "<name>/…" and nothing else of the tree is on its include path. <dir> is linked in the
# build tree as include/<target>/<name>, so a library exports exactly its own root (the
# sandbox, which links the blob client, sees "client/storage/…" and no other client folder).
function(portico_export_root target name dir)
    set(root "${PROJECT_BINARY_DIR}/include/${target}")
    get_filename_component(parent "${root}/${name}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    if(IS_SYMLINK "${root}/${name}")
        file(READ_SYMLINK "${root}/${name}" current)
    endif()
    if(NOT current STREQUAL dir)
        file(REMOVE "${root}/${name}")
        file(CREATE_LINK "${dir}" "${root}/${name}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${root}")
endfunction()

# portico_add_test(<name> SOURCES <files...> LIBS <targets...> [TIMEOUT <s>] [OWN_KEYRING])
# One executable per class under test, run offscreen (asserts are compiled in, see above).
# OWN_KEYRING runs it on a D-Bus session and gnome-keyring of its own, for a test that kills
# or restarts the daemon: the shared one the other tests use beside it must survive.
function(portico_add_test name)
    cmake_parse_arguments(ARG "OWN_KEYRING" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        PORTICO_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        PORTICO_BINARY_DIR="${PROJECT_BINARY_DIR}")
    portico_apply_settings(${name})
    if(ARG_OWN_KEYRING)
        add_test(NAME ${name} COMMAND env -u PORTICO_IN_KEYRING_SESSION
                 ${PROJECT_SOURCE_DIR}/cmake/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=portico.*.debug=false")
endfunction()
