#include "CliBatch.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <vector>

void CliBatch::add(const CliProcess& cli, const QString& command, const std::function<bool()>& killWhen)
{
    m_jobs.append({&cli, command, killWhen});
}

QVector<CliRun> CliBatch::run(int timeoutMs)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QVector<CliRun> results(m_jobs.size());
    for (const Job& job : m_jobs) {
        processes.push_back(std::make_unique<QProcess>());
        job.cli->start(*processes.back(), job.command);
    }
    QEventLoop loop;
    QTimer poll;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        bool running = false;
        for (size_t i = 0; i < processes.size(); ++i) {
            QProcess& p = *processes[i];
            if (p.state() == QProcess::NotRunning)
                continue;
            running = true;
            if (!results[int(i)].killed && m_jobs[int(i)].killWhen && m_jobs[int(i)].killWhen()) {
                p.kill();
                results[int(i)].killed = true;
            }
        }
        if (!running)
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    poll.stop();
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess& p = *processes[i];
        CliRun& r = results[int(i)];
        const bool stillRunning = p.state() != QProcess::NotRunning;
        if (stillRunning) {
            p.kill();
            p.waitForFinished(10000);
        }
        r.output = QString::fromUtf8(p.readAll());
        if (r.killed)
            r.exitCode = -1;
        else if (stillRunning)
            r.exitCode = -2;
        else if (p.exitStatus() == QProcess::CrashExit)
            r.exitCode = -3;
        else
            r.exitCode = p.exitCode();
    }
    m_jobs.clear();
    return results;
}
