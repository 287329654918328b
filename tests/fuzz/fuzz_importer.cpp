// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Every importer behind importDocument() (format detected from the content): OpenAPI 3 /
// Swagger 2 in JSON or YAML, Postman collections, curl commands. External $refs are
// refused, so the fuzzer reads nothing but its input. Any result is either an error that
// says where or a set of APIs; an imported request never holds a key value.
#include "fuzzinput.h"

#include "client/interop/importer.h"

using namespace portico;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    client::ImportOptions options;
    options.loader = [](const QString &, QString *error) -> std::optional<QByteArray> {
        *error = QStringLiteral("not read while fuzzing");
        return std::nullopt;
    };
    const client::ImportResult result = client::importDocument(fuzz::bytes(data, size), QString(), options);
    if (!result.ok()) {
        fuzz::require(!result.error.isEmpty() || result.cancelled, "a failed import says why");
        return 0;
    }
    (void)result.operationCount();
    client::Workspace workspace;
    (void)client::mergeImport(&workspace, result);
    return 0;
}
