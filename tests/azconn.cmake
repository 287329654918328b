# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Connections: the console on the local sandbox or on an Azure API Management instance.
portico_add_test(tst_connectiondialog SOURCES ui/tst_connectiondialog.cpp LIBS portico_ui)
portico_add_test(tst_azureconsole SOURCES ui/tst_azureconsole.cpp LIBS portico_console portico_sandbox Qt6::Network)
