#include "sync/HistoryService.h"

#include "protocol/TableSchema.h"
#include "storage/ServerStorage.h"

#include <QHash>
#include <QJsonArray>

namespace {

constexpr int kMaxIdLength = 100;

bool hasHistory(const QString& table)
{
    // The tables clients write through push; accounts and regions change only by operators and are audited
    // under other actions.
    return Protocol::findTable(table) && table != QLatin1String("accounts") && table != QLatin1String("regions");
}

ApiReply notFound()
{
    return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such record."));
}

} // namespace

HistoryService::HistoryService(ServerStorage& storage)
    : m_storage(storage)
{
}

ApiReply HistoryService::history(const AuthContext& context, const QUrlQuery& query)
{
    const QString table = query.queryItemValue(QStringLiteral("table"));
    const QString id = query.queryItemValue(QStringLiteral("id"));
    if (!hasHistory(table))
        return ApiReply::error(400, QStringLiteral("malformed"),
                               QStringLiteral("\"table\" must name a synced table with history."));
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return ApiReply::error(400, QStringLiteral("malformed"), QStringLiteral("\"id\" must name a record."));
    const std::optional<StoredRow> row = m_storage.findRow(table, id);
    if (!row || !context.scope.canSee(table, row->row, row->filedBy))
        return notFound();
    QJsonArray entries;
    QHash<QString, QString> names;
    for (const AuditRecord& record : m_storage.auditOf(table, id)) {
        const QString action = writeAction(record);
        if (!action.isEmpty())
            entries.append(entryJson(record, action, names));
    }
    return ApiReply::ok(
        {{QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("entries"), entries}});
}

QString HistoryService::writeAction(const AuditRecord& record)
{
    // "push.<op>.<status>"; only the pushes that wrote the row (they carry the version they made) belong in
    // its history: refused, gone and unmerged conflicting mutations changed nothing.
    const QStringList parts = record.action.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("push") || record.version <= 0)
        return QString();
    return parts.at(1);
}

QJsonObject HistoryService::entryJson(const AuditRecord& record, const QString& action, QHash<QString, QString>& names)
{
    return {{QStringLiteral("at"), record.at},
            {QStringLiteral("account_id"), record.accountId},
            {QStringLiteral("account_name"), accountName(record.accountId, names)},
            {QStringLiteral("action"), action},
            {QStringLiteral("fields"), QJsonArray::fromStringList(record.fields)},
            {QStringLiteral("version"), record.version}};
}

QString HistoryService::accountName(const QString& accountId, QHash<QString, QString>& names)
{
    if (accountId.isEmpty())
        return QString();
    auto it = names.constFind(accountId);
    if (it != names.constEnd())
        return it.value();
    const std::optional<Account> account = m_storage.accountById(accountId);
    const QString name =
        account ? (account->displayName.isEmpty() ? account->username : account->displayName) : QString();
    names.insert(accountId, name);
    return name;
}
