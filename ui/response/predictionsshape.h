// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The answer shapes of Azure ML online endpoints as a table: a JSON list of predictions (a
// custom scoring script's), or {"predictions": [...]} (an MLflow model server's). A list of
// objects gets a column per key, a list of lists numbered columns, a list of scalars one.

#include "ui/response/resultstablemodel.h"

#include <memory>
#include <optional>

namespace portico::ui {

class JsonIndex;

// nullopt when the document is neither shape, or its list is empty.
std::optional<ResultsOutput> predictionsOutput(const std::shared_ptr<const JsonIndex> &index);

} // namespace portico::ui
