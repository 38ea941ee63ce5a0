#pragma once

#include "report/ReportCell.h"

#include <QString>
#include <QStringList>
#include <QVector>

// Hides small counts so that no family can be singled out from a published figure (docs/ARCHITECTURE.md "The
// period report"). A count of people under kThreshold shows as "<5"; a duration computed from fewer people is "x".
// Hiding one cell is not enough when the cells beside it add up to a shown total: the total minus the shown parts
// gives the hidden part back. So for every sum in the table (each measure over the municipalities, and the
// partitions a caller names, such as age bands within a municipality) the smallest shown part is hidden too ("x")
// while any hidden part could still be worked out from the shown ones and the bounds a reader knows ("<5" is 0…4,
// "x" is 5 or more): one hidden part always can; two "<5" parts adding up to 8 can too. Repeated until no sum gives
// anything away. Each sum is judged on its own (the limits of that are in docs/ARCHITECTURE.md "The period report").
class SmallCountSuppression
{
public:
    static constexpr qint64 kThreshold = 5;
    static const QString kSmall;  // "<5"
    static const QString kHidden; // "x"

    struct Shown {
        ReportCell cell;
        QString text; // a whole number, kSmall or kHidden
        bool shown() const { return text != kSmall && text != kHidden; }
    };
    // Within every municipality (and the total), the measure `total` is the sum of the measures `parts`.
    struct Partition {
        QString total;
        QStringList parts;
    };

    // The cells in their order with the text each may show. The total of a measure over the municipalities is its
    // cell with municipality "*".
    static QVector<Shown> apply(const QVector<ReportCell>& cells, const QVector<Partition>& partitions = {});
};
