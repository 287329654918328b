// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The threads that index, parse and free large response bodies. Not Qt's global pool: the
// raster paint engine splits its fills across that one and the UI thread waits for them, so
// a paint would sit behind a scan of a 100 MB body until a global thread came free.

class QThreadPool;

namespace portico::ui {

QThreadPool *responseWorkPool();

} // namespace portico::ui
