// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// portico-cli's commands on an open CliSession. Each ends by calling done with its exit code
// and, for a failure, the one line to print on stderr.

#include "app/portico-cli/clisession.h"
#include "client/http/redactedexchange.h"

#include <QObject>

namespace portico::cli {

class Commands : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Failure &)>;
    explicit Commands(CliSession *session, QObject *parent = nullptr);

    void send(const QString &api, const QString &operation, Done done);
    // Every operation with a saved request, of one API or of all (api empty), in workspace order.
    void run(const QString &api, const QString &junitFile, Done done);
    // format: openapi, openapi-yaml or postman; output empty means stdout.
    void exportApi(const QString &api, const QString &format, const QString &output, Done done);
    void snippet(const QString &api, const QString &operation, const QString &language, Done done);
    // Imports a file or an http(s) URL into the profile's workspace (the one command that
    // writes it) and reports what changed, as text or as JSON.
    void importSource(const QString &source, bool json, Done done);

    static QStringList exportFormats();

private:
    struct Outcome
    {
        Failure failure;                   // code 0 for an answer below 400
        client::RedactedExchange exchange; // when an HTTP answer came
        bool answered = false;
    };
    struct Case
    {
        QString apiId;
        QString name;
        Outcome outcome;
        qint64 ms = 0;
    };

    // Sends one operation with its saved values (or its defaults) in the session's environment.
    void sendOne(const client::Api &api, const client::Operation &op, std::function<void(const Outcome &)> done);
    void runNext();
    bool writeJUnit(const QString &file, QString *error) const;
    QByteArray scrub(QByteArray text) const;

    CliSession *m_session;
    // run's queue and results
    QList<QPair<const client::Api *, const client::Operation *>> m_queue;
    QList<Case> m_cases;
    QString m_junitFile;
    Done m_done;
};

} // namespace portico::cli
