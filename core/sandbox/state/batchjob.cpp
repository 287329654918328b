// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/state/batchjob.h"

using namespace Qt::StringLiterals;

namespace portico::sandbox {

QString BatchJob::statusName(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return u"NotStarted"_s;
    case Status::Running:
        return u"Running"_s;
    case Status::Failed:
        return u"Failed"_s;
    case Status::Cancelled:
        return u"Cancelled"_s;
    case Status::Finished:
        return u"Finished"_s;
    }
    return u"Failed"_s;
}

} // namespace portico::sandbox
