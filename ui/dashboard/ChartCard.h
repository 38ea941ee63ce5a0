#pragma once

#include "dashboard/ChartData.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

// One chart of the dashboard with what a coordinator does with it (docs/ARCHITECTURE.md "The dashboard"): exact
// figures on hover, a click on a bar opening the matching applications, a table of the same figures for screen
// readers, and export as PNG, PDF or CSV. Colours are the Okabe–Ito set, which stays apart for colour-blind readers;
// in high contrast the chart follows the window's palette.
class ChartCard : public QWidget
{
    Q_OBJECT

public:
    explicit ChartCard(QWidget* parent = nullptr);

    void setData(const ChartData& data);
    const ChartData& data() const { return m_data; }

    // The text a value shows: "< 5" for a small count of people, else the number with its unit.
    static QString valueText(const ChartData::Series& series, qint64 value);

    bool exportPng(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;
    bool exportCsv(const QString& path, QString* error) const;

    QChartView* chartView() const { return m_view; }
    QTableWidget* table() const { return m_table; }
    QToolButton* tableButton() const { return m_tableButton; }
    // Chart or table in view.
    bool showsTable() const;

signals:
    void drillRequested(const ListFilter& filter);

private:
    // The category of the bar at barIndex of the drawn series.
    int dataIndex(int barIndex) const;
    void rebuildChart();
    void rebuildTable();
    void onHovered(int seriesIndex, bool on, int category);
    void askExport(const QString& format);

    ChartData m_data;
    QLabel* m_title;
    QLabel* m_note;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QTableWidget* m_table;
    QToolButton* m_tableButton;
    QToolButton* m_export;
};
