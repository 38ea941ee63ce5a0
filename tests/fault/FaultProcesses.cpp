#include "FaultProcesses.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

ServerProcess::ServerProcess(const QString& dataDir, const QStringList& extraArgs)
    : m_dataDir(dataDir)
    , m_extraArgs(extraArgs)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(QString* error)
{
    const QString listen =
        m_url.isEmpty() ? QStringLiteral("127.0.0.1:0") : QStringLiteral("127.0.0.1:%1").arg(m_url.port());
    QStringList args{QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"), listen};
    args += m_extraArgs;
    m_process.start(QStringLiteral(OPVANGLOKET_SERVER_BINARY), args);
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(200);
        output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    *error = QStringLiteral("server did not start: ") + QString::fromUtf8(output);
    return false;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
}

CliProcess::CliProcess(const QUrl& server, const QString& profileDir, const QString& user)
    : m_server(server)
    , m_profileDir(profileDir)
    , m_user(user)
{
}

void CliProcess::startCli(QProcess& cli, const QString& command) const
{
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(OPVANGLOKET_CLI_BINARY),
              {QStringLiteral("--server"), m_server.toString(), QStringLiteral("--profile"), m_profileDir,
               QStringLiteral("--user"), m_user, QStringLiteral("--password-stdin"), command});
    cli.write("demo\n");
    cli.closeWriteChannel();
}

CliRun CliProcess::runUntil(const QString& command, const std::function<bool()>& killWhen) const
{
    QProcess cli;
    startCli(cli, command);
    CliRun result;
    while (!cli.waitForFinished(20)) {
        if (cli.state() == QProcess::NotRunning)
            break;
        if (killWhen()) {
            cli.kill();
            result.killed = true;
            break;
        }
    }
    cli.waitForFinished(180000);
    result.output = QString::fromUtf8(cli.readAll());
    result.exitCode = result.killed ? -1 : cli.exitCode();
    return result;
}

CliRun CliProcess::run(const QString& command, int killAfterMs) const
{
    QProcess cli;
    startCli(cli, command);
    CliRun result;
    if (killAfterMs >= 0) {
        if (!cli.waitForFinished(killAfterMs)) {
            cli.kill();
            result.killed = true;
        }
    }
    cli.waitForFinished(180000);
    result.output = QString::fromUtf8(cli.readAll());
    result.exitCode = result.killed ? -1 : cli.exitCode();
    return result;
}

int peekCache(const QString& path, const QString& sql)
{
    if (!QFile::exists(path))
        return -1;
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=100"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}
