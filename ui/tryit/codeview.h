// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Code tab beside the Try-it request: the request as a program in a chosen language,
// rewritten as the request changes, to copy or save. For batch operations it can show the
// whole job (upload, submit, start, poll, download) instead. Keys never appear in it.

#include "client/catalog/workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace portico::ui {

class CodeView : public QWidget
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    // What to write: the workspace stays the caller's and must outlive the view's use of it.
    void setRequest(const client::Workspace *workspace, const QString &apiId, const client::SavedRequest &values,
                    const QString &environment);
    QString code() const;
    void saveTo(const QString &path);

Q_SIGNALS:
    void codeChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void regenerate();
    void saveAs();

    const client::Workspace *m_workspace = nullptr;
    QString m_apiId;
    client::SavedRequest m_values;
    QString m_environment;
    bool m_stale = false;
    QComboBox *m_language;
    QCheckBox *m_keepVariables;
    QCheckBox *m_wholeJob;
    QPlainTextEdit *m_code;
    QLabel *m_note;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace portico::ui
