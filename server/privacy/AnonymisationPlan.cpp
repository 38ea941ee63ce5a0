#include "privacy/AnonymisationPlan.h"

#include "domain/ApplicationStatus.h"
#include "domain/PersonalFields.h"
#include "domain/RegionCatalog.h"

namespace {

constexpr int kMessagesPerSeq = 500; // a pull page holds whole seqs: a long run is cut into pages

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QDateTime writtenAt(const StoredRow& row)
{
    QDateTime at = QDateTime::fromString(str(row.row, "updated_at"), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(str(row.row, "updated_at"), Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime(); // unreadable: never "long ago"
}

bool before(const StoredRow& row, const QDateTime& cutoff)
{
    const QDateTime at = writtenAt(row);
    return at.isValid() && at < cutoff;
}

QDateTime startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

AnonymisationPlan::AnonymisationPlan(ServerStorage& storage)
    : m_storage(storage)
{
}

const QStringList& AnonymisationPlan::tables()
{
    static const QStringList names{QStringLiteral("parents"),      QStringLiteral("children"),
                                   QStringLiteral("applications"), QStringLiteral("emergency_entries"),
                                   QStringLiteral("offers"),       QStringLiteral("messages")};
    return names;
}

void AnonymisationPlan::load()
{
    const QStringList regions = RegionCatalog::ids();
    for (const QString& table : tables()) {
        Rows& all = m_byTable[table];
        for (const QString& region : regions)
            all += m_storage.rowsOfRegion(table, region);
        for (const StoredRow& row : qAsConst(all)) {
            if (table == QLatin1String("offers"))
                m_byApplication[table][str(row.row, "application_id")].append(row);
            else if (table != QLatin1String("parents"))
                m_byParent[table][str(row.row, "parent_id")].append(row);
        }
    }
}

void AnonymisationPlan::addRegion(const Cutoffs& cutoffs)
{
    m_counts[cutoffs.regionId]; // a region with nothing to change still reports its zeros
    const QDateTime familyCutoff = startOf(cutoffs.closedBefore);
    for (const StoredRow& parent : m_byTable.value(QStringLiteral("parents"))) {
        if (str(parent.row, "region_id") != cutoffs.regionId || !qualifies(parent, familyCutoff))
            continue;
        Group group;
        addFamily(parent, cutoffs.regionId, group);
        if (!group.isEmpty())
            m_groups.append(group);
    }
    addMessages(cutoffs);
}

bool AnonymisationPlan::qualifies(const StoredRow& parent, const QDateTime& cutoff) const
{
    if (!before(parent, cutoff))
        return false;
    for (const StoredRow& application : m_byParent.value(QStringLiteral("applications")).value(str(parent.row, "id"))) {
        if (!ApplicationStatus::isFinal(ApplicationStatus::fromString(str(application.row, "status"))) ||
            !before(application, cutoff))
            return false;
    }
    return true;
}

void AnonymisationPlan::addFamily(const StoredRow& parent, const QString& regionId, Group& group)
{
    const QString parentId = str(parent.row, "id");
    addRows(QStringLiteral("parents"), {parent}, regionId, group);
    for (const char* table : {"children", "applications", "emergency_entries", "messages"})
        addRows(QString::fromLatin1(table), m_byParent.value(QString::fromLatin1(table)).value(parentId), regionId,
                group);
    for (const StoredRow& application : m_byParent.value(QStringLiteral("applications")).value(parentId))
        addRows(QStringLiteral("offers"),
                m_byApplication.value(QStringLiteral("offers")).value(str(application.row, "id")), regionId, group);
}

void AnonymisationPlan::addRows(const QString& table, const Rows& rows, const QString& regionId, Group& group)
{
    for (const StoredRow& row : rows) {
        const QString key = table + QLatin1Char('/') + str(row.row, "id");
        bool changed = false;
        const QJsonObject anonymised = PersonalFields::anonymised(table, row.row, &changed);
        if (!changed || m_planned.contains(key))
            continue;
        m_planned.insert(key);
        group.append({table, row, anonymised});
        ++m_counts[regionId][table];
    }
}

void AnonymisationPlan::addMessages(const Cutoffs& cutoffs)
{
    const QDateTime cutoff = startOf(cutoffs.messagesBefore);
    Rows due;
    for (const StoredRow& message : m_byTable.value(QStringLiteral("messages"))) {
        // A queued message is still to be sent: it keeps its text until it went out (or failed).
        if (str(message.row, "region_id") == cutoffs.regionId &&
            str(message.row, "status") != QLatin1String("queued") && before(message, cutoff))
            due.append(message);
    }
    for (int first = 0; first < due.size(); first += kMessagesPerSeq) {
        Group group;
        addRows(QStringLiteral("messages"), due.mid(first, kMessagesPerSeq), cutoffs.regionId, group);
        if (!group.isEmpty())
            m_groups.append(group);
    }
}

QJsonObject AnonymisationPlan::counts(const QString& regionId) const
{
    QJsonObject out;
    for (const QString& table : tables()) {
        int n = 0;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            if (regionId.isEmpty() || it.key() == regionId)
                n += it.value().value(table);
        }
        out.insert(table, n);
    }
    return out;
}
