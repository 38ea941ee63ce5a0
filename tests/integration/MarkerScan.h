#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Where a test looks for personal data that should be gone (tests/integration/TestAnonymisation): the raw bytes of
// files (a SQLite database with its -wal, a log), the text of mail files with their base64 parts decoded, and every
// text column of every table of a database read over SQL (PostgreSQL's files cannot be read byte for byte here).
// A needle is matched case-insensitively; a hit is reported as "<where>: <needle>".
class MarkerScan
{
public:
    explicit MarkerScan(QStringList needles);

    // The file's bytes (a missing file holds nothing).
    QStringList inFile(const QString& path) const;
    // The file and its -wal, -shm and -journal companions.
    QStringList inSqliteFiles(const QString& path) const;
    // Every file under the folder, .eml files with their encoded subject and body decoded.
    QStringList inMailFolder(const QString& folder) const;
    // Every text value of every table, read through a connection of its own (sqlite file path or postgresql:// URL).
    QStringList inDatabase(const QString& sqlitePathOrUrl) const;

    static QByteArray decodedMail(const QByteArray& raw);

private:
    QStringList hits(const QString& where, const QByteArray& bytes) const;

    QStringList m_needles;
};
