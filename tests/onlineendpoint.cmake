# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Azure ML online endpoints: the sandbox's endpoint, and the console's environment kind against it.
portico_add_test(tst_onlineendpoint SOURCES sandbox/tst_onlineendpoint.cpp LIBS portico_sandbox Qt6::Network)
portico_add_test(tst_onlineendpointsession SOURCES client/tst_onlineendpointsession.cpp
                 LIBS portico_client portico_sandbox portico_ui Qt6::Network)
