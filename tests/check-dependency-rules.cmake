# Enforces the layering: core/ never includes widgets; core/sandbox uses nothing of the
# client but its blob storage; ui/ never talks HTTP itself; app/ holds only main.cpp.
# Run as: cmake -DSOURCE_DIR=<repo> -P check-dependency-rules.cmake
set(violations "")

function(check_includes glob pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${glob}")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${pattern}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                set(violations "${violations}\n  ${rel}: ${line}  (${why})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

check_includes("core/*.h" "<Q(Widget|MainWindow|PushButton|Dialog|Label|Application|TableView|TreeView)[>]|<QtWidgets" "core/ includes a widget header")
check_includes("core/*.cpp" "<Q(Widget|MainWindow|PushButton|Dialog|Label|Application|TableView|TreeView)[>]|<QtWidgets" "core/ includes a widget header")
check_includes("core/sandbox/*" "\"(common|catalog|http/httpengine|secrets|jobs|history|snippets)/|mainwindow" "core/sandbox uses the client beyond storage/")
check_includes("ui/*" "<QNetworkAccessManager>|<QNetworkReply>|<QTcpSocket>" "ui/ talks HTTP itself")

# The same rule at link level: the sandbox library links the blob client's own library
# (portico_storage), never the whole client.
file(READ "${SOURCE_DIR}/core/sandbox/CMakeLists.txt" sandbox_cmake)
if(sandbox_cmake MATCHES "portico_client")
    set(violations "${violations}\n  core/sandbox/CMakeLists.txt: links portico_client (only portico_storage is allowed)")
endif()

file(GLOB app_files RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/app/*/*")
foreach(f IN LISTS app_files)
    if(NOT f MATCHES "/(main\\.cpp|CMakeLists\\.txt)$")
        set(violations "${violations}\n  ${f}: app/ holds only main.cpp and its CMakeLists.txt")
    endif()
endforeach()

if(violations)
    message(FATAL_ERROR "Dependency rules broken:${violations}")
endif()
message(STATUS "dependency rules hold")
