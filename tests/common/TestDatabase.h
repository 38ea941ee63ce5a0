#pragma once

#include <QString>
#include <QUrl>

// Which database the server tests run on (docs/ARCHITECTURE.md "Quality bars": real PostgreSQL where the server's
// storage is tested). CTest runs every server test twice: plainly on SQLite, and as <name>_pg with
// OPVANGLOKET_TEST_DIALECT=postgresql, which wants OPVANGLOKET_TEST_DATABASE_URL (e.g. from
// `tests/pg/pg-cluster start`): the URL of a database whose role may CREATE DATABASE. Each TestDatabase
// makes a fresh database there and drops it again, so tests never see each other's data.
class TestDatabase
{
public:
    TestDatabase() = default;
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // True when this test run is a PostgreSQL variant.
    static bool wantsPostgres();
    // Non-empty when PostgreSQL is wanted but not configured: the reason to QSKIP with.
    static QString unavailableReason();
    // The admin URL from the environment.
    static QUrl adminUrl();

    // PostgreSQL: creates the fresh database (once) and returns its URL; SQLite: returns an empty string.
    // False with *error on failure.
    bool prepare(QString* url, QString* error);

private:
    QString m_name; // the database made by prepare(), dropped by the destructor
    QUrl m_url;
};

// Skips the whole test program (in initTestCase) with a printed reason when it is the PostgreSQL variant
// and no PostgreSQL is configured; CTest counts that as skipped, never as passed.
#define OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE()                                                                       \
    do {                                                                                                               \
        const QString reason_ = TestDatabase::unavailableReason();                                                     \
        if (!reason_.isEmpty())                                                                                        \
            QSKIP(qPrintable(reason_));                                                                                \
    } while (false)
