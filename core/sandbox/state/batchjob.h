// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One AzureML batch (BES) job as the sandbox keeps it: what was submitted (connection
// strings included: the sandbox is the server that needs them), where it stands, and
// how far it got. Plain value, shared by the store and the batch service.

#include <QJsonObject>
#include <QString>

namespace portico::sandbox {

struct BatchJob
{
    // AzureML's numbering; clients accept the name or the number.
    enum class Status { NotStarted = 0, Running = 1, Failed = 2, Cancelled = 3, Finished = 4 };

    QString id; // 32 hex digits
    Status status = Status::NotStarted;
    // {"Inputs":{"input1":{ConnectionString,RelativeLocation}},"Outputs":{...},"GlobalParameters":{...}},
    // normalised from either submit form.
    QJsonObject request;
    QString details; // why it failed, empty otherwise
    qint64 createdMs = 0;
    qint64 startMs = 0; // 0: not yet
    qint64 endMs = 0;
    qint64 rowsDone = 0;
    qint64 rowsTotal = -1; // -1: not known yet

    bool isTerminal() const
    {
        return status == Status::Failed || status == Status::Cancelled || status == Status::Finished;
    }
    static QString statusName(Status status);
};

} // namespace portico::sandbox
