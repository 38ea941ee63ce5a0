#include "storage/SqlStorage.h"

#include "auth/TokenGenerator.h"
#include "service/ServerLogging.h"
#include "storage/SqlAccountStore.h"
#include "storage/SqlAllocationStore.h"
#include "storage/SqlAuditStore.h"
#include "storage/SqlChangeFeed.h"
#include "storage/SqlDatabase.h"
#include "storage/SqlIdentityStore.h"
#include "storage/SqlMailStore.h"
#include "storage/SqlPrivacyStore.h"
#include "storage/SqlRowCodec.h"
#include "storage/SqlSchema.h"
#include "storage/SqlSessionStore.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const char* kRotationKey = "epoch_rotation_pending"; // set in backups (SqliteStorage::backupTo)

const Protocol::Table& tableOrThrow(const QString& name)
{
    const Protocol::Table* table = Protocol::findTable(name);
    if (!table)
        throw StorageError(QStringLiteral("unknown table %1").arg(name));
    return *table;
}

} // namespace

SqlStorage::SqlStorage(std::unique_ptr<SqlDatabase> db)
    : m_db(std::move(db))
{
    m_feed = std::make_unique<SqlChangeFeed>(*m_db);
    m_accounts = std::make_unique<SqlAccountStore>(*m_db);
    m_audit = std::make_unique<SqlAuditStore>(*m_db);
    m_mail = std::make_unique<SqlMailStore>(*m_db);
    m_allocation = std::make_unique<SqlAllocationStore>(*m_db);
    m_privacy = std::make_unique<SqlPrivacyStore>(*m_db);
    m_identities = std::make_unique<SqlIdentityStore>(*m_db);
    m_sessions = std::make_unique<SqlSessionStore>(*m_db);
}

SqlStorage::~SqlStorage() = default;

bool SqlStorage::loadEpoch(QString* error)
{
    try {
        m_epoch = metaValue(QStringLiteral("epoch"));
        if (metaValue(QLatin1String(kRotationKey)) == QLatin1String("1")) {
            qCInfo(lcServerStorage) << "this database was restored from a backup: taking a new epoch";
            rotateEpoch();
        }
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    qCInfo(lcServerStorage) << "epoch" << m_epoch;
    return true;
}

QString SqlStorage::rotateEpoch()
{
    const QString epoch = TokenGenerator::randomHex(16);
    beginWrite();
    try {
        setMetaValue(QStringLiteral("epoch"), epoch);
        m_db->run(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QLatin1String(kRotationKey)});
        appendAudit({QString(), QStringLiteral("epoch.rotate"), QStringLiteral("meta"), QString(), QString()});
        commit();
    } catch (const StorageError&) {
        rollback();
        throw;
    }
    qCInfo(lcServerStorage) << "epoch changed from" << m_epoch << "to" << epoch << "; clients will resync";
    m_epoch = epoch;
    return epoch;
}

QString SqlStorage::rotationMarkSql()
{
    return QStringLiteral(
               "INSERT INTO meta (key, value) VALUES ('%1', '1') ON CONFLICT (key) DO UPDATE SET value = '1'")
        .arg(QLatin1String(kRotationKey));
}

QString SqlStorage::epoch()
{
    return m_epoch;
}

bool SqlStorage::isEmpty()
{
    if (m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toLongLong() > 0)
        return false;
    return currentSeq() == 0;
}

void SqlStorage::rollback() noexcept
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    try {
        m_db->exec(QStringLiteral("ROLLBACK"));
    } catch (const StorageError& e) {
        qCWarning(lcServerStorage) << "rollback failed:" << e.what();
    }
}

void SqlStorage::savepoint()
{
    if (!m_inTransaction)
        throw StorageError(QStringLiteral("a savepoint needs a write transaction"));
    stepStatement(QStringLiteral("SAVEPOINT step"));
}

void SqlStorage::releaseSavepoint()
{
    stepStatement(QStringLiteral("RELEASE SAVEPOINT step"));
}

// A push runs two of these per mutation: SQLite keeps them prepared (parsing them was a tenth of a push's time);
// PostgreSQL cannot prepare a savepoint, so there they run as plain statements.
void SqlStorage::stepStatement(const QString& sql)
{
    if (m_db->dialect().isPostgres())
        m_db->exec(sql);
    else
        m_db->run(sql).finish();
}

void SqlStorage::rollbackToSavepoint()
{
    // Both dialects keep the savepoint after rolling back to it; PostgreSQL also leaves the aborted state.
    m_db->exec(QStringLiteral("ROLLBACK TO SAVEPOINT step"));
    m_db->exec(QStringLiteral("RELEASE SAVEPOINT step"));
}

std::optional<StoredRow> SqlStorage::findRow(const QString& tableName, const QString& id)
{
    const Protocol::Table& table = tableOrThrow(tableName);
    QSqlQuery& q = m_db->run(
        QStringLiteral("SELECT %1, filed_by, seq FROM %2 WHERE id = ?").arg(SqlRowCodec::columnList(table), table.name),
        {id});
    std::optional<StoredRow> stored;
    if (q.next()) {
        const int extra = SqlRowCodec::columnCount(table);
        stored = StoredRow{SqlRowCodec::readRow(table, q), q.value(extra).toString(), q.value(extra + 1).toLongLong()};
    }
    q.finish();
    return stored;
}

std::optional<TombstoneRecord> SqlStorage::findTombstone(const QString& table, const QString& id)
{
    QSqlQuery& q = m_db->run(QStringLiteral("SELECT region_id, filed_by, version, seq FROM tombstones "
                                            "WHERE table_name = ? AND id = ? AND moved_to_region_id IS NULL "
                                            "ORDER BY seq DESC LIMIT 1"),
                             {table, id});
    std::optional<TombstoneRecord> record;
    if (q.next())
        record = TombstoneRecord{
            table, id, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    q.finish();
    return record;
}

void SqlStorage::insertRow(const QString& tableName, const QJsonObject& row, const QString& filedBy, qint64 seq)
{
    const Protocol::Table& table = tableOrThrow(tableName);
    if (table.name == QLatin1String("accounts"))
        throw StorageError(QStringLiteral("accounts are written through insertAccount"));
    m_db->run(SqlRowCodec::insertSql(table), SqlRowCodec::insertValues(table, row, filedBy, seq));
}

void SqlStorage::updateRow(const QString& tableName, const QJsonObject& row, qint64 seq)
{
    const Protocol::Table& table = tableOrThrow(tableName);
    if (table.name == QLatin1String("accounts"))
        throw StorageError(QStringLiteral("accounts are written through updateAccount"));
    m_db->run(SqlRowCodec::updateSql(table), SqlRowCodec::updateValues(table, row, seq));
}

void SqlStorage::deleteRow(const TombstoneRecord& t)
{
    const Protocol::Table& table = tableOrThrow(t.table);
    TombstoneRecord real = t;
    real.movedTo.clear();
    // The tombstone first: the operator-edit delete trigger sees it and does not write a second one.
    writeTombstone(real);
    m_db->run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name), {t.id});
}

void SqlStorage::recordScopeExit(const TombstoneRecord& t)
{
    tableOrThrow(t.table);
    if (t.movedTo.isEmpty())
        throw StorageError(QStringLiteral("a scope exit needs the region the row moved to"));
    writeTombstone(t);
    // Back in a region it left before: whoever sees that region gets the row itself (this update). An unpublished
    // location's exit (movedTo its own region) is replaced by this move's exit from that region already.
    m_db->run(QStringLiteral("DELETE FROM tombstones WHERE table_name = ? AND id = ? AND region_id = ? AND "
                             "moved_to_region_id IS NOT NULL"),
              {t.table, t.id, t.movedTo});
}

void SqlStorage::recordUnpublished(const TombstoneRecord& t)
{
    tableOrThrow(t.table);
    TombstoneRecord exit = t;
    exit.movedTo = t.regionId;
    writeTombstone(exit);
}

void SqlStorage::withdrawUnpublished(const QString& table, const QString& id, const QString& regionId)
{
    tableOrThrow(table);
    m_db->run(QStringLiteral("DELETE FROM tombstones WHERE table_name = ? AND id = ? AND region_id = ? AND "
                             "moved_to_region_id = region_id"),
              {table, id, regionId});
}

QVector<StoredRow> SqlStorage::publishedLocations(const QString& regionId)
{
    return rowsById(QStringLiteral("locations"),
                    QStringLiteral("SELECT id FROM locations WHERE region_id = ? AND published = 1 ORDER BY id"),
                    {regionId});
}

void SqlStorage::writeTombstone(const TombstoneRecord& t)
{
    // Keyed by (table_name, id, region_id): one record per region the row left (or was deleted in), so a delete
    // after a move still reaches the accounts of every region the row has been in; a later exit from the same
    // region replaces the earlier one.
    m_db->run(QStringLiteral("INSERT INTO tombstones (table_name, id, region_id, filed_by, version, seq, deleted_at, "
                             "moved_to_region_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, id, "
                             "region_id) DO "
                             "UPDATE SET region_id = excluded.region_id, filed_by = excluded.filed_by, "
                             "version = excluded.version, seq = excluded.seq, deleted_at = excluded.deleted_at, "
                             "moved_to_region_id = excluded.moved_to_region_id"),
              {t.table, t.id, t.regionId, t.filedBy.isEmpty() ? QVariant() : QVariant(t.filedBy), t.version, t.seq,
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
               t.movedTo.isEmpty() ? QVariant() : QVariant(t.movedTo)});
}

QVector<StoredRow> SqlStorage::rowsById(const QString& table, const QString& idSql, const QVariantList& binds)
{
    QStringList ids;
    QSqlQuery& q = m_db->run(idSql, binds);
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    QVector<StoredRow> rows;
    for (const QString& id : ids) {
        if (std::optional<StoredRow> row = findRow(table, id))
            rows.append(*row);
    }
    return rows;
}

QVector<StoredRow> SqlStorage::openApplications(const QString& childId, const QString& regionId)
{
    return rowsById(QStringLiteral("applications"),
                    QStringLiteral("SELECT id FROM applications WHERE child_id = ? AND region_id = ? "
                                   "AND status NOT IN ('placed', 'cancelled', 'expired') ORDER BY seq LIMIT 20"),
                    {childId, regionId});
}

QVector<StoredRow> SqlStorage::parentsByNationalNumber(const QString& digits)
{
    // The same expression as the index parents_national_number (SqlSchema), so both dialects use it.
    return rowsById(QStringLiteral("parents"),
                    QStringLiteral("SELECT id FROM parents WHERE %1 = ? ORDER BY seq LIMIT 20")
                        .arg(SqlSchema::normalizedNationalNumber(QStringLiteral("national_number"))),
                    {digits});
}

QVector<StoredRow> SqlStorage::rowsNaming(const QString& tableName, const QString& column, const QString& id)
{
    const Protocol::Table& table = tableOrThrow(tableName);
    const Protocol::Field* field = table.field(column);
    if (!field || field->type != Protocol::FieldType::Text)
        throw StorageError(QStringLiteral("%1 has no reference column %2").arg(tableName, column));
    return rowsById(table.name,
                    QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY seq, id").arg(table.name, field->name),
                    {id});
}

QStringList SqlStorage::offersDueBefore(const QDate& day)
{
    // respond_by is YYYY-MM-DD: text order is date order in both dialects (index offers_status_respond_by).
    QSqlQuery& q = m_db->run(QStringLiteral("SELECT id FROM offers WHERE status = 'sent' AND respond_by IS NOT NULL "
                                            "AND respond_by < ? ORDER BY seq, id"),
                             {day.toString(Qt::ISODate)});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    return ids;
}

bool SqlStorage::regionHasRows(const QString& regionId)
{
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        if (table.name == QLatin1String("regions"))
            continue;
        QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE region_id = ?").arg(table.name);
        if (table.name == QLatin1String("accounts")) {
            QString quoted = regionId;
            quoted.replace(QLatin1Char('\''), QLatin1String("''"));
            // An admin's region list means "all regions" and names none of them in particular.
            sql = QStringLiteral("SELECT 1 FROM accounts WHERE role <> 'admin' AND (region_id = ?");
            sql += QStringLiteral(" OR ") +
                   m_db->dialect().jsonArrayOverlaps(QStringLiteral("region_ids"),
                                                     QLatin1Char('\'') + quoted + QLatin1Char('\'')) +
                   QLatin1Char(')');
        }
        if (!m_db->scalar(sql + QStringLiteral(" LIMIT 1"), {regionId}).isNull())
            return true;
    }
    return false;
}

qint64 SqlStorage::takeApplicationNumber(const QString& regionId, int year)
{
    m_db->run(QStringLiteral("INSERT INTO number_counters (region_id, year, next) VALUES (?, ?, 1) "
                             "ON CONFLICT(region_id, year) DO NOTHING"),
              {regionId, year});
    const qint64 number =
        m_db->scalar(QStringLiteral("SELECT next FROM number_counters WHERE region_id = ? AND year = ?"),
                     {regionId, year})
            .toLongLong();
    m_db->run(QStringLiteral("UPDATE number_counters SET next = next + 1 WHERE region_id = ? AND year = ?"),
              {regionId, year});
    return number;
}

ChangeFeedPage SqlStorage::changesAfter(const AccessScope& scope, qint64 afterSeq, int limit, ChangeFeedPage::Form form)
{
    return m_feed->page(scope, afterSeq, limit, form);
}

qint64 SqlStorage::countChangesAfter(const AccessScope& scope, qint64 afterSeq)
{
    return m_feed->countAfter(scope, afterSeq);
}

QStringList SqlStorage::visibleVersions(const QString& table, const AccessScope& scope)
{
    return m_feed->visibleVersions(tableOrThrow(table).name, scope);
}

int SqlStorage::countRows(const QString& table)
{
    return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(tableOrThrow(table).name)).toInt();
}

QVector<CommittedRow> SqlStorage::committedRows(qint64 firstSeq, qint64 lastSeq, int limit)
{
    QVector<CommittedRow> rows;
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        if (rows.size() >= limit)
            break;
        collectRows(table, firstSeq, lastSeq, limit - int(rows.size()), rows);
    }
    if (rows.size() < limit)
        collectTombstones(firstSeq, lastSeq, limit - int(rows.size()), rows);
    return rows;
}

void SqlStorage::collectRows(const Protocol::Table& table, qint64 firstSeq, qint64 lastSeq, int limit,
                             QVector<CommittedRow>& out)
{
    QSqlQuery& q = m_db->run(QStringLiteral("SELECT %1, filed_by, seq FROM %2 WHERE seq >= ? AND seq <= ? LIMIT ?")
                                 .arg(SqlRowCodec::columnList(table), table.name),
                             {firstSeq, lastSeq, limit});
    const int extra = SqlRowCodec::columnCount(table);
    while (q.next())
        out.append(
            {table.name, SqlRowCodec::readRow(table, q), q.value(extra).toString(), q.value(extra + 1).toLongLong()});
    q.finish();
}

void SqlStorage::collectTombstones(qint64 firstSeq, qint64 lastSeq, int limit, QVector<CommittedRow>& out)
{
    QSqlQuery& q = m_db->run(QStringLiteral("SELECT table_name, id, region_id, filed_by, seq FROM tombstones "
                                            "WHERE seq >= ? AND seq <= ? LIMIT ?"),
                             {firstSeq, lastSeq, limit});
    while (q.next()) {
        // published: a tombstone is visible wherever its (old) region is (SqlScopeFilter::forTombstones); an
        // account tombstone holds the JSON array of region ids instead. Poking a socket that sees the new
        // region too costs only an empty pull.
        const QString table = q.value(0).toString();
        QJsonObject row{{QStringLiteral("id"), q.value(1).toString()}, {QStringLiteral("published"), true}};
        if (table == QLatin1String("accounts"))
            row.insert(QStringLiteral("region_ids"), QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array());
        else
            row.insert(QStringLiteral("region_id"), q.value(2).toString());
        out.append({table, row, q.value(3).toString(), q.value(4).toLongLong()});
    }
    q.finish();
}

qint64 SqlStorage::tombstoneHorizon()
{
    return metaValue(QStringLiteral("tombstone_horizon")).toLongLong();
}

int SqlStorage::purgeTombstones(const QDateTime& deletedBefore)
{
    const QString cutoff = deletedBefore.toUTC().toString(Qt::ISODateWithMs);
    beginWrite();
    try {
        const qint64 maxSeq =
            m_db->scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM tombstones WHERE deleted_at < ?"), {cutoff})
                .toLongLong();
        QSqlQuery& q = m_db->run(QStringLiteral("DELETE FROM tombstones WHERE deleted_at < ?"), {cutoff});
        const int removed = q.numRowsAffected();
        if (maxSeq > tombstoneHorizon())
            setMetaValue(QStringLiteral("tombstone_horizon"), QString::number(maxSeq));
        if (removed > 0)
            appendAudit({QString(), QStringLiteral("tombstones.purge"), QStringLiteral("tombstones"), QString(),
                         QStringLiteral("%1 purged").arg(removed)});
        commit();
        return removed;
    } catch (const StorageError&) {
        rollback();
        throw;
    }
}

std::optional<Account> SqlStorage::accountByUsername(const QString& username)
{
    return m_accounts->accountBy(QStringLiteral("username"), username);
}

std::optional<Account> SqlStorage::accountById(const QString& id)
{
    return m_accounts->accountBy(QStringLiteral("id"), id);
}

void SqlStorage::insertAccount(const Account& account, qint64 seq)
{
    m_accounts->insertAccount(account, seq);
}

void SqlStorage::updateAccount(const Account& account, qint64 seq)
{
    m_accounts->updateAccount(account, seq);
}

QVector<Account> SqlStorage::accounts()
{
    return m_accounts->accounts();
}

void SqlStorage::setMustChangePassword(const QString& accountId, bool mustChange)
{
    m_accounts->setMustChangePassword(accountId, mustChange);
}

void SqlStorage::recordSignIn(const QString& accountId, const QString& at)
{
    m_accounts->recordSignIn(accountId, at);
}

void SqlStorage::insertSession(const SessionRecord& session)
{
    m_sessions->insertSession(session);
}

std::optional<SessionRecord> SqlStorage::sessionByAccessHash(const QByteArray& hash)
{
    return m_sessions->sessionBy(QStringLiteral("access_hash"), hash);
}

std::optional<SessionRecord> SqlStorage::sessionByRefreshHash(const QByteArray& hash)
{
    return m_sessions->sessionBy(QStringLiteral("refresh_hash"), hash);
}

void SqlStorage::updateSession(const SessionRecord& session)
{
    m_sessions->updateSession(session);
}

bool SqlStorage::revokeSession(const QString& sessionId)
{
    return m_sessions->revokeSession(sessionId);
}

int SqlStorage::revokeSessionsOf(const QString& accountId, const QString& exceptSessionId)
{
    return m_sessions->revokeSessionsOf(accountId, exceptSessionId);
}

void SqlStorage::retireRefreshHash(const QString& sessionId, const QByteArray& hash)
{
    m_sessions->retireRefreshHash(sessionId, hash);
}

std::optional<SessionRecord> SqlStorage::sessionByRetiredRefreshHash(const QByteArray& hash)
{
    return m_sessions->sessionByRetiredRefreshHash(hash);
}

int SqlStorage::purgeRetiredRefreshHashes(const QDateTime& retiredBefore)
{
    return m_sessions->purgeRetiredRefreshHashes(retiredBefore);
}

QVector<SessionStatus> SqlStorage::sessionStatuses(const QStringList& sessionIds)
{
    return m_sessions->sessionStatuses(sessionIds);
}

std::optional<ClientRecord> SqlStorage::client(const QString& clientId)
{
    return m_accounts->client(clientId);
}

void SqlStorage::saveClient(const ClientRecord& client)
{
    m_accounts->saveClient(client);
}

std::optional<QJsonObject> SqlStorage::recordedResult(const QString& clientId, qint64 mid)
{
    return m_accounts->recordedResult(clientId, mid);
}

void SqlStorage::recordResult(const QString& clientId, qint64 mid, const QJsonObject& result)
{
    m_accounts->recordResult(clientId, mid, result);
}

void SqlStorage::appendAudit(const AuditEvent& event)
{
    m_audit->appendAudit(event);
}

QStringList SqlStorage::claimDueMessages(const QDateTime& now, const QDateTime& leaseUntil, int limit)
{
    return m_mail->claimDueMessages(now, leaseUntil, limit);
}

std::optional<MailAttempt> SqlStorage::mailAttempt(const QString& messageId)
{
    return m_mail->mailAttempt(messageId);
}

void SqlStorage::scheduleMailRetry(const QString& messageId, const QDateTime& next, const QString& error)
{
    m_mail->scheduleMailRetry(messageId, next, error);
}

void SqlStorage::clearMailAttempts(const QString& messageId)
{
    m_mail->clearMailAttempts(messageId);
}

QStringList SqlStorage::offersToRemind(const QDate& from, const QDate& to)
{
    return m_mail->offersToRemind(from, to);
}

void SqlStorage::markOfferReminded(const QString& offerId, const QString& messageId, const QDateTime& at)
{
    m_mail->markOfferReminded(offerId, messageId, at);
}

QVector<AuditRecord> SqlStorage::auditOf(const QString& entity, const QString& entityId)
{
    return m_audit->auditOf(entity, entityId);
}

QVector<AuditEntry> SqlStorage::auditEvents(const AuditQuery& query)
{
    return m_audit->auditEvents(query);
}

QString SqlStorage::metaValue(const QString& key)
{
    return m_db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void SqlStorage::setMetaValue(const QString& key, const QString& value)
{
    m_db->run(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {value, key});
}

QVector<StoredRow> SqlStorage::rowsOfRegion(const QString& table, const QString& regionId)
{
    return m_allocation->rowsOfRegion(table, regionId);
}

void SqlStorage::insertAllocationRun(const AllocationRunRecord& run)
{
    m_allocation->insertRun(run);
}

std::optional<AllocationRunRecord> SqlStorage::allocationRun(const QString& id)
{
    return m_allocation->run(id);
}

QVector<AllocationRunRecord> SqlStorage::allocationRuns(const QString& regionId)
{
    return m_allocation->runsOf(regionId);
}

void SqlStorage::decideAllocationRun(const QString& id, const QString& status, const QString& at, const QString& by)
{
    m_allocation->decideRun(id, status, at, by);
}

QVector<RetentionRecord> SqlStorage::retentionSettings()
{
    return m_privacy->retentionSettings();
}
void SqlStorage::saveRetention(const RetentionRecord& record)
{
    m_privacy->saveRetention(record);
}
int SqlStorage::forgetRecordedRows(const QSet<QString>& ids)
{
    return m_privacy->forgetRecordedRows(ids);
}

std::optional<ExternalIdentity> SqlStorage::identityBySubject(const QString& providerId, const QString& subject)
{
    return m_identities->bySubject(providerId, subject);
}
std::optional<ExternalIdentity> SqlStorage::identityOfAccount(const QString& providerId, const QString& accountId)
{
    return m_identities->byAccount(providerId, accountId);
}
void SqlStorage::linkIdentity(const ExternalIdentity& identity)
{
    m_identities->insert(identity);
}
