# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Enforces the layering by reading every include and every library's link line:
# - core/ never includes a widget header;
# - core/client never reaches the sandbox or the UI;
# - core/sandbox uses nothing of the client but its blob storage ("client/storage/…");
# - ui/ never reaches the sandbox and never talks HTTP itself;
# - nothing but app/ reaches app/ (the composition root);
# - inside the sandbox, arrows point down only: hashing, http, state and storage reach no other
#   sandbox folder than http; scoring reaches only those; batch not service or gateway;
#   gateway and service not each other;
# - every project include is rooted: "client/…", "sandbox/…", "ui/…" or "app/…";
# - only app/ links the UI and the sandbox together.
# Run as: cmake -DSOURCE_DIR=<tree> -P check-dependency-rules.cmake
# tests/dependency-rules/check-negative.cmake runs it on a tree that breaks each rule once.
set(violations "")

# check_includes(<glob> <regex> <why> [<allowed regex>]): every #include line of the
# matching files that matches <regex> (and not <allowed regex>) is a violation.
function(check_includes glob pattern why)
    set(allowed "${ARGV3}")
    file(GLOB_RECURSE files "${SOURCE_DIR}/${glob}")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${pattern}" AND (allowed STREQUAL "" OR NOT line MATCHES "${allowed}"))
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                set(violations "${violations}\n  ${rel}: ${line}  (${why})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(widget_headers "<Q(Widget|MainWindow|PushButton|Dialog|Label|Application|TableView|TreeView|LineEdit|MessageBox)>|<QtWidgets")
foreach(ext IN ITEMS h cpp)
    check_includes("core/*.${ext}" "${widget_headers}" "core/ includes a widget header")
    check_includes("core/client/*.${ext}" "\"(sandbox|ui)/" "core/client reaches the sandbox or the UI")
    check_includes("core/sandbox/*.${ext}" "\"(ui|client)/" "core/sandbox uses the client beyond client/storage/" "\"client/storage/")
    check_includes("ui/*.${ext}" "\"sandbox/" "ui/ reaches the sandbox; only app/ knows it")
    check_includes("core/*.${ext}" "\"app/" "core/ reaches the composition root")
    check_includes("ui/*.${ext}" "\"app/" "ui/ reaches the composition root")
    check_includes("ui/*.${ext}" "<QNetworkAccessManager>|<QNetworkReply>|<QTcpSocket>|<QTcpServer>" "ui/ talks HTTP itself")
    # The sandbox's own layers.
    check_includes("core/sandbox/hashing/*.${ext}" "\"sandbox/(http|state|storage|scoring|batch|service|gateway)/" "a sandbox base layer reaches up")
    check_includes("core/sandbox/http/*.${ext}" "\"sandbox/(hashing|state|storage|scoring|batch|service|gateway)/" "a sandbox base layer reaches up")
    check_includes("core/sandbox/state/*.${ext}" "\"sandbox/(hashing|storage|scoring|batch|service|gateway)/" "a sandbox base layer reaches up")
    check_includes("core/sandbox/storage/*.${ext}" "\"sandbox/(hashing|state|scoring|batch|service|gateway)/" "a sandbox base layer reaches up")
    check_includes("core/sandbox/scoring/*.${ext}" "\"sandbox/(state|storage|batch|service|gateway)/" "scoring reaches above itself")
    check_includes("core/sandbox/batch/*.${ext}" "\"sandbox/(service|gateway)/" "batch reaches the service or the gateway")
    check_includes("core/sandbox/service/*.${ext}" "\"sandbox/gateway/" "the service and the gateway stay apart")
    check_includes("core/sandbox/gateway/*.${ext}" "\"sandbox/(service|batch)/" "the service and the gateway stay apart")
endforeach()

# Rooted includes: every quoted include of core/, ui/ and app/ names its library's root, so
# no name means two files (moc's generated files excepted).
file(GLOB_RECURSE product_files "${SOURCE_DIR}/core/*" "${SOURCE_DIR}/ui/*" "${SOURCE_DIR}/app/*")
list(FILTER product_files INCLUDE REGEX "\\.(h|cpp)$")
foreach(f IN LISTS product_files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" included "${line}")
        if(NOT included MATCHES "^(client|sandbox|ui|app)/" AND NOT included MATCHES "^moc_|\\.moc$")
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
            set(violations "${violations}\n  ${rel}: ${line}  (an include not rooted at client/, sandbox/, ui/ or app/)")
        endif()
    endforeach()
endforeach()

# The same rules at link level.
file(READ "${SOURCE_DIR}/core/sandbox/CMakeLists.txt" sandbox_cmake)
if(sandbox_cmake MATCHES "portico_client|portico_ui")
    set(violations "${violations}\n  core/sandbox/CMakeLists.txt: links more than portico_storage of the client")
endif()
file(READ "${SOURCE_DIR}/core/client/CMakeLists.txt" client_cmake)
if(client_cmake MATCHES "portico_sandbox|portico_ui")
    set(violations "${violations}\n  core/client/CMakeLists.txt: links the sandbox or the UI")
endif()
file(READ "${SOURCE_DIR}/ui/CMakeLists.txt" ui_cmake)
if(ui_cmake MATCHES "portico_sandbox")
    set(violations "${violations}\n  ui/CMakeLists.txt: links portico_sandbox (only app/ may)")
endif()

if(violations)
    message(FATAL_ERROR "Dependency rules broken:${violations}")
endif()
message(STATUS "dependency rules hold")
