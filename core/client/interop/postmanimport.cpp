// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

ImportResult importPostman(const QJsonObject &root, const QString &location, const ImportOptions &options)
{
    Q_UNUSED(root);
    Q_UNUSED(location);
    Q_UNUSED(options);
    ImportResult r;
    r.format = ImportFormat::Postman;
    r.error = Text::tr("Postman collections are not read yet.");
    return r;
}

} // namespace portico::client::importdetail
