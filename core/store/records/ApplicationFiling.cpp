#include "store/records/ApplicationFiling.h"

#include "domain/ApplicationStatus.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

void collect(const QString& table, const QJsonObject& row, QVector<FieldError>& errors)
{
    for (const FieldError& e : RowValidator::validate(table, row))
        errors.append({table + QLatin1Char('.') + e.field, e.message});
}

} // namespace

ApplicationFiling::ApplicationFiling(LocalCache& cache)
    : m_cache(cache)
{
}

QJsonObject ApplicationFiling::openApplicationFor(const QString& childId, const QString& regionId) const
{
    const QVector<QJsonObject> rows =
        RecordQuery(m_cache).rowsWhere(QStringLiteral("applications"), QStringLiteral("child_id"), childId);
    for (const QJsonObject& row : rows) {
        const auto state = ApplicationStatus::fromString(row.value(QLatin1String("status")).toString());
        if (row.value(QLatin1String("region_id")).toString() == regionId && state != ApplicationStatus::Invalid &&
            !ApplicationStatus::isFinal(state))
            return row;
    }
    return {};
}

QStringList ApplicationFiling::updatableFields()
{
    return {QStringLiteral("desired_start"), QStringLiteral("start_flexibility_weeks"), QStringLiteral("days"),
            QStringLiteral("preferences"), QStringLiteral("priority")};
}

QVector<FieldError> ApplicationFiling::check(const FilingRequest& request) const
{
    QVector<FieldError> errors;
    if (!request.newParent.isEmpty())
        collect(QStringLiteral("parents"), request.newParent, errors);
    if (!request.newChild.isEmpty())
        collect(QStringLiteral("children"), request.newChild, errors);
    if (request.updateApplicationId.isEmpty()) {
        collect(QStringLiteral("applications"), request.application, errors);
        const QJsonObject open = openApplicationFor(request.application.value(QLatin1String("child_id")).toString(),
                                                    request.application.value(QLatin1String("region_id")).toString());
        if (!open.isEmpty())
            errors.append({QStringLiteral("applications.child_id"),
                           tr("this child already has application %1 in this region; update it instead")
                               .arg(open.value(QLatin1String("number")).toString())});
        return errors;
    }
    QJsonObject updated = RecordQuery(m_cache).row(QStringLiteral("applications"), request.updateApplicationId);
    if (updated.isEmpty()) {
        errors.append({QStringLiteral("applications.id"), tr("the application to update is no longer there")});
        return errors;
    }
    for (const QString& f : updatableFields())
        updated.insert(f, request.application.value(f));
    collect(QStringLiteral("applications"), updated, errors);
    return errors;
}

bool ApplicationFiling::file(const FilingRequest& request, QString* error)
{
    const QVector<FieldError> problems = check(request);
    if (!problems.isEmpty()) {
        *error = RowValidator::summary(problems);
        return false;
    }
    return request.updateApplicationId.isEmpty() ? insertAll(request, error) : updateExisting(request, error);
}

bool ApplicationFiling::insertAll(const FilingRequest& request, QString* error)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    LocalWriter writer(m_cache, LocalWriter::Transaction::Caller);
    bool ok = request.newParent.isEmpty() || writer.insert(QStringLiteral("parents"), request.newParent, error);
    ok = ok && (request.newChild.isEmpty() || writer.insert(QStringLiteral("children"), request.newChild, error));
    ok = ok && writer.insert(QStringLiteral("applications"), request.application, error);
    if (ok && db.commit())
        return true;
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    qCWarning(lcStore) << "filing an application rolled back";
    return false;
}

bool ApplicationFiling::updateExisting(const FilingRequest& request, QString* error)
{
    QJsonObject changes;
    for (const QString& f : updatableFields())
        changes.insert(f, request.application.value(f));
    return LocalWriter(m_cache).update(QStringLiteral("applications"), request.updateApplicationId, changes, error);
}
