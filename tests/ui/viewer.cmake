# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# The response viewer's JSON index: errors, large spooled bodies, the project's own JSON files.
portico_add_test(tst_jsonindexerrors SOURCES ui/tst_jsonindexerrors.cpp LIBS portico_ui)
portico_add_test(tst_spooledjsonbody SOURCES ui/tst_spooledjsonbody.cpp LIBS portico_ui)
portico_add_test(tst_jsonindexpieces SOURCES ui/tst_jsonindexpieces.cpp LIBS portico_ui)
