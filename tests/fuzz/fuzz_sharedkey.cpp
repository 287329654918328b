// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Shared Key and SAS canonicalisation. Line 1 the verb, line 2 the URL, then "Name: value"
// header lines. The string-to-sign starts with the verb, ends with the canonicalized
// resource, and never holds the key.
#include "fuzzinput.h"

#include "client/storage/sharedkey.h"

#include <QDateTime>
#include <QNetworkRequest>

using namespace portico;
using portico::client::storage::SharedKey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::lines(fuzz::bytes(data, size), 3);
    const QByteArray verb = parts.at(0);
    const QUrl url(QString::fromUtf8(parts.at(1)));
    QNetworkRequest request(url);
    for (const QByteArray &line : parts.at(2).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.setRawHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    const QString account = url.userName().isEmpty() ? QStringLiteral("devstoreaccount1") : url.userName();
    const QByteArray key = QByteArray::fromBase64("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");

    const QByteArray toSign = SharedKey::stringToSign(verb, account, url, request);
    fuzz::require(toSign.startsWith(QByteArray(verb.toUpper() + '\n')), "the string-to-sign starts with the verb");
    const QByteArray auth = SharedKey::authorization(account, key, toSign);
    fuzz::require(auth.startsWith("SharedKey "), "the Authorization value is a SharedKey one");
    fuzz::require(!auth.contains(key.toBase64()), "the Authorization value never holds the key");

    const QStringList fields = QString::fromUtf8(parts.at(2)).split(u'\n');
    auto field = [&](int i) { return i < fields.size() ? fields.at(i) : QString(); };
    const QByteArray sas = SharedKey::sasStringToSign(account, field(0), field(1),
                                                      size % 2 ? SharedKey::SasResource::Blob
                                                               : SharedKey::SasResource::Container,
                                                      field(2), field(3), field(4), field(5));
    fuzz::require(!sas.contains(key.toBase64()), "the SAS string-to-sign never holds the key");
    const QDateTime expiry = QDateTime::fromSecsSinceEpoch(qint64(size) * 86'400, Qt::UTC);
    const QString token = SharedKey::serviceSas(account, key, field(0), field(1), SharedKey::SasResource::Blob,
                                                field(2), expiry, QDateTime(), field(3));
    fuzz::require(token.contains(QStringLiteral("sig=")), "a SAS token is signed");
    (void)SharedKey::blobSasUrl(url, account, key, field(0), field(1), field(2), expiry);
    return 0;
}
