#include "ConflictTestData.h"

#include "TestChanges.h"
#include "UiTestData.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"
#include "store/write/PullApplier.h"
#include "sync/OutboxBatch.h"

#include <QDateTime>
#include <QJsonArray>

namespace {
Protocol::PullPage pageOf(LocalCache& cache, const QVector<Protocol::Change>& changes)
{
    Protocol::PullPage page;
    page.cursor = cache.state(QStringLiteral("cursor"));
    page.epoch = cache.state(QStringLiteral("epoch"));
    page.changes = changes;
    return page;
}
} // namespace

bool ConflictTestData::settleLast(LocalCache& cache, Protocol::MutationStatus status, const QJsonObject& serverRow,
                                  const QString& reason, QString* error)
{
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 1000, error);
    if (queued.isEmpty()) {
        *error = QStringLiteral("nothing queued to settle");
        return false;
    }
    if (!OutboxBatch::markSent(cache, {queued.last()}, error))
        return false;
    Protocol::MutationResult result;
    result.mid = queued.last().mid;
    result.status = status;
    result.serverRow = serverRow;
    result.reason = reason;
    result.version = serverRow.value(QLatin1String("version")).toInteger();
    Protocol::PushResponse response;
    response.lastMutationId = result.mid;
    response.results = {result};
    return OutboxBatch::settle(cache, response, error);
}

bool ConflictTestData::fill(LocalCache& cache, const UiTestData& data, QString* error)
{
    LocalWriter writer(cache);
    const RecordQuery records(cache);
    const QString changedAt = QDateTime::currentDateTimeUtc().addSecs(-25 * 60).toString(Qt::ISODate);

    // The colleague who changed Ayşe Çelik meanwhile, as the synced accounts table names her.
    writerAccountId = Uuid::v7();
    const Protocol::Change account =
        TestChanges(QStringLiteral("antwerpen"))
            .upsert(QStringLiteral("accounts"), writerAccountId,
                    {{QStringLiteral("username"), QStringLiteral("els.janssens")},
                     {QStringLiteral("display_name"), writerName},
                     {QStringLiteral("role"), QStringLiteral("counter")},
                     {QStringLiteral("region_ids"), QJsonArray{QStringLiteral("antwerpen")}},
                     {QStringLiteral("active"), true}});
    PullApplier accounts(cache);
    if (!accounts.apply(pageOf(cache, {account}), error))
        return false;

    conflictParentId = data.celikParentId;
    QJsonObject theirs = records.row(QStringLiteral("parents"), conflictParentId);
    theirs.insert(QStringLiteral("email"), theirEmail);
    theirs.insert(QStringLiteral("phone"), theirPhone);
    theirs.insert(QStringLiteral("street"), theirStreet);
    theirs.insert(QStringLiteral("version"), 3);
    theirs.insert(QStringLiteral("updated_at"), changedAt);
    theirs.insert(QStringLiteral("updated_by"), writerAccountId);
    if (!writer.update(QStringLiteral("parents"), conflictParentId,
                       {{QStringLiteral("email"), myEmail}, {QStringLiteral("phone"), myPhone}}, error) ||
        !settleLast(cache, Protocol::MutationStatus::Conflict, theirs,
                    QStringLiteral("changed meanwhile: email, phone"), error))
        return false;

    refusedParentId = Uuid::v7();
    const QJsonObject jan{{QStringLiteral("id"), refusedParentId},
                          {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                          {QStringLiteral("first_name"), QStringLiteral("Jan")},
                          {QStringLiteral("last_name"), QStringLiteral("Peeters")},
                          {QStringLiteral("email"), refusedEmail},
                          {QStringLiteral("phone"), QStringLiteral("+32476111222")},
                          {QStringLiteral("postcode"), QStringLiteral("2018")},
                          {QStringLiteral("municipality"), QStringLiteral("Antwerpen")},
                          {QStringLiteral("language"), QStringLiteral("nl")},
                          {QStringLiteral("contact_preference"), QStringLiteral("email")}};
    if (!writer.insert(QStringLiteral("parents"), jan, error) ||
        !settleLast(cache, Protocol::MutationStatus::Rejected, QJsonObject(),
                    QStringLiteral("invalid: email: is not accepted by the mail server"), error))
        return false;

    const QJsonObject family5 =
        records.rowsWhere(QStringLiteral("parents"), QStringLiteral("house_number"), QStringLiteral("6")).value(0);
    goneParentId = family5.value(QLatin1String("id")).toString();
    if (!writer.update(QStringLiteral("parents"), goneParentId, {{QStringLiteral("notes"), goneNote}}, error) ||
        !settleLast(cache, Protocol::MutationStatus::Gone, QJsonObject(),
                    QStringLiteral("this record was deleted, or it is no longer in your regions"), error))
        return false;
    Protocol::Change tombstone;
    tombstone.table = QStringLiteral("parents");
    tombstone.id = goneParentId;
    tombstone.deleted = true;
    PullApplier pull(cache);
    if (!pull.apply(pageOf(cache, {tombstone}), error))
        return false;

    const QJsonObject existing = records.row(QStringLiteral("applications"), data.celikApplicationId);
    duplicateApplicationId = Uuid::v7();
    QJsonObject second{{QStringLiteral("id"), duplicateApplicationId},
                       {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                       {QStringLiteral("child_id"), existing.value(QLatin1String("child_id"))},
                       {QStringLiteral("parent_id"), existing.value(QLatin1String("parent_id"))},
                       {QStringLiteral("status"), QStringLiteral("submitted")},
                       {QStringLiteral("desired_start"), QStringLiteral("2027-03-01")},
                       {QStringLiteral("start_flexibility_weeks"), 2},
                       {QStringLiteral("channel"), QStringLiteral("counter")}};
    return writer.insert(QStringLiteral("applications"), second, error) &&
           settleLast(cache, Protocol::MutationStatus::Duplicate, existing,
                      QStringLiteral("this child already has an open application"), error);
}

bool ConflictTestData::fillDuplicateParent(LocalCache& cache, const UiTestData& data, QString* error)
{
    LocalWriter writer(cache);
    const RecordQuery records(cache);
    QJsonObject existing = records.row(QStringLiteral("parents"), data.celikParentId);
    existing.insert(QStringLiteral("updated_by"), writerAccountId);
    duplicateParentId = Uuid::v7();
    duplicateChildId = Uuid::v7();
    refusedApplicationId = Uuid::v7();
    const QString region = QStringLiteral("antwerpen");
    // Typed at the desk without the special letters; the national number gives her away.
    const QJsonObject parent{{QStringLiteral("id"), duplicateParentId},
                             {QStringLiteral("region_id"), region},
                             {QStringLiteral("first_name"), QStringLiteral("Ayse")},
                             {QStringLiteral("last_name"), QStringLiteral("Celik")},
                             {QStringLiteral("national_number"), QStringLiteral("85.07.30-033.28")},
                             {QStringLiteral("phone"), QStringLiteral("+32470123456")},
                             {QStringLiteral("language"), QStringLiteral("nl")},
                             {QStringLiteral("notes"), duplicateNotes}};
    const QJsonObject child{{QStringLiteral("id"), duplicateChildId},
                            {QStringLiteral("region_id"), region},
                            {QStringLiteral("parent_id"), duplicateParentId},
                            {QStringLiteral("first_name"), QStringLiteral("Yusuf")},
                            {QStringLiteral("last_name"), QStringLiteral("Celik")},
                            {QStringLiteral("expected_birth_date"), QStringLiteral("2027-05-20")}};
    const QJsonObject application{{QStringLiteral("id"), refusedApplicationId},
                                  {QStringLiteral("region_id"), region},
                                  {QStringLiteral("child_id"), duplicateChildId},
                                  {QStringLiteral("parent_id"), duplicateParentId},
                                  {QStringLiteral("status"), QStringLiteral("submitted")},
                                  {QStringLiteral("desired_start"), QStringLiteral("2027-09-01")},
                                  {QStringLiteral("channel"), QStringLiteral("counter")}};
    return writer.insert(QStringLiteral("parents"), parent, error) &&
           settleLast(cache, Protocol::MutationStatus::Duplicate, existing,
                      QStringLiteral("a parent with this national number already exists"), error) &&
           writer.insert(QStringLiteral("children"), child, error) &&
           settleLast(cache, Protocol::MutationStatus::Applied, QJsonObject(), QString(), error) &&
           writer.insert(QStringLiteral("applications"), application, error) &&
           settleLast(cache, Protocol::MutationStatus::Rejected, QJsonObject(),
                      QStringLiteral("invalid: parent_id: the parent does not exist"), error);
}
