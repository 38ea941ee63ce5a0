#include "BenchProbe.h"

#include "MainWindow.h"
#include "PageFactory.h"
#include "applications/ApplicationsView.h"
#include "lists/ListModel.h"
#include "startup/StartupTimer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

void say(const QString& line)
{
    QTextStream out(stdout);
    out << line << Qt::endl; // endl flushes: the benchmark reads this while the process runs
}

} // namespace

BenchProbe::BenchProbe(MainWindow& window, StartupTimer& startup, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    connect(&startup, &StartupTimer::firstPaint, this, &BenchProbe::onReady);
}

void BenchProbe::onReady(qint64 ms)
{
    say(QStringLiteral("ready_ms %1").arg(ms));
    m_window.showView(QStringLiteral("applications"));
    QTimer::singleShot(0, this, &BenchProbe::scrollStep);
}

void BenchProbe::scrollStep()
{
    ListModel* model = m_window.pages().applications()->model();
    QTableView* table = m_window.pages().applications()->table();
    // The view asks for the next page when it reaches the bottom; each step goes to the bottom again.
    table->scrollToBottom();
    if (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    if (model->canFetchMore(QModelIndex())) {
        QTimer::singleShot(0, this, &BenchProbe::scrollStep);
        return;
    }
    table->scrollToBottom();
    QTimer::singleShot(300, this, &BenchProbe::finish); // let the last rows paint
}

void BenchProbe::finish()
{
    const ListModel* model = m_window.pages().applications()->model();
    say(QStringLiteral("rss_kb %1 rows %2").arg(residentKb()).arg(model->rowCount()));
    QCoreApplication::exit(0);
}

qint64 BenchProbe::residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
