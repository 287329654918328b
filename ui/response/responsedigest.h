// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What the response viewer's Pretty and Table tabs need from a body, worked out once off
// the UI thread: the JSON tree, the AzureML outputs, or why there are none.

#include "ui/response/jsontreemodel.h"
#include "ui/response/resultstablemodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portico::ui {

struct ResponseDigest
{
    Q_DECLARE_TR_FUNCTIONS(ResponseDigest)
public:
    bool isJson = false;
    // Why there is no tree: the parse error with line and column, or an unreadable file.
    QString problem;
    JsonTreeModel::Tree tree;
    QList<ResultsOutput> outputs;

    // Reads the body from memory or, when bodyFile is set, from that file; contentType
    // only colours the explanation for a body that is not JSON.
    static ResponseDigest fromBody(const QByteArray &body, const QString &bodyFile, const QByteArray &contentType);
};

} // namespace portico::ui
