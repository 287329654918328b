// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Lets go of a large implicitly shared value on a pool thread: freeing a million-node JSON
// tree or a 100,000-row table takes tens of milliseconds the UI thread should not spend.

#include "ui/response/responseworkpool.h"

#include <QThreadPool>

#include <utility>

namespace portico::ui {

// Takes value's contents and drops them from a pool thread; if someone else still shares
// the data, only the reference count drops, wherever that happens.
template<typename T> void discardInBackground(T &value)
{
    T doomed;
    std::swap(doomed, value);
    if (doomed.isEmpty())
        return;
    responseWorkPool()->start([doomed = std::move(doomed)]() mutable { doomed = T(); });
}

} // namespace portico::ui
