// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

ImportResult importCurl(const QString &command, const QString &location, const ImportOptions &options)
{
    Q_UNUSED(command);
    Q_UNUSED(location);
    Q_UNUSED(options);
    ImportResult r;
    r.format = ImportFormat::Curl;
    r.error = Text::tr("curl commands are not read yet.");
    return r;
}

} // namespace portico::client::importdetail
