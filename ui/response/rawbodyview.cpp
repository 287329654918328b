// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/rawbodyview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

constexpr int kLayoutBatch = 10'000;

// With uniform item sizes a QListView asks only row 0 for its size, so a short first line
// would clip every longer one; size rows for the longest line indexed so far instead.
class RawLineDelegate : public QStyledItemDelegate
{
public:
    explicit RawLineDelegate(LazyTextModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int characters = m_model->longestLineLength() + 1;
        size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(u'M') * characters + 8));
        return size;
    }

private:
    LazyTextModel *m_model;
};

} // namespace

RawBodyView::RawBodyView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LazyTextModel(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"rawBodyWidget"_s);
    m_list->setObjectName(u"rawBodyView"_s);
    m_list->setAccessibleName(tr("Raw response body"));
    m_list->setUniformItemSizes(true);
    // A QListView lays out every row again whenever rows arrive; in batches, a million
    // lines are laid out over several turns of the event loop instead of in one stall.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(kLayoutBatch);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setItemDelegate(new RawLineDelegate(m_model, m_list));
    m_list->setModel(m_model);
    m_status->setObjectName(u"rawStatusLabel"_s);
    m_status->setAccessibleName(tr("Raw view status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_model, &LazyTextModel::indexingProgress, this, &RawBodyView::updateStatus);
    connect(m_model, &LazyTextModel::indexingFinished, this, &RawBodyView::updateStatus);
    connect(m_model, &LazyTextModel::modelReset, this, &RawBodyView::updateStatus);
}

void RawBodyView::showBody(const portico::client::Exchange &exchange)
{
    if (exchange.isSpooled())
        m_model->setFile(exchange.bodyFile);
    else
        m_model->setBytes(exchange.body);
}

void RawBodyView::clear()
{
    m_model->clear();
}

void RawBodyView::updateStatus()
{
    const QLocale locale;
    QString text;
    if (!m_model->errorString().isEmpty()) {
        text = tr("Cannot read the body: %1").arg(m_model->errorString());
    } else if (m_model->isIndexing()) {
        text = tr("Indexing lines… %1 of %2 read, %3 lines so far")
                   .arg(locale.formattedDataSize(m_model->indexedBytes()),
                        locale.formattedDataSize(m_model->totalBytes()), locale.toString(m_model->rowCount()));
    } else if (m_model->totalBytes() > 0) {
        text = tr("Lines: %1").arg(locale.toString(m_model->rowCount()));
        if (m_model->longestLineLength() > LazyTextModel::kMaxDisplayChars) {
            text += u"  ·  "_s +
                tr("Lines longer than %1 characters are cut short here; Save… keeps them whole.")
                    .arg(locale.toString(LazyTextModel::kMaxDisplayChars));
        }
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace portico::ui
