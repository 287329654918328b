// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Finishing a QSaveFile so that a full disk cannot replace the target with a short file.

#include <QSaveFile>

namespace portico::client {

// Qt 6.4's QSaveFile::commit() renames its temporary file over the target even when writing
// out its last buffered bytes failed (ENOSPC), leaving an empty or cut file where the previous
// one was. Flushing first and giving up on failure keeps the target as it was.
inline bool commitSaveFile(QSaveFile &file)
{
    if (!file.flush()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace portico::client
