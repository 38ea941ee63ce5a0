#include "BenchServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

QUrl BenchServer::start(QProcess& server, const QString& binary, const QString& dataDir, int scale)
{
    QTextStream err(stderr);
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
            err << "server seeded and listening after " << clock.elapsed() / 1000.0 << " s" << Qt::endl;
            return QUrl(match.captured(1));
        }
    }
    err << "server did not start:\n" << QString::fromUtf8(output) << Qt::endl;
    return QUrl();
}
