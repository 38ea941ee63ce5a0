#include "allocation/AllocationDraft.h"

#include "domain/Uuid.h"
#include "domain/allocation/AllocationEngine.h"
#include "storage/ServerStorage.h"
#include "sync/RowValues.h"

#include <QJsonArray>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QVector<QJsonObject> rowsOf(const QVector<StoredRow>& stored)
{
    QVector<QJsonObject> rows;
    rows.reserve(stored.size());
    for (const StoredRow& s : stored)
        rows.append(s.row);
    return rows;
}

} // namespace

AllocationDraft::AllocationDraft(ServerStorage& storage, const RuleSet& rules)
    : m_storage(storage)
    , m_rules(rules)
{
}

AllocationInput AllocationDraft::read(const QString& regionId, quint64 seed, QHash<QString, qint64>* versions)
{
    const QVector<QJsonObject> applications = rowsOf(m_storage.rowsOfRegion(QStringLiteral("applications"), regionId));
    const QVector<QJsonObject> places = rowsOf(m_storage.rowsOfRegion(QStringLiteral("free_places"), regionId));
    QHash<QString, QJsonObject> children;
    for (const StoredRow& child : m_storage.rowsOfRegion(QStringLiteral("children"), regionId))
        children.insert(str(child.row, "id"), child.row);
    // A seat is taken while an offer for it is sent or accepted (docs/PROTOCOL.md "Offers and the emergency list").
    QHash<QString, int> held;
    for (const StoredRow& offer : m_storage.rowsOfRegion(QStringLiteral("offers"), regionId)) {
        const QString status = str(offer.row, "status");
        if (status == QLatin1String("sent") || status == QLatin1String("accepted"))
            held[str(offer.row, "free_place_id")] += 1;
    }
    const QVector<QJsonObject> locations = rowsOf(m_storage.rowsOfRegion(QStringLiteral("locations"), regionId));
    for (const QJsonObject& row : applications + places)
        versions->insert(str(row, "id"), row.value(QLatin1String("version")).toInteger());
    return AllocationInput::fromRows(applications, children, places, held, locations, seed);
}

AllocationRunRecord AllocationDraft::compute(const QString& regionId, quint64 seed, const QDate& asOf)
{
    QHash<QString, qint64> versions;
    const AllocationInput input = read(regionId, seed, &versions);
    const AllocationResult result = AllocationEngine(m_rules, input).run();

    AllocationRunRecord run;
    run.id = Uuid::v7();
    run.regionId = regionId;
    run.ruleSetId = m_rules.id();
    run.seed = qint64(seed);
    run.status = QStringLiteral("draft");
    run.asOf = asOf.toString(Qt::ISODate);
    run.createdAt = RowValues::nowIso();
    run.summary = result.summaryJson();
    run.assignments = result.assignmentsJson();
    // The basis: "id:version" of every application and place that took part, for the stale check.
    QJsonArray applicationVersions;
    for (const AllocationInput::Application& a : input.applications)
        applicationVersions.append(a.id + QLatin1Char(':') + QString::number(versions.value(a.id)));
    QJsonArray placeVersions;
    for (const AllocationInput::Place& p : input.places)
        placeVersions.append(p.id + QLatin1Char(':') + QString::number(versions.value(p.id)));
    run.basis = {{QStringLiteral("applications"), applicationVersions}, {QStringLiteral("free_places"), placeVersions}};
    return run;
}
