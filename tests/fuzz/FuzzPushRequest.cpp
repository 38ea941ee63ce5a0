#include "FuzzTargets.h"

#include "domain/RowValidator.h"
#include "protocol/ApiConstants.h"
#include "protocol/JsonChecks.h"
#include "protocol/SyncMessages.h"
#include "protocol/TableSchema.h"
#include "sync/RowValues.h"
#include "sync/UpdateMerge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool sameMutation(const Protocol::Mutation& a, const Protocol::Mutation& b)
{
    return a.mid == b.mid && a.table == b.table && a.op == b.op && a.id == b.id && a.baseVersion == b.baseVersion &&
           a.row == b.row && a.changes == b.changes;
}

// What the server accepts for a field is what storage keeps: through the SQL value and back, and through
// UTF-8 (both databases store text as UTF-8), it comes out equal.
void checkSurvivesStorage(Protocol::FieldType type, const QJsonValue& value)
{
    const QVariant sql = Protocol::toSqlValue(type, value);
    if (sql.typeId() == QMetaType::QString)
        FUZZ_CHECK(QString::fromUtf8(sql.toString().toUtf8()) == sql.toString());
    const QJsonValue back = Protocol::fromSqlValue(type, sql);
    if (type == Protocol::FieldType::Integer || type == Protocol::FieldType::Real)
        FUZZ_CHECK(back.toDouble() == value.toDouble() && back.isDouble() == value.isDouble());
    else
        FUZZ_CHECK(back == value);
}

// A plausible stored row of the table: what updates are merged onto.
QJsonObject currentRow(const Protocol::Table& table)
{
    QJsonObject row{{QStringLiteral("id"), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")},
                    {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                    {QStringLiteral("version"), 3}};
    for (const Protocol::Field& f : table.fields) {
        switch (f.type) {
        case Protocol::FieldType::Text:
            row.insert(f.name, QStringLiteral("tekst"));
            break;
        case Protocol::FieldType::Integer:
            row.insert(f.name, 4);
            break;
        case Protocol::FieldType::Real:
            row.insert(f.name, 51.2);
            break;
        case Protocol::FieldType::Bool:
            row.insert(f.name, true);
            break;
        case Protocol::FieldType::Json:
            row.insert(f.name, QJsonArray());
            break;
        }
    }
    return row;
}

// The insert's row as the server builds it (RowValues::insertRow): every value it keeps is normalised for good
// and survives storage; then RowValidator on the row.
void checkInsert(const Protocol::Table& table, const Protocol::Mutation& m)
{
    QJsonObject row;
    QString reason;
    if (!RowValues::insertRow(m, &row, &reason)) {
        FUZZ_CHECK(reason.startsWith(QLatin1String("invalid: ")));
        return;
    }
    for (const Protocol::Field& f : table.fields) {
        FUZZ_CHECK(row.contains(f.name));
        const QJsonValue value = row.value(f.name);
        FUZZ_CHECK(RowValues::normalize(f.type, value) == value);
        FUZZ_CHECK(RowValues::problem(f.type, value).isEmpty());
        checkSurvivesStorage(f.type, value);
    }
    const QVector<FieldError> errors = RowValidator::validate(table.name, row);
    FUZZ_CHECK(errors.isEmpty() == RowValidator::summary(errors).isEmpty());
}

// UpdateMerge on a fixed current row: applied fields hold what storage keeps, none is also a conflict.
// A number is compared as it was sent: normalising an update's "old" (never type-checked) keeps its value.
void checkOldValues(const Protocol::Table& table, const Protocol::Mutation& m)
{
    for (auto it = m.changes.begin(); it != m.changes.end(); ++it) {
        Protocol::FieldType type;
        const QJsonValue old = it.value().toObject().value(QLatin1String("old"));
        if (RowValues::writableFieldType(table, it.key(), &type) && old.isDouble() &&
            (type == Protocol::FieldType::Integer || type == Protocol::FieldType::Real))
            FUZZ_CHECK(RowValues::normalize(type, old).toDouble() == old.toDouble());
    }
}

void checkUpdate(const Protocol::Table& table, const Protocol::Mutation& m)
{
    checkOldValues(table, m);
    UpdateMerge merge(table, currentRow(table));
    QString reason;
    if (!merge.run(m.changes, &reason)) {
        FUZZ_CHECK(reason.startsWith(QLatin1String("invalid: ")));
        return;
    }
    for (const QString& name : merge.appliedFields()) {
        FUZZ_CHECK(!merge.conflictFields().contains(name));
        Protocol::FieldType type;
        FUZZ_CHECK(RowValues::writableFieldType(table, name, &type));
        checkSurvivesStorage(type, merge.mergedRow().value(name));
    }
    RowValidator::validate(table.name, merge.mergedRow());
}

void checkMutation(const Protocol::Mutation& m)
{
    FUZZ_CHECK(m.mid >= 1 && m.mid <= Protocol::kMaxExactInteger);
    FUZZ_CHECK(m.baseVersion >= 0 && m.baseVersion <= Protocol::kMaxExactInteger);
    FUZZ_CHECK(JsonChecks::isWellFormed(m.id) && !m.id.isEmpty());
    const Protocol::Table* table = Protocol::findTable(m.table);
    FUZZ_CHECK(table != nullptr);
    if (m.op == Protocol::Mutation::Op::Insert)
        checkInsert(*table, m);
    else if (m.op == Protocol::Mutation::Op::Update)
        checkUpdate(*table, m);
}

} // namespace

int FuzzTargets::pushRequest(const uint8_t* data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    QString error;
    Protocol::PushRequest::Refusal refusal = Protocol::PushRequest::Refusal::None;
    const std::optional<Protocol::PushRequest> request =
        Protocol::PushRequest::fromJson(doc.object(), &error, &refusal);
    if (!request) {
        // The server answers these 400 malformed and 426 upgrade_required (PushService), telling what is wrong.
        FUZZ_CHECK(refusal == Protocol::PushRequest::Refusal::Malformed ||
                   refusal == Protocol::PushRequest::Refusal::SchemaVersion);
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(refusal == Protocol::PushRequest::Refusal::None);
    FUZZ_CHECK(JsonChecks::isWellFormed(request->clientId));
    // What was accepted, written out as the client writes it, reads back the same.
    const std::optional<Protocol::PushRequest> again = Protocol::PushRequest::fromJson(request->toJson(), &error);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->clientId == request->clientId && again->schemaVersion == request->schemaVersion);
    FUZZ_CHECK(again->mutations.size() == request->mutations.size());
    for (qsizetype i = 0; i < request->mutations.size(); ++i) {
        FUZZ_CHECK(sameMutation(request->mutations.at(i), again->mutations.at(i)));
        checkMutation(request->mutations.at(i));
    }
    return 0;
}
