// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/jobs/joboutputdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

// Shown at once; a larger output is for a spreadsheet, and Save As keeps all of it.
constexpr qsizetype kMaxShownRows = 200'000;

struct Loaded
{
    ResultsTable table;
    QString error;
};

} // namespace

ResultsTable JobOutputDialog::readCsv(const QString &path, qsizetype maxRows, QString *error)
{
    ResultsTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return table;
    }
    const QString text = QString::fromUtf8(file.readAll());
    QStringList record;
    QString field;
    bool quoted = false;
    bool header = true;
    const auto endRecord = [&] {
        record.append(field);
        field.clear();
        if (!(record.size() == 1 && record.first().isEmpty())) { // skip blank lines
            if (header)
                table.columnNames = record;
            else
                table.rows.append(record);
            header = false;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size() && table.rows.size() < maxRows; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (!(c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')) {
                field += c; // a line break inside quotes reads as \n, whichever the file used
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\n') {
            endRecord();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    return table;
}

JobOutputDialog::JobOutputDialog(const QString &csvPath, QWidget *parent)
    : QDialog(parent)
    , m_path(csvPath)
    , m_model(new ResultsTableModel(this))
{
    setObjectName(u"jobOutputDialog"_s);
    setWindowTitle(tr("Job output — %1").arg(QFileInfo(csvPath).fileName()));
    setAccessibleName(windowTitle());
    resize(820, 480);
    m_summary = new QLabel(tr("Reading %1…").arg(QDir::toNativeSeparators(csvPath)), this);
    m_summary->setObjectName(u"outputSummaryLabel"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(this);
    m_table->setObjectName(u"outputTableView"_s);
    m_table->setAccessibleName(tr("Job output table"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_summary->setBuddy(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveOutputPushButton"_s);
    save->setAccessibleName(tr("Save the output as a file"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeOutputPushButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Save the job output"), QFileInfo(m_path).fileName(),
                                        tr("CSV files (*.csv);;All files (*)"));
        chooser->setObjectName(u"saveOutputFileDialog"_s);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &target) {
            QFile::remove(target);
            if (!QFile::copy(m_path, target))
                m_summary->setText(tr("Could not save %1.").arg(QDir::toNativeSeparators(target)));
        });
        chooser->open();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded result = watcher->result();
        watcher->deleteLater();
        m_model->setTable(result.table);
        m_summary->setText(result.error.isEmpty()
                               ? tr("%1 rows, %2 columns — %3")
                                     .arg(QLocale().toString(result.table.rows.size()))
                                     .arg(result.table.columnNames.size())
                                     .arg(QDir::toNativeSeparators(m_path))
                               : tr("Could not read %1: %2").arg(QDir::toNativeSeparators(m_path), result.error));
        m_loaded = true;
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([path = csvPath] {
        Loaded l;
        l.table = readCsv(path, kMaxShownRows, &l.error);
        return l;
    }));
}

} // namespace portico::ui
