// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console as main() builds it (the composition root, its window shown) for GUI tests that
// drive the whole program; it behaves as a pointer to the window.

#include "app/portico/console.h"
#include "client/common/datapaths.h"
#include "ui/mainwindow.h"

#include <memory>

namespace portico::testing {

struct OpenConsole
{
    std::unique_ptr<app::Console> console;

    ui::MainWindow *get() const { return console ? console->window() : nullptr; }
    ui::MainWindow *operator->() const { return get(); }
    explicit operator bool() const { return bool(console); }
    void reset() { console.reset(); }
};

inline OpenConsole openConsole(const QString &dataDir)
{
    OpenConsole open{std::make_unique<app::Console>(client::DataPaths(dataDir))};
    open->show();
    return open;
}

} // namespace portico::testing
