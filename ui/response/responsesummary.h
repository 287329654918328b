// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The strip above a response: status as a coloured chip that also says it in words, the
// requested URL with credentials masked, latency and size.

#include "client/http/exchange.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace portico::ui {

class ResponseSummary : public QWidget
{
    Q_OBJECT
public:
    // The chip's "statusClass" property, for style sheets and tests.
    enum class StatusClass { Idle, Pending, Informational, Success, Redirect, ClientError, ServerError, Failed };
    Q_ENUM(StatusClass)

    explicit ResponseSummary(QWidget *parent = nullptr);

    void showExchange(const portico::client::Exchange &exchange);
    void showInProgress(const QString &what);
    void clear();

    StatusClass statusClass() const { return m_class; }
    // "OK" for 200 when HTTP/2 sent no reason phrase; empty for codes without a common one.
    static QString standardReason(int status);

private:
    void setStatus(StatusClass statusClass, const QString &text);

    QLabel *m_status;
    QLabel *m_method;
    QLineEdit *m_url;
    QLabel *m_timing;
    QLabel *m_size;
    StatusClass m_class = StatusClass::Idle;
};

} // namespace portico::ui
