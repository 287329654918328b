// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The BES status object as AzureML clients read it (StatusCode, Results with a download
// link per output, Details), plus the sandbox's Id, timestamps and Progress.

#include "sandbox/state/batchjob.h"

#include <QByteArray>

namespace portico::sandbox {

// rowsTotal < 0 writes null. Each finished output's link carries a fresh read-only SAS.
QByteArray jobStatusJson(const BatchJob &job, qint64 rowsDone, qint64 rowsTotal);

} // namespace portico::sandbox
