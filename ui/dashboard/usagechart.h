// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A bar chart over a table model for the dashboard: a model mapper feeds the bars, and the
// chart keeps its category axis, value axis, value labels and its accessible description
// (the numbers in words, for screen readers) in step with the model.

#include <QChartView>
#include <QColor>
#include <QList>

class QAbstractItemModel;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QValueAxis;
class QVBarModelMapper;

namespace portico::ui {

class UsageChart : public QChartView
{
    Q_OBJECT
public:
    enum class Kind { Bars, StackedBars, HorizontalStackedBars };
    struct Spec
    {
        Kind kind = Kind::Bars;
        QString title;
        QString categoryTitle;
        QString valueTitle;
        int labelColumn = 0;
        int firstValueColumn = 1;
        int lastValueColumn = 1;
        int maxRows = -1;         // only the first rows, e.g. the top five; -1 for all
        int maxLabelledRows = 12; // value labels only while the bars are wide enough
        QList<QColor> colours;    // per value column; the theme's otherwise
    };

    UsageChart(QAbstractItemModel *model, const Spec &spec, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_spec.title; }
    QAbstractBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *valueAxis() const { return m_values; }

private:
    void sync();
    QString describe() const;
    int rows() const;

    QAbstractItemModel *m_model;
    Spec m_spec;
    QAbstractBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

} // namespace portico::ui
