#pragma once

#include <QObject>
#include <QVector>

#include <functional>

class ListPage;
class QWidget;

// Timing a list change as a person sees it: from the change until the table has painted its new rows. Shared
// by the list benchmarks (BenchLists, BenchPlaces).
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

namespace BenchPaint {
// Runs the event loop until the viewport has painted once more (at most 10 s).
void waitForPaint(QWidget* viewport, PaintCounter& counter);
// Milliseconds from change() until the next paint.
double timed(const std::function<void()>& change, QWidget* viewport, PaintCounter& counter);
double median(QVector<double> values);
// Shows a list page at a counter screen's size and waits for its first rows; returns the table's viewport,
// whose paints the counter counts from then on.
QWidget* showList(ListPage& view, PaintCounter& counter);
} // namespace BenchPaint
