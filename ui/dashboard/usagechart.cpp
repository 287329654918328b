// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/dashboard/usagechart.h"

#include "ui/theme.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QAbstractBarSeries *makeSeries(UsageChart::Kind kind, QObject *parent)
{
    switch (kind) {
    case UsageChart::Kind::StackedBars:
        return new QStackedBarSeries(parent);
    case UsageChart::Kind::HorizontalStackedBars:
        return new QHorizontalStackedBarSeries(parent);
    case UsageChart::Kind::Bars:
        break;
    }
    return new QBarSeries(parent);
}

// A whole-number step that gives at most about five ticks: 1, 2, 5, 10, 20, 50, …
qreal tickStep(qreal max)
{
    const qreal raw = qMax<qreal>(1.0, max / 5.0);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const qreal m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

UsageChart::UsageChart(QAbstractItemModel *model, const Spec &spec, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_spec(spec)
{
    auto *chart = new QChart();
    // Before any series: a theme set later would repaint the outcome colours.
    chart->setTheme(theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(spec.title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    // QChartView built its own empty chart and setChart() hands that one back to us.
    QChart *const placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(spec.title);

    m_series = makeSeries(spec.kind, chart);
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart);
    m_categories->setTitleText(spec.categoryTitle);
    m_values = new QValueAxis(chart);
    m_values->setTitleText(spec.valueTitle);
    m_values->setLabelFormat(u"%d"_s);
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0);
    const bool horizontal = spec.kind == Kind::HorizontalStackedBars;
    chart->addAxis(m_categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(m_values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setLabelsPosition(spec.kind == Kind::Bars ? QAbstractBarSeries::LabelsOutsideEnd
                                                        : QAbstractBarSeries::LabelsCenter);
    m_series->setLabelsPrecision(6);

    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(spec.firstValueColumn);
    m_mapper->setLastBarSetColumn(spec.lastValueColumn);
    m_mapper->setRowCount(spec.maxRows);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(model);

    // After the mapper's own connections, so the bars are already rebuilt when sync() runs.
    connect(model, &QAbstractItemModel::modelReset, this, &UsageChart::sync);
    connect(model, &QAbstractItemModel::dataChanged, this, &UsageChart::sync);
    connect(model, &QAbstractItemModel::rowsInserted, this, &UsageChart::sync);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &UsageChart::sync);
    // The mapper ignores a re-sort (a proxy's layoutChanged): map the rows afresh.
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        m_mapper->setFirstRow(0);
        sync();
    });
    sync();
}

void UsageChart::setTitle(const QString &title)
{
    m_spec.title = title;
    chart()->setTitle(title);
    setAccessibleName(title);
    setAccessibleDescription(describe());
}

int UsageChart::rows() const
{
    const int all = m_model->rowCount();
    return m_spec.maxRows < 0 ? all : qMin(all, m_spec.maxRows);
}

void UsageChart::sync()
{
    QStringList labels;
    qreal max = 0;
    const bool stacked = m_spec.kind != Kind::Bars;
    for (int row = 0; row < rows(); ++row) {
        QString label = m_model->index(row, m_spec.labelColumn).data().toString();
        // A category axis drops repeated names, which would shift every later bar's label.
        for (int n = 2; labels.contains(label); ++n)
            label = m_model->index(row, m_spec.labelColumn).data().toString() + u" (%1)"_s.arg(n);
        labels.append(label);
        qreal rowValue = 0;
        for (int column = m_spec.firstValueColumn; column <= m_spec.lastValueColumn; ++column) {
            const qreal v = m_model->index(row, column).data().toReal();
            rowValue = stacked ? rowValue + v : qMax(rowValue, v);
        }
        max = qMax(max, rowValue);
    }
    m_categories->setCategories(labels);
    const qreal step = tickStep(max);
    m_values->setTickInterval(step);
    // Room above the tallest bar for its label.
    m_values->setRange(0, std::ceil((max * 1.1 + 0.001) / step) * step);

    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        if (i < m_spec.colours.size()) {
            sets.at(i)->setColor(m_spec.colours.at(i));
            sets.at(i)->setBorderColor(m_spec.colours.at(i).darker(130));
        }
        // Labels above a bar sit on the chart's background, not on the bar: the theme's
        // white would vanish there.
        if (m_spec.kind == Kind::Bars)
            sets.at(i)->setLabelColor(chart()->titleBrush().color());
    }
    m_series->setLabelsVisible(rows() <= m_spec.maxLabelledRows);
    setAccessibleDescription(describe());
}

// "RRS Execute: Success 12, Throttled 2. BES Status: …" — only what is not zero.
QString UsageChart::describe() const
{
    QStringList parts;
    for (int row = 0; row < rows(); ++row) {
        QStringList values;
        for (int column = m_spec.firstValueColumn; column <= m_spec.lastValueColumn; ++column) {
            const qreal v = m_model->index(row, column).data().toReal();
            if (v != 0)
                values.append(m_model->headerData(column, Qt::Horizontal).toString() + u' ' + QString::number(v));
        }
        if (!values.isEmpty())
            parts.append(m_model->index(row, m_spec.labelColumn).data().toString() + u": "_s + values.join(u", "_s));
    }
    if (parts.isEmpty())
        return tr("%1: no calls.").arg(m_spec.title);
    return m_spec.title + u". "_s + parts.join(u". "_s) + u'.';
}

} // namespace portico::ui
