#pragma once

#include "report/SmallCountSuppression.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

// The period report as the PDF a local counter sends the agency (docs/ARCHITECTURE.md "The period report"): a title
// page, then one section per group of measures with its table (the region's total and every municipality) and a
// chart of the region's figures, drawn by Qt Charts. Only what SmallCountSuppression lets show: "<5" and "x" cells
// stay as they are, and their bars stay flat. Needs a QApplication (charts are widgets' graphics); offscreen is fine.
class PeriodReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReportPdf)

public:
    struct Report {
        QString regionId;
        QString regionName;
        QDate from, to;
        QVector<SmallCountSuppression::Shown> cells;
    };

    // One PDF holding the reports one after the other; false with *error when the file cannot be written.
    static bool write(const QString& path, const QVector<Report>& reports, QString* error);

    // The measure in plain words, in the current language.
    static QString measureName(const QString& measure);
};
