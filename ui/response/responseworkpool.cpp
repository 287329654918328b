// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/responseworkpool.h"

#include <QThread>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

struct ResponseWorkPool : QThreadPool
{
    ResponseWorkPool()
    {
        setObjectName(u"responseWorkPool"_s);
        // Indexing lines and building the tree run side by side even on one core.
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(ResponseWorkPool, pool)

} // namespace

QThreadPool *responseWorkPool()
{
    return pool();
}

} // namespace portico::ui
