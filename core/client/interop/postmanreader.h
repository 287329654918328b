// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Postman collection reader, shared by the walk over the collection (postmanimport.cpp)
// and the reading of one request's URL, auth, body and responses (postmanrequest.cpp).
#include "client/interop/importformats.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace portico::client::importdetail {

namespace postman {
// {{name}} as Postman writes a variable.
const QRegularExpression &variablePattern();
// v2.1 writes auth parameters and bodies' options as [{key, value}], v2.0 as an object.
QHash<QString, QString> keyValues(const QJsonValue &v);
// A description or script: a string, lines, or {content}.
QString textOf(const QJsonValue &v);
} // namespace postman

class PostmanReader
{
public:
    PostmanReader(const QJsonObject &root, const ImportOptions &options, ImportResult &result)
        : m_root(root), m_options(options), m_result(result)
    {
    }

    void read();

private:
    struct Group
    {
        QString base; // as written: "{{baseUrl}}" or "https://host:port"
        Api api;
    };

    void readVariables();
    void readEvents(const QJsonValue &events, const QString &label);
    bool readItems(const QJsonArray &items, const QStringList &folders, const QJsonObject &auth, const QString &where);
    void readRequest(const QJsonObject &item, const QStringList &folders, const QJsonObject &auth);
    void readUrl(const QJsonValue &urlValue, const QString &label, Operation *op, QString *base);
    void applyAuth(const QJsonObject &auth, const QString &label, Operation *op);
    void readBody(const QJsonObject &body, const QString &label, Operation *op);
    void readResponses(const QJsonArray &responses, Operation *op);
    QString secretFor(const QString &value, const QString &fallback, const QString &label, const QString &what);
    void setHeader(Operation *op, const QString &name, const QString &value, const QString &description);
    QString finish(const QString &text);
    Group &group(const QString &base);

    QJsonObject m_root;
    const ImportOptions &m_options;
    ImportResult &m_result;
    QString m_name;
    QList<QPair<QString, QString>> m_variables; // collection variables that are not keys
    QHash<QString, QString> m_secretVariables;  // variable → keychain name
    QSet<QString> m_ids;
    QSet<QString> m_noted;
    QList<Group> m_groups;
    int m_total = 0;
    int m_done = 0;
};

} // namespace portico::client::importdetail
