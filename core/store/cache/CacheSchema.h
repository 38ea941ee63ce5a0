#pragma once

#include <QSqlDatabase>
#include <QString>

// The migration ladder of the cache (PRAGMA user_version). Each step runs in one transaction and rolls
// back on failure, so a file is always at exactly one known version.
class CacheSchema
{
public:
    static int currentVersion();
    // Brings the file up to currentVersion(); false (with error) on failure, leaving the file unchanged.
    static bool migrate(QSqlDatabase& db, QString* error);
    // Brings the file up to exactly targetVersion (tests build files of an older client this way).
    static bool migrateTo(QSqlDatabase& db, int targetVersion, QString* error);

private:
    static bool step(QSqlDatabase& db, int toVersion, QString* error);
    static QStringList version1();
    static QStringList version2();
    static QStringList version3();
    static QStringList version4();
    static QStringList version5();
    static QStringList version6();
    static QStringList version7();
    static QStringList version8();
    static QStringList version9();
    static QStringList version10();
    static QStringList version11();
    static QStringList version12();
    static QStringList statementsFor(int version);
};
