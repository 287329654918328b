// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/networkrequest.h"

using namespace Qt::StringLiterals;

namespace portico::client {

QNetworkRequest networkRequest(const RequestSpec &spec, const QByteArray &userAgent)
{
    QNetworkRequest request(spec.url);
    for (const auto &header : spec.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        // QNetworkRequest keeps one value per name; repeated fields fold into a list.
        const QByteArray previous = request.rawHeader(header.first);
        request.setRawHeader(header.first, previous.isEmpty() ? header.second : previous + ", " + header.second);
    }
    if (!userAgent.isEmpty() && !request.hasRawHeader("User-Agent"))
        request.setRawHeader("User-Agent", userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         spec.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                              : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(qMax(0, spec.maxRedirects));
    request.setTransferTimeout(qMax(0, spec.timeoutMs));
    const bool https = spec.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, https);
    request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, false);
    // A try-it tool sends what the user wrote: no remembered cookies or credentials.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

// Qt turns 4xx/5xx statuses into these; the HTTP exchange itself completed.
bool isStatusError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace portico::client
