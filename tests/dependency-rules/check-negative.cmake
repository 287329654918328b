# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# The dependency-rule check must be able to fail: build a small tree that breaks each rule
# once, run the check on it, and expect every break to be named.
# Run as: cmake -DCHECK=<check-dependency-rules.cmake> -DWORK_DIR=<scratch dir> -P check-negative.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
set(tree "${WORK_DIR}/tree")
file(WRITE "${tree}/core/client/CMakeLists.txt" "qt_add_library(portico_client STATIC)\n")
file(WRITE "${tree}/core/sandbox/CMakeLists.txt" "target_link_libraries(portico_sandbox PRIVATE portico_storage)\n")
file(WRITE "${tree}/ui/CMakeLists.txt" "target_link_libraries(portico_ui PUBLIC portico_client portico_sandbox)\n")
# Each file breaks one rule; the good ones next to them must not be named.
file(WRITE "${tree}/ui/bad/runsandbox.cpp" "#include \"sandbox/embeddedsandbox.h\"\n")
file(WRITE "${tree}/ui/bad/talkshttp.cpp" "#include <QNetworkAccessManager>\n")
file(WRITE "${tree}/ui/bad/usesroot.cpp" "#include \"app/portico/console.h\"\n")
file(WRITE "${tree}/ui/good/page.cpp" "#include \"ui/good/page.h\"\n#include \"client/http/httpengine.h\"\n#include \"moc_page.cpp\"\n")
file(WRITE "${tree}/core/sandbox/bad/usescatalog.cpp" "#include \"client/catalog/catalog.h\"\n")
file(WRITE "${tree}/core/sandbox/state/usesbatch.h" "#include \"sandbox/batch/batchservice.h\"\n")
file(WRITE "${tree}/core/sandbox/batch/usesservice.cpp" "#include \"sandbox/service/mlservice.h\"\n")
file(WRITE "${tree}/core/sandbox/service/usesbatch.cpp" "#include \"sandbox/batch/batchservice.h\"\n#include \"sandbox/scoring/rrsscorer.h\"\n")
file(WRITE "${tree}/core/sandbox/good/usesblobs.cpp" "#include \"client/storage/blobclient.h\"\n")
file(WRITE "${tree}/core/client/bad/usesui.h" "#include \"ui/mainwindow.h\"\n")
file(WRITE "${tree}/core/client/bad/haswidget.cpp" "#include <QWidget>\n")
file(WRITE "${tree}/core/client/bad/unrooted.cpp" "#include \"http/httpengine.h\"\n")
file(WRITE "${tree}/app/portico/main.cpp" "#include \"app/portico/console.h\"\n#include \"sandbox/sandbox.h\"\n#include \"ui/mainwindow.h\"\n")

execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${tree} -P "${CHECK}"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(report "${out}${err}")
if(result EQUAL 0)
    message(FATAL_ERROR "the check passed a tree that breaks every rule:\n${report}")
endif()
foreach(expected IN ITEMS
        "ui/bad/runsandbox.cpp" "ui/bad/talkshttp.cpp" "ui/bad/usesroot.cpp" "core/sandbox/bad/usescatalog.cpp"
        "core/client/bad/usesui.h" "core/client/bad/haswidget.cpp"
        "core/sandbox/state/usesbatch.h" "core/sandbox/batch/usesservice.cpp" "core/client/bad/unrooted.cpp"
        "ui/CMakeLists.txt: links portico_sandbox")
    string(FIND "${report}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the check did not name ${expected}:\n${report}")
    endif()
endforeach()
foreach(innocent IN ITEMS "ui/good/page.cpp" "core/sandbox/good/usesblobs.cpp" "app/portico/main.cpp" "core/sandbox/CMakeLists.txt"
        "core/sandbox/service/usesbatch.cpp")
    string(FIND "${report}" "${innocent}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "the check named ${innocent}, which keeps the rules:\n${report}")
    endif()
endforeach()
message(STATUS "the dependency check names every broken rule")
