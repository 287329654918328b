// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The workspace file loader. A refused file says why (with its line and column when the
// JSON is malformed); an accepted one saves and loads back to the same workspace and bytes.
#include "fuzzinput.h"

#include "client/catalog/workspace.h"

using namespace portico;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<client::Workspace> w = client::Workspace::fromJson(fuzz::bytes(data, size), &error);
    if (!w) {
        fuzz::require(!error.isEmpty(), "a refused workspace says why");
        return 0;
    }
    const QByteArray saved = w->toJson();
    QString again;
    const std::optional<client::Workspace> reloaded = client::Workspace::fromJson(saved, &again);
    fuzz::require(reloaded.has_value(), "a saved workspace loads again");
    fuzz::require(*reloaded == *w, "a saved workspace loads back the same");
    fuzz::require(reloaded->toJson() == saved, "saving twice gives the same bytes");
    return 0;
}
