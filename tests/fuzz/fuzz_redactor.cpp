// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The redactor's promise as a property: whatever surrounds it, a planted key (a base64
// account key, so '+', '/' and '=' too) never survives redaction, neither as written nor
// percent-encoded, in a body, a log text, a connection string or a credential header.
#include "fuzzinput.h"

#include "client/secrets/redactor.h"

#include <QUrl>

using namespace portico;

namespace {
const QByteArray kKey = "Zm9vYmFyS2V5+/q0Pl4nt3d==";
const QByteArray kKeyEncoded = QUrl::toPercentEncoding(QString::fromLatin1(kKey));

bool leaks(const QByteArray &text)
{
    return text.contains(kKey) || text.contains(kKeyEncoded) || text.toUpper().contains(kKeyEncoded.toUpper());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray around = fuzz::bytes(data + 2, size - 2);
    const qsizetype at = around.isEmpty() ? 0 : (data[0] | (data[1] << 8)) % (around.size() + 1);
    const QByteArray planted = around.left(at) + kKey + around.mid(at);
    const QByteArray plantedEncoded = around.left(at) + kKeyEncoded + around.mid(at);
    const QStringList known{QString::fromLatin1(kKey)};

    fuzz::require(!leaks(client::redactBody(planted, known)), "a known key is masked in a body");
    fuzz::require(!leaks(client::redactBody(plantedEncoded, known)), "a percent-encoded key is masked in a body");
    fuzz::require(!leaks(client::redactText(QString::fromUtf8(planted), known).toUtf8()),
                  "a known key is masked in text");

    // Without telling it the key: the place a key sits must be enough.
    const QByteArray connection = around.left(at) + "AccountKey=" + kKey + ";" + around.mid(at);
    fuzz::require(!leaks(client::redactConnectionString(QString::fromUtf8(connection)).toUtf8()),
                  "an AccountKey= value is masked");
    const QByteArray header = data[0] & 1 ? "Ocp-Apim-Subscription-Key" : "Authorization";
    fuzz::require(!leaks(client::redactHeaderValue(header, planted)), "a credential header's value is masked");
    fuzz::require(!leaks(client::redactUrl(QString::fromUtf8(QByteArray("https://h.example/p?" + around.left(at) + "&sig=" +
                                                                         kKeyEncoded + "&" + around.mid(at))))
                             .toUtf8()),
                  "a sig= query value is masked");
    return 0;
}
