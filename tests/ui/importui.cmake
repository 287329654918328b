# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Import through the real main window: dialog, preview, undo, cancel, URL, drop and paste.
portico_add_test(tst_importdialog SOURCES ui/tst_importdialog.cpp LIBS portico_console portico_sandbox Qt6::Network)
target_compile_definitions(tst_importdialog PRIVATE PORTICO_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
# `make screenshots` shows the import preview of this file.
target_compile_definitions(portico-screenshots PRIVATE PORTICO_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
# The publisher's Import from OpenAPI, against the sandbox's managed gateway.
portico_add_test(tst_publisherimport SOURCES ui/tst_publisherimport.cpp LIBS portico_ui portico_client portico_sandbox Qt6::Network)
target_compile_definitions(tst_publisherimport PRIVATE PORTICO_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
