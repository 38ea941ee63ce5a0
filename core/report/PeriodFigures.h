#pragma once

#include "report/ReportCell.h"
#include "report/SmallCountSuppression.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

class LocalCache;

// The figures a local counter owes the agency for a region and a period, counted from the cache per child and not
// per application (docs/ARCHITECTURE.md "The period report"): a child with three applications counts once. The
// municipality of a figure is the parent's; the region is the application's. Raw counts: SmallCountSuppression
// decides what may be shown.
class PeriodFigures
{
public:
    struct Period {
        QString regionId;
        QDate from; // both days included, as UTC dates of submitted_at
        QDate to;
    };

    explicit PeriodFigures(const LocalCache& cache);

    // Every measure for the region's total and for each of its municipalities (zeros included, so a missing line
    // never hides a small count); false with *error when the cache cannot be read.
    bool compute(const Period& period, QVector<ReportCell>* cells, QString* error) const;

    // The measures in report order.
    static QStringList measures();
    static QStringList priorityGrounds();
    static QStringList channels();
    static QStringList ageBands();
    // The sums inside one municipality that suppression must respect: the age bands add up to the children with a
    // request (each child has one age). Priority grounds overlap and placed + waiting leave out the closed ones, so
    // those are no sums.
    static QVector<SmallCountSuppression::Partition> partitions();

private:
    const LocalCache& m_cache;
};
