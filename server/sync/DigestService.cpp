#include "sync/DigestService.h"

#include "protocol/TableSchema.h"
#include "storage/ServerStorage.h"

#include <QCryptographicHash>

DigestService::DigestService(ServerStorage& storage)
    : m_storage(storage)
{
}

QJsonObject DigestService::compute(const AccessScope& scope)
{
    const qint64 seq = m_storage.currentSeq();
    QJsonObject tables;
    for (const QString& table : Protocol::syncedTableNames()) {
        const QStringList lines = m_storage.visibleVersions(table, scope);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& line : lines) {
            hash.addData(line.toUtf8());
            hash.addData(QByteArrayView("\n", 1));
        }
        tables.insert(table, QJsonObject{{QStringLiteral("count"), lines.size()},
                                         {QStringLiteral("hash"), QString::fromLatin1(hash.result().toHex())}});
    }
    return QJsonObject{{QStringLiteral("tables"), tables}, {QStringLiteral("seq"), seq}};
}

ApiReply DigestService::digest(const AuthContext& context)
{
    return ApiReply::ok(compute(context.scope));
}
