// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The dashboard's words and colours for what became of a call, shared by its models and
// charts so a bucket is named and coloured the same everywhere.

#include "client/usage/usage.h"

#include <QColor>
#include <QString>

#include <array>

namespace portico::ui::outcomes {

inline constexpr std::array<client::CallOutcome, 4> kAll = {
    client::CallOutcome::Success, client::CallOutcome::ClientError, client::CallOutcome::Throttled,
    client::CallOutcome::ServerError};

QString title(client::CallOutcome outcome);
// Picked to stay apart for the common colour-vision deficiencies (Okabe–Ito); text carries
// the meaning anyway, in the legend and labels.
QColor colour(client::CallOutcome outcome);

} // namespace portico::ui::outcomes
