# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Azure Resource Manager: the sandbox's ARM surface and the console's ARM client, both held
# against Azure's published API Management examples under data/azure-apim-examples.
portico_add_test(tst_armapi SOURCES sandbox/tst_armapi.cpp LIBS portico_sandbox Qt6::Network)
target_compile_definitions(tst_armapi PRIVATE PORTICO_ARM_EXAMPLES="${CMAKE_CURRENT_SOURCE_DIR}/data/azure-apim-examples")
portico_add_test(tst_armclient SOURCES client/tst_armclient.cpp LIBS portico_client portico_sandbox Qt6::Network)
target_compile_definitions(tst_armclient PRIVATE PORTICO_ARM_EXAMPLES="${CMAKE_CURRENT_SOURCE_DIR}/data/azure-apim-examples")
