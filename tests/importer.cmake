# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# The importer on the documents under data/import: Postman, curl, OpenAPI and Swagger.
portico_add_test(tst_importer SOURCES client/tst_importer.cpp common/importcompare.h LIBS portico_client)
target_compile_definitions(tst_importer PRIVATE PORTICO_IMPORT_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/import")
# Real third-party descriptions, GitHub's large one included (from cmake/install-deps.sh).
portico_add_test(tst_importcorpus SOURCES client/tst_importcorpus.cpp common/importcompare.h LIBS portico_client TIMEOUT 240)
target_compile_definitions(tst_importcorpus PRIVATE PORTICO_IMPORT_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/import"
                                                    PORTICO_NPM_TOOLS="${PROJECT_SOURCE_DIR}/.npm-tools")
