#include "startup/StartupTimer.h"

#include "common/UiLog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>

StartupTimer::StartupTimer(QObject* parent)
    : QObject(parent)
{
}

void StartupTimer::watch()
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool StartupTimer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint || m_firstPaintMs >= 0)
        return false;
    // A table viewport that paints with rows in its model: the data is on the screen.
    auto* view = qobject_cast<QTableView*>(watched->parent());
    if (!view || view->viewport() != watched || !view->model() || view->model()->rowCount() == 0)
        return false;
    m_firstPaintMs = m_clock.elapsed();
    QCoreApplication::instance()->removeEventFilter(this);
    qCInfo(lcUi) << "first rows painted" << m_firstPaintMs << "ms after start";
    emit firstPaint(m_firstPaintMs);
    return false;
}
