#include "BenchPaint.h"

#include "lists/ListPage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>

#include <algorithm>

bool PaintCounter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint)
        ++paints;
    return QObject::eventFilter(watched, event);
}

namespace BenchPaint {

void waitForPaint(QWidget* viewport, PaintCounter& counter)
{
    const int before = counter.paints;
    viewport->update();
    QElapsedTimer guard;
    guard.start();
    while (counter.paints == before && guard.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

double timed(const std::function<void()>& change, QWidget* viewport, PaintCounter& counter)
{
    QElapsedTimer clock;
    clock.start();
    change();
    waitForPaint(viewport, counter);
    return clock.nsecsElapsed() / 1e6;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QWidget* showList(ListPage& view, PaintCounter& counter)
{
    view.resize(1100, 760);
    QWidget* viewport = view.table()->viewport();
    viewport->installEventFilter(&counter);
    view.show();
    waitForPaint(viewport, counter);
    return viewport;
}

} // namespace BenchPaint
