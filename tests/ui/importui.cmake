# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Import through the real main window: dialog, preview, undo, cancel, URL, drop and paste.
portico_add_test(tst_importdialog SOURCES ui/tst_importdialog.cpp LIBS portico_console portico_sandbox Qt6::Network)
target_compile_definitions(tst_importdialog PRIVATE PORTICO_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
