#pragma once

#include <QObject>

class MainWindow;
class StartupTimer;

// For tests/bench only (the hidden --bench option): says on standard output when the window became usable
// ("ready_ms N", the first list rows painted), then scrolls the applications list to its very end as a
// person dragging the scroll bar down would, says the resident memory ("rss_kb N rows N") and quits.
class BenchProbe : public QObject
{
    Q_OBJECT

public:
    BenchProbe(MainWindow& window, StartupTimer& startup, QObject* parent = nullptr);

private:
    void onReady(qint64 ms);
    void scrollStep();
    void finish();
    static qint64 residentKb();

    MainWindow& m_window;
};
