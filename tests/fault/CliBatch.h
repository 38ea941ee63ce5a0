#pragma once

#include "FaultProcesses.h"

#include <QVector>

#include <functional>

// CLI runs side by side while this thread's event loop keeps turning, so in-process FaultProxies go on
// forwarding. Each run is killed with SIGKILL as soon as its own condition says so (polled every 20 ms),
// so a test interrupts a run at an observed point, however loaded the machine is.
class CliBatch
{
public:
    void add(const CliProcess& cli, const QString& command, const std::function<bool()>& killWhen = {});
    // Runs every added command to its end (or its kill); results in the order they were added. exitCode is
    // -1 for a run killed on its condition, -2 for one still going after timeoutMs (then killed), -3 for
    // one that crashed by itself.
    QVector<CliRun> run(int timeoutMs = 180000);

private:
    struct Job {
        const CliProcess* cli = nullptr;
        QString command;
        std::function<bool()> killWhen;
    };

    QVector<Job> m_jobs;
};
