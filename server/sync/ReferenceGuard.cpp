#include "sync/ReferenceGuard.h"

#include "domain/ReferenceProblems.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

// The problems are ReferenceProblems texts, so a client shows them in the window's language.
QString invalid(const char* field, const char* problem)
{
    return QStringLiteral("invalid: %1: %2").arg(QLatin1String(field), QLatin1String(problem));
}

// The answer for an unknown id, a deleted row and a row the caller may not see: "<kind> <id> does not exist".
QString missing(const QString& table, const QString& id)
{
    static const QHash<QString, QString> kinds{{QStringLiteral("parents"), QStringLiteral("parent")},
                                               {QStringLiteral("children"), QStringLiteral("child")},
                                               {QStringLiteral("applications"), QStringLiteral("application")},
                                               {QStringLiteral("locations"), QStringLiteral("location")},
                                               {QStringLiteral("free_places"), QStringLiteral("free place")},
                                               {QStringLiteral("accounts"), QStringLiteral("account")}};
    return QStringLiteral("invalid: %1 %2 does not exist").arg(kinds.value(table, table), id);
}

} // namespace

ReferenceGuard::ReferenceGuard(ServerStorage& storage, const AccessScope& scope)
    : m_storage(storage)
    , m_scope(scope)
{
}

QStringList ReferenceGuard::referenceFields(const QString& table)
{
    if (table == QLatin1String("parents"))
        return {QStringLiteral("referrer_account_id")};
    if (table == QLatin1String("children"))
        return {QStringLiteral("parent_id")};
    if (table == QLatin1String("applications"))
        return {QStringLiteral("parent_id"),           QStringLiteral("child_id"),
                QStringLiteral("preferences"),         QStringLiteral("priority"),
                QStringLiteral("assigned_account_id"), QStringLiteral("referrer_account_id")};
    if (table == QLatin1String("emergency_entries"))
        return {QStringLiteral("application_id"), QStringLiteral("parent_id")};
    if (table == QLatin1String("offers"))
        return {QStringLiteral("application_id"), QStringLiteral("free_place_id"), QStringLiteral("location_id")};
    if (table == QLatin1String("free_places"))
        return {QStringLiteral("location_id")};
    if (table == QLatin1String("messages"))
        return {QStringLiteral("parent_id"), QStringLiteral("application_id")};
    return {};
}

QString ReferenceGuard::check(const QString& table, const QJsonObject& row, const QStringList& changed)
{
    m_regionMove = changed.contains(QLatin1String("region_id"));
    if (!changed.isEmpty() && !m_regionMove) {
        bool namesAnother = false;
        for (const QString& field : referenceFields(table))
            namesAnother = namesAnother || changed.contains(field);
        if (!namesAnother)
            return QString();
    }
    if (table == QLatin1String("parents"))
        return checkParent(row);
    if (table == QLatin1String("children"))
        return checkChild(row);
    if (table == QLatin1String("applications"))
        return checkApplication(row);
    if (table == QLatin1String("emergency_entries"))
        return checkEmergencyEntry(row);
    if (table == QLatin1String("offers"))
        return checkOffer(row);
    if (table == QLatin1String("free_places"))
        return checkFreePlace(row);
    if (table == QLatin1String("messages"))
        return checkMessage(row);
    return QString();
}

std::optional<StoredRow> ReferenceGuard::named(const QString& table, const QJsonObject& row, const char* field,
                                               QString* reason)
{
    return namedId(table, str(row, field), str(row, "region_id"), field, reason);
}

std::optional<StoredRow> ReferenceGuard::namedId(const QString& table, const QString& id, const QString& region,
                                                 const char* field, QString* reason)
{
    if (id.isEmpty()) {
        *reason = invalid(field, ReferenceProblems::kRequired);
        return std::nullopt;
    }
    std::optional<StoredRow> target = m_storage.findRow(table, id);
    if (!target || !m_scope.canSee(table, target->row, target->filedBy)) {
        *reason = missing(table, id);
        return std::nullopt;
    }
    if (!m_regionMove && str(target->row, "region_id") != region) {
        *reason = invalid(field, ReferenceProblems::kOtherRegion);
        return std::nullopt;
    }
    return target;
}

QString ReferenceGuard::checkLocations(const QJsonObject& row, const QJsonArray& ids, const char* field)
{
    for (const QJsonValue& id : ids) {
        QString reason;
        if (!namedId(QStringLiteral("locations"), id.toString(), str(row, "region_id"), field, &reason))
            return reason;
    }
    return QString();
}

QString ReferenceGuard::checkAccount(const QJsonObject& row, const char* field, bool referrer)
{
    const QString id = str(row, field);
    if (id.isEmpty())
        return QString();
    const std::optional<Account> account = m_storage.accountById(id);
    const bool own = id == m_scope.accountId(); // a referrer sees no accounts, but files as itself
    if (!account || (!own && !m_scope.canSee(QStringLiteral("accounts"), account->toSyncRow(), QString())))
        return missing(QStringLiteral("accounts"), id);
    const bool covers = account->role == QLatin1String("admin") || account->regionIds.contains(str(row, "region_id"));
    if (!covers && !m_regionMove)
        return invalid(field, ReferenceProblems::kOtherRegion);
    const bool isReferrer = account->role == QLatin1String("referrer");
    if (isReferrer != referrer)
        return invalid(field, referrer ? ReferenceProblems::kNotAReferrer : ReferenceProblems::kNotStaff);
    return QString();
}

QString ReferenceGuard::checkParent(const QJsonObject& row)
{
    return checkAccount(row, "referrer_account_id", true);
}

QString ReferenceGuard::checkChild(const QJsonObject& row)
{
    QString reason;
    named(QStringLiteral("parents"), row, "parent_id", &reason);
    return reason;
}

QString ReferenceGuard::checkApplication(const QJsonObject& row)
{
    QString reason;
    if (!named(QStringLiteral("parents"), row, "parent_id", &reason))
        return reason;
    const std::optional<StoredRow> child = named(QStringLiteral("children"), row, "child_id", &reason);
    if (!child)
        return reason;
    if (str(child->row, "parent_id") != str(row, "parent_id"))
        return invalid("child_id", ReferenceProblems::kOtherParentsChild);
    reason = checkLocations(row, row.value(QLatin1String("preferences")).toArray(), "preferences");
    if (reason.isEmpty())
        reason = checkLocations(
            row, row.value(QLatin1String("priority")).toObject().value(QLatin1String("sibling_location_ids")).toArray(),
            "priority");
    if (reason.isEmpty())
        reason = checkAccount(row, "assigned_account_id", false);
    if (reason.isEmpty())
        reason = checkAccount(row, "referrer_account_id", true);
    return reason;
}

QString ReferenceGuard::checkEmergencyEntry(const QJsonObject& row)
{
    QString reason;
    const std::optional<StoredRow> application = named(QStringLiteral("applications"), row, "application_id", &reason);
    if (!application)
        return reason;
    if (!named(QStringLiteral("parents"), row, "parent_id", &reason))
        return reason;
    if (str(application->row, "parent_id") != str(row, "parent_id"))
        return invalid("parent_id", ReferenceProblems::kNotTheParent);
    return QString();
}

QString ReferenceGuard::checkOffer(const QJsonObject& row)
{
    QString reason;
    if (!named(QStringLiteral("applications"), row, "application_id", &reason))
        return reason;
    if (!named(QStringLiteral("locations"), row, "location_id", &reason))
        return reason;
    // A place may be offered that was never listed as a free place (found by phone): then it names none.
    if (str(row, "free_place_id").isEmpty())
        return QString();
    const std::optional<StoredRow> place = named(QStringLiteral("free_places"), row, "free_place_id", &reason);
    if (!place)
        return reason;
    if (str(place->row, "location_id") != str(row, "location_id"))
        return invalid("free_place_id", ReferenceProblems::kOtherLocation);
    return QString();
}

QString ReferenceGuard::checkFreePlace(const QJsonObject& row)
{
    QString reason;
    named(QStringLiteral("locations"), row, "location_id", &reason);
    return reason;
}

QString ReferenceGuard::checkMessage(const QJsonObject& row)
{
    QString reason;
    if (!named(QStringLiteral("parents"), row, "parent_id", &reason))
        return reason;
    if (str(row, "application_id").isEmpty())
        return QString();
    const std::optional<StoredRow> application = named(QStringLiteral("applications"), row, "application_id", &reason);
    if (!application)
        return reason;
    if (str(application->row, "parent_id") != str(row, "parent_id"))
        return invalid("application_id", ReferenceProblems::kOtherParentsApplication);
    return QString();
}
