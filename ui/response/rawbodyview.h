// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Raw tab: a body of any size, line by line, in a QListView over a LazyTextModel, with
// a line telling how far indexing has got.

#include "client/http/exchange.h"
#include "ui/response/lazytextmodel.h"

#include <QWidget>

class QLabel;
class QListView;

namespace portico::ui {

class RawBodyView : public QWidget
{
    Q_OBJECT
public:
    explicit RawBodyView(QWidget *parent = nullptr);

    LazyTextModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

    // Reads the body from memory or from the exchange's spool file, which must outlive
    // the view's use of it.
    void showBody(const portico::client::Exchange &exchange);
    void clear();

private:
    void updateStatus();

    LazyTextModel *m_model;
    QListView *m_list;
    QLabel *m_status;
};

} // namespace portico::ui
