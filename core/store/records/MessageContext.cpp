#include "store/records/MessageContext.h"

#include "store/records/RecordQuery.h"

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// The offer a parent still has to answer, newest first; else the newest at all.
QJsonObject currentOffer(const RecordQuery& records, const QString& applicationId)
{
    const QVector<QJsonObject> offers =
        records.rowsWhere(s("offers"), s("application_id"), applicationId, s("updated_at"));
    for (auto it = offers.crbegin(); it != offers.crend(); ++it) {
        const QString status = it->value(s("status")).toString();
        if (status == QLatin1String("sent") || status == QLatin1String("proposed"))
            return *it;
    }
    return offers.isEmpty() ? QJsonObject() : offers.last();
}

} // namespace

MessageRows MessageContext::rows(const LocalCache& cache, const QString& parentId, const QString& applicationId)
{
    const RecordQuery records(cache);
    MessageRows rows;
    rows.parent = records.row(s("parents"), parentId);
    if (applicationId.isEmpty())
        return rows;
    rows.application = records.row(s("applications"), applicationId);
    rows.child = records.row(s("children"), rows.application.value(s("child_id")).toString());
    rows.offer = currentOffer(records, applicationId);
    rows.location = records.row(s("locations"), rows.offer.value(s("location_id")).toString());
    return rows;
}
