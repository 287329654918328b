// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/dashboard/outcomes.h"

#include <QCoreApplication>

namespace portico::ui::outcomes {

QString title(client::CallOutcome outcome)
{
    switch (outcome) {
    case client::CallOutcome::Success:
        return QCoreApplication::translate("Dashboard", "Success");
    case client::CallOutcome::ClientError:
        return QCoreApplication::translate("Dashboard", "Client error");
    case client::CallOutcome::Throttled:
        return QCoreApplication::translate("Dashboard", "Throttled");
    case client::CallOutcome::ServerError:
        return QCoreApplication::translate("Dashboard", "Server error");
    }
    return QString();
}

QColor colour(client::CallOutcome outcome)
{
    switch (outcome) {
    case client::CallOutcome::Success:
        return QColor(0x00, 0x9E, 0x73);
    case client::CallOutcome::ClientError:
        return QColor(0xE6, 0x9F, 0x00);
    case client::CallOutcome::Throttled:
        return QColor(0x56, 0xB4, 0xE9);
    case client::CallOutcome::ServerError:
        return QColor(0xD5, 0x5E, 0x00);
    }
    return QColor();
}

} // namespace portico::ui::outcomes
