#include "store/write/RowUpsert.h"

#include "protocol/TableSchema.h"

#include <QSqlError>
#include <QStringList>

RowUpsert::RowUpsert(const QSqlDatabase& db, const Protocol::Table& table)
    : m_db(db)
    , m_table(table)
    , m_query(db)
{
}

QString RowUpsert::sql(const Protocol::Table& table)
{
    QStringList quoted, marks, updates;
    for (const Protocol::Field& f : Protocol::commonFields() + table.fields) {
        quoted.append(QLatin1Char('"') + f.name + QLatin1Char('"'));
        marks.append(QStringLiteral("?"));
        if (f.name != QLatin1String("id"))
            updates.append(QStringLiteral("\"%1\" = excluded.\"%1\"").arg(f.name));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(table.name, quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(',')), updates.join(QLatin1Char(',')));
}

void RowUpsert::prepare()
{
    m_query.prepare(sql(m_table));
    m_prepared = true;
}

bool RowUpsert::write(const QJsonObject& row, const QString& id, qint64 version, QString* error)
{
    if (!m_prepared)
        prepare();
    int i = 0;
    for (const Protocol::Field& f : Protocol::commonFields()) {
        if (f.name == QLatin1String("id"))
            m_query.bindValue(i++, id);
        else if (f.name == QLatin1String("version"))
            m_query.bindValue(i++, version);
        else
            m_query.bindValue(i++, Protocol::toSqlValue(f.type, row.value(f.name)));
    }
    for (const Protocol::Field& f : m_table.fields)
        m_query.bindValue(i++, Protocol::toSqlValue(f.type, row.value(f.name)));
    if (m_query.exec())
        return true;
    *error = m_query.lastError().text();
    return false;
}
