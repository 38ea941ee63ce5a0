#pragma once

#include <QElapsedTimer>
#include <QObject>

// Measures the time from the start of the process until the first list has painted rows, the moment a
// counter worker can start working. Logged once (opvangloket.ui) and available to benchmarks.
class StartupTimer : public QObject
{
    Q_OBJECT

public:
    explicit StartupTimer(QObject* parent = nullptr);

    void start() { m_clock.start(); }
    // Watches the application's paint events from now on.
    void watch();
    qint64 firstPaintMs() const { return m_firstPaintMs; }

signals:
    void firstPaint(qint64 ms);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_clock;
    qint64 m_firstPaintMs = -1;
};
