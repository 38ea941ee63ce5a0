#include "TestDatabase.h"

#include "auth/TokenGenerator.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDebug>

namespace {

QAtomicInt g_counter;

// Runs one statement over a short-lived admin connection (CREATE/DROP DATABASE cannot run in a transaction).
bool runAdmin(const QString& sql, QString* error)
{
    PostgresDatabase admin(TestDatabase::adminUrl());
    if (!admin.open(error))
        return false;
    try {
        admin.exec(sql);
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    QString error;
    if (!runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
        qWarning() << "dropping test database" << m_name << "failed:" << error;
}

bool TestDatabase::wantsPostgres()
{
    return qEnvironmentVariable("OPVANGLOKET_TEST_DIALECT") == QLatin1String("postgresql");
}

QUrl TestDatabase::adminUrl()
{
    return QUrl(qEnvironmentVariable("OPVANGLOKET_TEST_DATABASE_URL"));
}

QString TestDatabase::unavailableReason()
{
    if (!wantsPostgres() || !qEnvironmentVariableIsEmpty("OPVANGLOKET_TEST_DATABASE_URL"))
        return QString();
    return QStringLiteral("PostgreSQL variant, but OPVANGLOKET_TEST_DATABASE_URL is not set (start a cluster with "
                          "tests/pg/pg-cluster start DIR PORT and export the URL it prints)");
}

bool TestDatabase::prepare(QString* url, QString* error)
{
    if (!wantsPostgres()) {
        url->clear();
        return true;
    }
    if (!m_name.isEmpty()) {
        *url = m_url.toString();
        return true;
    }
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    const QString name = QStringLiteral("opvangloket_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(g_counter.fetchAndAddRelaxed(1))
                             .arg(TokenGenerator::randomHex(3));
    if (!runAdmin(QStringLiteral("CREATE DATABASE %1").arg(name), error))
        return false;
    m_name = name;
    m_url = adminUrl();
    m_url.setPath(QLatin1Char('/') + name);
    *url = m_url.toString();
    return true;
}
