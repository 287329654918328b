// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The customer's "AzureML Demo API": the API and five operations the source document has
// the publisher create, fronting the sandbox's feature-hashing service.
// Read from the resource the console reads too (core/demoapi/azureml-demo-api.json).

#include "sandbox/state/sandboxmodel.h"

namespace portico::sandbox {

Api demoApi(const QString &serviceUrl);
QList<Product> defaultProducts();

} // namespace portico::sandbox
