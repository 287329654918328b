# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# The importer on the documents under data/import: Postman, curl, OpenAPI and Swagger.
portico_add_test(tst_importer SOURCES client/tst_importer.cpp LIBS portico_client)
target_compile_definitions(tst_importer PRIVATE PORTICO_IMPORT_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/import")
