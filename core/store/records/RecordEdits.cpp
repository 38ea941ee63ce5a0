#include "store/records/RecordEdits.h"

#include "domain/ApplicationStatus.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace {
const QString kParents = QStringLiteral("parents");
const QString kChildren = QStringLiteral("children");
const QString kApplications = QStringLiteral("applications");

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}
bool isBlank(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}
} // namespace

RecordEdits::RecordEdits(LocalCache& cache)
    : m_cache(cache)
{
}

QStringList RecordEdits::editableFields(const QString& table)
{
    if (table == kParents)
        return {QStringLiteral("first_name"),
                QStringLiteral("last_name"),
                QStringLiteral("national_number"),
                QStringLiteral("email"),
                QStringLiteral("phone"),
                QStringLiteral("street"),
                QStringLiteral("house_number"),
                QStringLiteral("postcode"),
                QStringLiteral("municipality"),
                QStringLiteral("language"),
                QStringLiteral("contact_preference")};
    if (table == kChildren)
        return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("national_number"),
                QStringLiteral("birth_date"), QStringLiteral("expected_birth_date")};
    // A location's info sheet and whether the public site shows it (a coordinator's or an admin's work: the server
    // refuses it from anyone else, the Locations page shows it read-only to them).
    if (table == QLatin1String("locations"))
        return {QStringLiteral("info"), QStringLiteral("published")};
    if (table == kApplications)
        return {QStringLiteral("desired_start"), QStringLiteral("start_flexibility_weeks"), QStringLiteral("days"),
                QStringLiteral("preferences"), QStringLiteral("priority")};
    return {};
}

bool RecordEdits::mayEdit(const QString& table, const QString& id, QString* why) const
{
    const QJsonObject row = RecordQuery(m_cache).row(table, id);
    if (row.isEmpty() || editableFields(table).isEmpty()) {
        *why = tr("This record is not in the cache (any more).");
        return false;
    }
    if (table == kApplications && ApplicationStatus::isFinal(ApplicationStatus::fromString(str(row, "status")))) {
        *why = tr("This application is closed: its wishes and preferences stay as they were when it closed.");
        return false;
    }
    return true;
}

bool RecordEdits::check(const RecordChange& change, QString* error) const
{
    if (!mayEdit(change.table, change.id, error))
        return false;
    const QStringList allowed = editableFields(change.table);
    for (auto it = change.values.begin(); it != change.values.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = tr("The field \"%1\" cannot be changed here.").arg(it.key());
            return false;
        }
    }
    return true;
}

QJsonObject RecordEdits::differences(const RecordChange& change) const
{
    const QJsonObject current = RecordQuery(m_cache).row(change.table, change.id);
    QJsonObject out;
    for (auto it = change.values.begin(); it != change.values.end(); ++it) {
        // Absent, null and empty mean the same to a person: none of them is a change.
        const QJsonValue before = current.value(it.key());
        if (before != it.value() && !(isBlank(before) && isBlank(it.value())))
            out.insert(it.key(), it.value());
    }
    // Exactly one of the two dates: once born, the expected date is history.
    if (change.table == kChildren && !str(change.values, "birth_date").isEmpty() &&
        !str(current, "expected_birth_date").isEmpty())
        out.insert(QStringLiteral("expected_birth_date"), QJsonValue::Null);
    return out;
}

bool RecordEdits::save(const QVector<RecordChange>& changes, int* written, QString* error)
{
    *written = 0;
    QVector<RecordChange> real;
    for (const RecordChange& change : changes) {
        if (!check(change, error))
            return false;
        const QJsonObject differ = differences(change);
        if (!differ.isEmpty())
            real.append({change.table, change.id, differ});
    }
    if (real.isEmpty())
        return true;
    QSqlDatabase db = m_cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    LocalWriter writer(m_cache, LocalWriter::Transaction::Caller);
    bool ok = true;
    for (const RecordChange& change : qAsConst(real))
        ok = ok && writer.update(change.table, change.id, change.values, error);
    if (ok && db.commit()) {
        *written = real.size();
        return true;
    }
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    return false;
}
