#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// Real processes for fault tests: the server and the CLI as a person or a script would run them, so that
// SIGKILL, restarts and cut connections hit real sockets and real files.
class ServerProcess
{
public:
    ServerProcess(const QString& dataDir, const QStringList& extraArgs);
    ~ServerProcess();

    // Starts and waits for "listening on …"; the first start picks a free port, later ones reuse it.
    bool start(QString* error);
    void kill();
    void stop();
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QString m_dataDir;
    QStringList m_extraArgs;
    QUrl m_url;
};

struct CliRun {
    int exitCode = -1;
    bool killed = false;
    QString output;
};

class CliProcess
{
public:
    CliProcess(const QUrl& server, const QString& profileDir, const QString& user);

    // Runs one command with the password on stdin; with killAfterMs >= 0 sends SIGKILL after that long.
    CliRun run(const QString& command, int killAfterMs = -1) const;
    // Runs one command and sends SIGKILL as soon as killWhen() says so (polled every 20 ms), so a test
    // interrupts exactly the phase it means to, however loaded the machine is.
    CliRun runUntil(const QString& command, const std::function<bool()>& killWhen) const;
    void setServer(const QUrl& server) { m_server = server; }
    // Starts one command and returns at once: for a caller that keeps its own event loop turning while the
    // CLI runs (an in-process FaultProxy forwards only then) or runs several CLIs side by side.
    void start(QProcess& cli, const QString& command) const { startCli(cli, command); }

private:
    void startCli(QProcess& cli, const QString& command) const;

    QUrl m_server;
    QString m_profileDir;
    QString m_user;
};

// A read-only look into a CLI's cache, also while it runs (WAL lets a reader in beside the writer): the first
// column of the first row of `sql` as a number, or -1 when the file is missing or unreadable.
int peekCache(const QString& path, const QString& sql);
