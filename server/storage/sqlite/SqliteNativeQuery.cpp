#include "storage/sqlite/SqliteNativeQuery.h"

#include "storage/StorageError.h"

#ifdef OPVANGLOKET_SHARED_SQLITE
#include <sqlite3.h>

SqliteNativeQuery::SqliteNativeQuery(sqlite3* db, const QString& sql, const QVariantList& binds)
    : m_db(db)
    , m_sql(sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK)
        fail(QStringLiteral("prepare failed")); // no statement to finalize
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        int rc = SQLITE_OK;
        switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_statement, i + 1);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, i + 1, v.toDouble());
            break;
        default: {
            const QByteArray bytes = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK) {
            const StorageError error(
                QStringLiteral("bind failed: %1 [%2]").arg(QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql));
            sqlite3_finalize(m_statement); // the destructor does not run for a constructor that throws
            throw error;
        }
    }
}

SqliteNativeQuery::~SqliteNativeQuery()
{
    sqlite3_finalize(m_statement);
}

bool SqliteNativeQuery::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(QStringLiteral("query failed"));
    return false;
}

QVariant SqliteNativeQuery::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    default:
        return QVariant();
    }
}

qint64 SqliteNativeQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

SqliteNativeQuery::Type SqliteNativeQuery::type(int column) const
{
    static_assert(SQLITE_INTEGER == Integer && SQLITE_FLOAT == Real && SQLITE_TEXT == Text && SQLITE_BLOB == Blob &&
                      SQLITE_NULL == Null,
                  "SQLite's type numbers");
    return Type(sqlite3_column_type(m_statement, column));
}

const char* SqliteNativeQuery::text(int column) const
{
    return reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
}

int SqliteNativeQuery::size(int column) const
{
    return sqlite3_column_bytes(m_statement, column);
}

void SqliteNativeQuery::fail(const QString& what) const
{
    throw StorageError(QStringLiteral("%1: %2 [%3]").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql));
}

#else

SqliteNativeQuery::SqliteNativeQuery(sqlite3*, const QString& sql, const QVariantList&)
    : m_sql(sql)
{
    fail(QStringLiteral("not built with the system SQLite"));
}

SqliteNativeQuery::~SqliteNativeQuery() = default;

bool SqliteNativeQuery::next()
{
    return false;
}

QVariant SqliteNativeQuery::value(int) const
{
    return QVariant();
}

qint64 SqliteNativeQuery::integer(int) const
{
    return 0;
}

SqliteNativeQuery::Type SqliteNativeQuery::type(int) const
{
    return Null;
}

const char* SqliteNativeQuery::text(int) const
{
    return nullptr;
}

int SqliteNativeQuery::size(int) const
{
    return 0;
}

void SqliteNativeQuery::fail(const QString& what) const
{
    throw StorageError(what);
}

#endif
