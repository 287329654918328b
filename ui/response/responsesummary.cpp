// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/responsesummary.h"

#include "ui/theme.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaEnum>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

constexpr int kChipMaxWidth = 520;

// Background and text colours chosen for contrast on light and dark themes alike; the chip
// always carries the status in words as well.
QString chipStyle(ResponseSummary::StatusClass statusClass)
{
    using C = ResponseSummary::StatusClass;
    using theme::Tone;
    Tone tone = Tone::Neutral;
    switch (statusClass) {
    case C::Success:
        tone = Tone::Success;
        break;
    case C::Informational:
    case C::Redirect:
        tone = Tone::Info;
        break;
    case C::ClientError:
        tone = Tone::Warning;
        break;
    case C::ServerError:
        tone = Tone::Error;
        break;
    case C::Failed:
    case C::Pending:
        tone = Tone::Neutral;
        break;
    case C::Idle:
        tone = Tone::Muted;
        break;
    }
    const QPalette palette = QGuiApplication::palette();
    return u"QLabel { background-color: %1; color: %2; border-radius: 4px; padding: 3px 8px; font-weight: bold; }"_s
        .arg(theme::chipBackground(tone, palette).name(), theme::chipText(tone, palette).name());
}

QString millis(qint64 ms)
{
    return ResponseSummary::tr("%1 ms").arg(QLocale().toString(ms));
}

} // namespace

ResponseSummary::ResponseSummary(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_method(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_timing(new QLabel(this))
    , m_size(new QLabel(this))
{
    setObjectName(u"responseSummaryWidget"_s);
    m_status->setObjectName(u"responseStatusLabel"_s);
    m_status->setAccessibleName(tr("Response status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignCenter);
    m_method->setObjectName(u"responseMethodLabel"_s);
    m_method->setAccessibleName(tr("Request method"));
    m_url->setObjectName(u"responseUrlLineEdit"_s);
    m_url->setAccessibleName(tr("Requested URL"));
    m_url->setReadOnly(true);
    m_url->setFrame(false);
    m_timing->setObjectName(u"responseTimingLabel"_s);
    m_timing->setAccessibleName(tr("Response time"));
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_size->setObjectName(u"responseSizeLabel"_s);
    m_size->setAccessibleName(tr("Response size"));
    m_size->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *facts = new QHBoxLayout;
    facts->addWidget(m_status);
    facts->addSpacing(8);
    facts->addWidget(m_timing);
    facts->addSpacing(8);
    facts->addWidget(m_size);
    facts->addStretch(1);
    auto *request = new QHBoxLayout;
    request->addWidget(m_method);
    request->addWidget(m_url, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(facts);
    layout->addLayout(request);
    clear();
}

void ResponseSummary::setStatus(StatusClass statusClass, const QString &text)
{
    m_class = statusClass;
    m_status->setText(text);
    m_status->setStyleSheet(chipStyle(statusClass));
    // An error sentence can be long: up to a limit the chip grows to keep it on one line,
    // past it the sentence wraps rather than widening the whole panel.
    m_status->ensurePolished();
    const int natural = m_status->fontMetrics().horizontalAdvance(text) + 20; // padding and frame
    m_status->setWordWrap(natural > kChipMaxWidth);
    m_status->setMinimumWidth(qMin(natural, kChipMaxWidth));
    m_status->setProperty("statusClass",
                          QString::fromLatin1(QMetaEnum::fromType<StatusClass>().valueToKey(int(statusClass))));
}

void ResponseSummary::showExchange(const portico::client::Exchange &exchange)
{
    m_method->setText(QString::fromLatin1(exchange.request.method));
    m_url->setText(exchange.request.url.toDisplayString());
    m_url->setCursorPosition(0);
    const bool redirected = exchange.finalUrl.isValid() && exchange.finalUrl != exchange.request.url;
    m_url->setToolTip(redirected ? tr("Answered from %1 after a redirect.").arg(exchange.finalUrl.toDisplayString())
                                 : QString());

    const int status = exchange.status;
    const bool failed = !exchange.error.isEmpty() || exchange.cancelled || status <= 0;
    if (failed) {
        QString sentence = exchange.error;
        if (sentence.isEmpty())
            sentence = exchange.cancelled ? tr("Cancelled.") : tr("No response.");
        // A failure after the headers (a body over the size limit) still has a status.
        if (status > 0)
            sentence = QString::number(status) + u" — "_s + sentence;
        setStatus(StatusClass::Failed, sentence);
    } else {
        QString reason = QString::fromLatin1(exchange.reason).trimmed();
        if (reason.isEmpty())
            reason = standardReason(status);
        const StatusClass statusClass = status >= 500 ? StatusClass::ServerError
            : status >= 400                           ? StatusClass::ClientError
            : status >= 300                           ? StatusClass::Redirect
            : status >= 200                           ? StatusClass::Success
                                                      : StatusClass::Informational;
        setStatus(statusClass, QString(QString::number(status) + u' ' + reason).trimmed());
    }
    m_status->setToolTip(exchange.attempts > 1 ? tr("After %1 attempts.").arg(exchange.attempts) : QString());

    QStringList timing;
    if (exchange.headersAfterMs >= 0)
        timing.append(tr("headers %1").arg(millis(exchange.headersAfterMs)));
    if (exchange.finishedAfterMs >= 0)
        timing.append(tr("total %1").arg(millis(exchange.finishedAfterMs)));
    m_timing->setText(timing.join(u" · "_s));
    const bool hasBody = exchange.bodySize > 0 || !exchange.body.isEmpty() || !failed;
    const qint64 size = qMax(exchange.bodySize, qint64(exchange.body.size()));
    m_size->setText(hasBody ? QLocale().formattedDataSize(size) : QString());
    m_size->setToolTip(hasBody ? tr("%1 bytes").arg(QLocale().toString(size)) : QString());
}

void ResponseSummary::showInProgress(const QString &what)
{
    setStatus(StatusClass::Pending, what.isEmpty() ? tr("Waiting for the response…") : what);
    m_status->setToolTip(QString());
    m_method->clear();
    m_url->clear();
    m_url->setToolTip(QString());
    m_timing->clear();
    m_size->clear();
}

void ResponseSummary::clear()
{
    showInProgress(QString());
    setStatus(StatusClass::Idle, tr("No response yet"));
}

QString ResponseSummary::standardReason(int status)
{
    // not for translation: protocol tokens, which HTTP/1.1 servers send untranslated as well.
    switch (status) {
    case 100:
        return u"Continue"_s;
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 202:
        return u"Accepted"_s;
    case 204:
        return u"No Content"_s;
    case 301:
        return u"Moved Permanently"_s;
    case 302:
        return u"Found"_s;
    case 303:
        return u"See Other"_s;
    case 304:
        return u"Not Modified"_s;
    case 307:
        return u"Temporary Redirect"_s;
    case 308:
        return u"Permanent Redirect"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 413:
        return u"Content Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return QString();
    }
}

} // namespace portico::ui
