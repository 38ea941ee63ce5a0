#include "sync/UpdateMerge.h"

#include "domain/NoteLog.h"
#include "sync/RowValues.h"

UpdateMerge::UpdateMerge(const Protocol::Table& table, const QJsonObject& current)
    : m_table(table)
    , m_merged(current)
{
}

bool UpdateMerge::checkField(const QString& name, const QJsonValue& change, Protocol::FieldType* type,
                             QString* reason) const
{
    if (m_table.name == QLatin1String("applications") && name == QLatin1String("number")) {
        *reason = QStringLiteral("invalid: the application number is set by the server");
        return false;
    }

    if (!RowValues::writableFieldType(m_table, name, type)) {
        *reason = QStringLiteral("invalid: unknown field \"%1\"").arg(name);
        return false;
    }
    if (!change.isObject() || !change.toObject().contains(QLatin1String("new"))) {
        *reason = QStringLiteral("invalid: the change of \"%1\" needs {\"old\", \"new\"}").arg(name);
        return false;
    }
    const QString problem = RowValues::problem(*type, change.toObject().value(QLatin1String("new")));
    if (!problem.isEmpty()) {
        *reason = QStringLiteral("invalid: field \"%1\" %2").arg(name, problem);
        return false;
    }
    return true;
}

bool UpdateMerge::run(const QJsonObject& changes, QString* reason)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (RowValues::isServerSet(m_table.name, it.key()))
            continue; // a client's value is ignored
        Protocol::FieldType type;
        if (!checkField(it.key(), it.value(), &type, reason))
            return false;
        const QJsonObject change = it.value().toObject();
        const QJsonValue current = m_merged.value(it.key());
        const QJsonValue next = RowValues::normalize(type, change.value(QLatin1String("new")));
        if (RowValues::equal(type, current, next))
            continue;
        if (RowValues::equal(type, current, change.value(QLatin1String("old")))) {
            m_merged.insert(it.key(), next);
            m_applied.append(it.key());
        } else if (!mergeNotes(it.key(), change.value(QLatin1String("old")), next, current)) {
            m_conflicts.append(it.key());
        }
    }
    return true;
}

bool UpdateMerge::mergeNotes(const QString& name, const QJsonValue& old, const QJsonValue& next,
                             const QJsonValue& current)
{
    if (name != QLatin1String("notes"))
        return false;
    QString merged;
    if (!NoteLog::mergeAppends(old.toString(), next.toString(), current.toString(), &merged))
        return false;
    m_merged.insert(name, merged.isEmpty() ? QJsonValue() : QJsonValue(merged));
    m_applied.append(name);
    return true;
}
