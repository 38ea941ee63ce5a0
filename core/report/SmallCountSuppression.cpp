#include "report/SmallCountSuppression.h"

#include <QHash>

const QString SmallCountSuppression::kSmall = QStringLiteral("<5");
const QString SmallCountSuppression::kHidden = QStringLiteral("x");

namespace {

using Shown = SmallCountSuppression::Shown;

const QString kTotal = QStringLiteral("*");

// One sum of the table: the cell at `total` is the sum of the cells at `parts`.
struct Sum {
    int total = -1;
    QVector<int> parts;
};

QString firstText(const ReportCell& cell)
{
    const qint64 small = SmallCountSuppression::kThreshold;
    if (!cell.countsPeople)
        return cell.basis < small ? SmallCountSuppression::kHidden : QString::number(cell.value);
    return cell.value < small ? SmallCountSuppression::kSmall : QString::number(cell.value);
}

// True when someone who reads the shown total and parts can tell a hidden part's exact value. The hidden parts add up
// to rest = total − shown parts; a "<5" part lies in 0…4, an "x" part (a count hidden though it was 5 or more) in
// 5…total. A part is known when those bounds and the others' bounds leave it one value.
bool leaks(const QVector<Shown>& shown, const Sum& sum)
{
    if (sum.total < 0 || !shown.at(sum.total).shown())
        return false;
    const qint64 total = shown.at(sum.total).cell.value;
    qint64 rest = total, low = 0, high = 0;
    QVector<QPair<qint64, qint64>> bounds;
    for (int i : sum.parts) {
        if (shown.at(i).shown()) {
            rest -= shown.at(i).cell.value;
            continue;
        }
        const bool small = shown.at(i).text == SmallCountSuppression::kSmall;
        bounds.append(small ? qMakePair(qint64(0), SmallCountSuppression::kThreshold - 1)
                            : qMakePair(SmallCountSuppression::kThreshold, total));
        low += bounds.last().first;
        high += bounds.last().second;
    }
    for (const auto& b : qAsConst(bounds)) {
        const qint64 least = qMax(b.first, rest - (high - b.second));
        const qint64 most = qMin(b.second, rest - (low - b.first));
        if (least >= most)
            return true;
    }
    return false;
}

// Hides the smallest shown part of the sum (or, when every part is hidden already, the total).
void hideOneMore(QVector<Shown>& shown, const Sum& sum)
{
    int smallest = -1;
    for (int i : sum.parts) {
        if (shown.at(i).shown() && (smallest < 0 || shown.at(i).cell.value < shown.at(smallest).cell.value))
            smallest = i;
    }
    shown[smallest >= 0 ? smallest : sum.total].text = SmallCountSuppression::kHidden;
}

QVector<Sum> sumsOf(const QVector<ReportCell>& cells, const QVector<SmallCountSuppression::Partition>& partitions)
{
    // In the cells' order, so the same table always hides the same cells.
    QStringList measures;
    QHash<QString, Sum> byMeasure;
    QHash<QPair<QString, QString>, int> at;
    for (int i = 0; i < cells.size(); ++i) {
        const ReportCell& cell = cells.at(i);
        at.insert({cell.municipality, cell.measure}, i);
        if (!cell.countsPeople)
            continue;
        if (!measures.contains(cell.measure))
            measures.append(cell.measure);
        Sum& sum = byMeasure[cell.measure];
        if (cell.municipality == kTotal)
            sum.total = i;
        else
            sum.parts.append(i);
    }
    QVector<Sum> sums;
    for (const QString& measure : measures)
        sums.append(byMeasure.value(measure));
    QStringList places;
    for (const ReportCell& cell : cells) {
        if (!places.contains(cell.municipality))
            places.append(cell.municipality);
    }
    for (const SmallCountSuppression::Partition& partition : partitions) {
        for (const QString& place : places) {
            Sum sum{at.value({place, partition.total}, -1), {}};
            for (const QString& part : partition.parts) {
                const int index = at.value({place, part}, -1);
                if (index >= 0)
                    sum.parts.append(index);
            }
            sums.append(sum);
        }
    }
    return sums;
}

} // namespace

QVector<Shown> SmallCountSuppression::apply(const QVector<ReportCell>& cells, const QVector<Partition>& partitions)
{
    QVector<Shown> shown;
    shown.reserve(cells.size());
    for (const ReportCell& cell : cells)
        shown.append({cell, firstText(cell)});
    const QVector<Sum> sums = sumsOf(cells, partitions);
    // Hiding a cell for one sum can open another sum it is part of: go round until a whole pass hides nothing.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Sum& sum : sums) {
            while (leaks(shown, sum)) {
                hideOneMore(shown, sum);
                changed = true;
            }
        }
    }
    return shown;
}
