// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// portico-cli's exit codes: one for each kind of failure, so a script can tell them apart.
// --help and the README list them; keep the three in step.

namespace portico::cli {

enum ExitCode : int {
    Ok = 0,
    HttpError = 1,      // an answer with status 400 or above; for run: any request failed
    UsageError = 2,     // unknown command or option, a missing argument
    WorkspaceError = 3, // no workspace file, or one that does not read
    UnknownApi = 4,
    UnknownOperation = 5,
    UnknownEnvironment = 6,
    IncompleteRequest = 7, // a variable the environment lacks, a required parameter left empty
    SecretUnavailable = 8, // a key in neither PORTICO_SECRET_<NAME> nor the keychain
    TransportError = 9,    // no HTTP answer: refused, timed out, TLS failure
    SandboxFailed = 10,    // the embedded sandbox did not start
    FileError = 11,        // a file could not be read or written
    ImportRefused = 12,    // the document to import is malformed or of no known kind
};

} // namespace portico::cli
