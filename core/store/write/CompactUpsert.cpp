#include "store/write/CompactUpsert.h"

#include "protocol/CompactPageReader.h"
#include "store/write/RowUpsert.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#ifdef OPVANGLOKET_SHARED_SQLITE
#include <sqlite3.h>
#endif

CompactUpsert::CompactUpsert(const QSqlDatabase& db, const Protocol::Table& table,
                             const CompactPage::TableColumns& page)
{
    // The cache is always SQLite: its driver hands out the connection it uses, so this statement runs inside the
    // transaction QtSql opened.
#ifdef OPVANGLOKET_SHARED_SQLITE
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3* const*>(handle.constData());
#else
    Q_UNUSED(db)
#endif
    for (const Protocol::Field& f : Protocol::commonFields() + table.fields) {
        m_types.append(f.type);
        m_pageColumns.append(int(page.columns.indexOf(f.name)));
    }
    m_sql = RowUpsert::sql(table);
}

#ifdef OPVANGLOKET_SHARED_SQLITE
CompactUpsert::~CompactUpsert()
{
    sqlite3_finalize(m_statement);
}

bool CompactUpsert::fail(QString* error)
{
    *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                  : QCoreApplication::translate("CompactUpsert", "The cache is not an SQLite database.");
    return false;
}

bool CompactUpsert::prepare(QString* error)
{
    if (m_statement)
        return true;
    const QByteArray sql = m_sql.toUtf8();
    return (m_db && sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr) == SQLITE_OK) ||
           fail(error);
}

bool CompactUpsert::write(const CompactPageReader& reader, bool* written, QString* error)
{
    *written = false;
    if (!prepare(error))
        return false;
    for (int i = 0; i < m_types.size(); ++i) {
        if (!bind(i + 1, m_types.at(i), m_pageColumns.at(i), reader)) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
            return true; // not written: the general way converts this value
        }
    }
    const int step = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (step != SQLITE_DONE)
        return fail(error);
    *written = true;
    return true;
}

// False when the value's type is not the one the column takes; the JSON page's conversions are not repeated here.
bool CompactUpsert::bind(int parameter, Protocol::FieldType type, int pageColumn, const CompactPageReader& reader)
{
    if (pageColumn < 0)
        return sqlite3_bind_null(m_statement, parameter) == SQLITE_OK;
    const CompactValue& v = reader.value(pageColumn);
    using Kind = CompactValue::Kind;
    switch (v.kind) {
    case Kind::Null:
        return sqlite3_bind_null(m_statement, parameter) == SQLITE_OK;
    case Kind::Text:
        // The page outlives the step, so SQLite may read the bytes where they are.
        return (type == Protocol::FieldType::Text || type == Protocol::FieldType::Json) &&
               sqlite3_bind_text(m_statement, parameter, v.text.constData(), int(v.text.size()), SQLITE_STATIC) ==
                   SQLITE_OK;
    case Kind::Integer:
        if (type == Protocol::FieldType::Real)
            return sqlite3_bind_double(m_statement, parameter, double(v.integer)) == SQLITE_OK;
        return type == Protocol::FieldType::Integer &&
               sqlite3_bind_int64(m_statement, parameter, v.integer) == SQLITE_OK;
    case Kind::Double:
        return (type == Protocol::FieldType::Real || type == Protocol::FieldType::Integer) &&
               sqlite3_bind_double(m_statement, parameter, v.real) == SQLITE_OK;
    case Kind::Bool:
        return type == Protocol::FieldType::Bool && sqlite3_bind_int64(m_statement, parameter, v.integer) == SQLITE_OK;
    }
    return false;
}
#else
// Without the system's SQLite every row takes the general way (PullApplier converts it as from a JSON page).
CompactUpsert::~CompactUpsert() = default;

bool CompactUpsert::write(const CompactPageReader&, bool* written, QString*)
{
    *written = false;
    return true;
}
#endif
