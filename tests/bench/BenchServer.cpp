#include "BenchServer.h"

#include "BenchOptions.h"
#include "BenchReport.h"

#include "store/cache/LocalCache.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

QUrl BenchServer::start(QProcess& server, const QString& binary, const QString& dataDir, int scale)
{
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(binary, {QStringLiteral("--demo-scale"), QString::number(scale), QStringLiteral("--data"), dataDir,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QByteArray output;
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QElapsedTimer clock;
    clock.start();
    while (server.state() != QProcess::NotRunning && clock.elapsed() < 30 * 60 * 1000) {
        server.waitForReadyRead(1000);
        output += server.readAll();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            err() << "server seeded and listening after " << clock.elapsed() / 1000.0 << " s\n";
            return QUrl(match.captured(1));
        }
    }
    err() << "server did not start:\n" << QString::fromUtf8(output) << "\n";
    return QUrl();
}

bool BenchServer::signIn(ApiClient& api, const QString& user)
{
    const ApiResult login =
        api.postBlocking(QStringLiteral("/auth/login"), {{QStringLiteral("username"), user},
                                                         {QStringLiteral("password"), QStringLiteral("demo")},
                                                         {QStringLiteral("device"), QStringLiteral("bench")}});
    if (!login.ok()) {
        err() << "login failed: " << login.describe() << "\n";
        return false;
    }
    api.setTokens(login.json.value(QStringLiteral("access_token")).toString(),
                  login.json.value(QStringLiteral("refresh_token")).toString());
    return true;
}

bool BenchServer::syncInto(const QString& path, const QString& serverBinary, int scale, const QString& user,
                           QProcess& server, const QString& dataDir)
{
    const QUrl url = start(server, serverBinary, dataDir, scale);
    ApiClient api(url);
    LocalCache cache;
    QString error;
    if (url.isEmpty() || !signIn(api, user) || cache.open(path) != LocalCache::OpenStatus::Ok)
        return false;
    SyncEngine engine(cache, api);
    if (!engine.syncBlocking(&error)) {
        QTextStream(stderr) << "sync failed: " << error << "\n";
        return false;
    }
    return true;
}

int BenchServer::runOnSyncedCache(const QCoreApplication& app,
                                  const std::function<void(LocalCache&, BenchReport&)>& measure)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const BenchOptions options;
    parser.addOptions(options.all());
    const QCommandLineOption cacheFile(QStringLiteral("cache"), QStringLiteral("synced cache to reuse"),
                                       QStringLiteral("FILE"));
    parser.addOptions({cacheFile});
    parser.process(app);
    QTemporaryDir work;
    const QString path =
        parser.isSet(cacheFile) ? parser.value(cacheFile) : work.filePath(QStringLiteral("client.sqlite"));
    if (!QFileInfo::exists(path)) {
        QProcess server;
        const bool synced = syncInto(path, parser.value(options.serverBinary), parser.value(options.scale).toInt(),
                                     parser.value(options.user), server, work.filePath(QStringLiteral("server")));
        server.terminate();
        server.waitForFinished(5000);
        if (!synced)
            return 1;
    }
    LocalCache cache;
    if (cache.open(path) != LocalCache::OpenStatus::Ok) {
        QTextStream(stderr) << "cannot open " << path << Qt::endl;
        return 1;
    }
    BenchReport report;
    measure(cache, report);
    report.print();
    QString error;
    if (report.write(parser.value(options.out), &error))
        return 0;
    QTextStream(stderr) << "cannot write " << parser.value(options.out) << ": " << error << Qt::endl;
    return 1;
}
