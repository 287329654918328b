// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What a program that runs the embedded sandbox needs of it once it is up: where it listens
// and the keys it issued, under the keychain names the sample workspace refers to. Shared by
// the console and the command line, neither of which needs widgets for it.

#include "client/catalog/sampleworkspace.h"

#include <QHash>
#include <QString>

namespace portico::sandbox {
class EmbeddedSandbox;
}

namespace portico::app {

client::SandboxAccess sandboxAccess(const sandbox::EmbeddedSandbox &sandbox);

// The keys by the secret names the sample's environments reference.
QHash<QString, QString> sandboxSecrets(const client::SandboxAccess &access);

// Whether an environment is one of the sample's, which point at the embedded sandbox.
bool isSandboxEnvironment(const QString &name);

} // namespace portico::app
