#include "MarkerScan.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

MarkerScan::MarkerScan(QStringList needles)
    : m_needles(std::move(needles))
{
}

QStringList MarkerScan::hits(const QString& where, const QByteArray& bytes) const
{
    QStringList out;
    const QByteArray lower = bytes.toLower();
    for (const QString& needle : m_needles) {
        if (lower.contains(needle.toLower().toUtf8()))
            out.append(where + QStringLiteral(": ") + needle);
    }
    return out;
}

QStringList MarkerScan::inFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return hits(path, file.readAll());
}

QStringList MarkerScan::inSqliteFiles(const QString& path) const
{
    QStringList out;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        out += inFile(path + QLatin1String(suffix));
    return out;
}

QByteArray MarkerScan::decodedMail(const QByteArray& raw)
{
    QByteArray text = raw;
    // Encoded words of the headers (=?UTF-8?B?...?=) and the base64 body after the blank line.
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = word.globalMatch(QString::fromLatin1(raw)); it.hasNext();)
        text += '\n' + QByteArray::fromBase64(it.next().captured(1).toLatin1());
    const int body = raw.indexOf("\r\n\r\n");
    if (body >= 0) {
        QByteArray encoded = raw.mid(body + 4);
        encoded.replace("\r\n", "");
        text += '\n' + QByteArray::fromBase64(encoded);
    }
    return text;
}

QStringList MarkerScan::inMailFolder(const QString& folder) const
{
    QStringList out;
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            out += hits(file.fileName(), decodedMail(file.readAll()));
    }
    return out;
}

QStringList MarkerScan::inDatabase(const QString& sqlitePathOrUrl) const
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool postgres = sqlitePathOrUrl.startsWith(QLatin1String("postgresql://"));
    QStringList out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgres) {
            const QUrl url(sqlitePathOrUrl);
            db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            QStringList options;
            for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
                options.append(key + QLatin1Char('=') + value);
            db.setConnectOptions(options.join(QLatin1Char(';')));
        } else {
            db.setDatabaseName(sqlitePathOrUrl);
        }
        if (!db.open())
            return {QStringLiteral("cannot open the database: ") + db.lastError().text()};
        QSqlQuery tables(db);
        tables.exec(postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                              "'public' AND table_type = 'BASE TABLE'")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString& table : names) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                continue;
            while (rows.next()) {
                QByteArray text;
                for (int i = 0; i < rows.record().count(); ++i)
                    text += rows.value(i).toString().toUtf8() + '\t';
                out += hits(QStringLiteral("table ") + table, text);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    out.removeDuplicates();
    return out;
}
