#include "info/PublicLocations.h"

#include "domain/InfoSheet.h"
#include "domain/RegionCatalog.h"
#include "storage/ServerStorage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {

// The fields a location publishes about itself; everything else of the row stays inside.
const QStringList& publicFields()
{
    static const QStringList fields{QStringLiteral("id"),
                                    QStringLiteral("region_id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("kind"),
                                    QStringLiteral("organiser"),
                                    QStringLiteral("street"),
                                    QStringLiteral("house_number"),
                                    QStringLiteral("postcode"),
                                    QStringLiteral("municipality"),
                                    QStringLiteral("lat"),
                                    QStringLiteral("lon"),
                                    QStringLiteral("capacity"),
                                    QStringLiteral("age_min_months"),
                                    QStringLiteral("age_max_months"),
                                    QStringLiteral("opening_hours"),
                                    QStringLiteral("tariff"),
                                    QStringLiteral("languages"),
                                    QStringLiteral("phone"),
                                    QStringLiteral("email")};
    return fields;
}

const QByteArray kCacheControl = QByteArrayLiteral("public, max-age=60");

} // namespace

PublicLocations::PublicLocations(ServerStorage& storage)
    : m_storage(storage)
{
}

QJsonObject PublicLocations::publicRow(const StoredRow& stored, const QString& lang)
{
    QJsonObject out;
    for (const QString& field : publicFields())
        out.insert(field, stored.row.value(field));
    const InfoSheet sheet = InfoSheet::fromJson(stored.row.value(QLatin1String("info")));
    QJsonObject texts;
    QJsonObject served;
    for (const QString& field : InfoSheet::fieldNames()) {
        QString servedLang;
        const QString text = sheet.resolved(lang, field, &servedLang);
        if (text.isEmpty())
            continue;
        texts.insert(field, text);
        served.insert(field, servedLang);
    }
    out.insert(QStringLiteral("info"), texts);
    out.insert(QStringLiteral("info_languages"), served);
    return out;
}

QByteArray PublicLocations::etagOf(const QJsonObject& body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

bool PublicLocations::matches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

ApiReply PublicLocations::list(const QUrlQuery& query, const QByteArray& ifNoneMatch)
{
    const QString region = query.queryItemValue(QStringLiteral("region_id"));
    const QString lang = query.hasQueryItem(QStringLiteral("lang")) ? query.queryItemValue(QStringLiteral("lang"))
                                                                    : InfoSheet::fallbackLanguage();
    if (!RegionCatalog::isRegionId(region))
        return ApiReply::error(400, QStringLiteral("malformed"),
                               QStringLiteral("region_id: must be antwerpen, mechelen or turnhout"));
    if (!InfoSheet::languages().contains(lang))
        return ApiReply::error(400, QStringLiteral("malformed"), QStringLiteral("lang: must be nl, fr or en"));
    // By name, then id, compared as the same code units on both dialects (a database collation would differ).
    QVector<StoredRow> rows = m_storage.publishedLocations(region);
    std::sort(rows.begin(), rows.end(), [](const StoredRow& a, const StoredRow& b) {
        const QString nameA = a.row.value(QLatin1String("name")).toString();
        const QString nameB = b.row.value(QLatin1String("name")).toString();
        return nameA != nameB
                   ? nameA < nameB
                   : a.row.value(QLatin1String("id")).toString() < b.row.value(QLatin1String("id")).toString();
    });
    QJsonArray locations;
    for (const StoredRow& stored : qAsConst(rows))
        locations.append(publicRow(stored, lang));
    const QJsonObject body{{QStringLiteral("region_id"), region},
                           {QStringLiteral("lang"), lang},
                           {QStringLiteral("fallback_lang"), InfoSheet::fallbackLanguage()},
                           {QStringLiteral("locations"), locations}};
    const QByteArray etag = etagOf(body);
    ApiReply reply = ApiReply::ok(body);
    if (matches(ifNoneMatch, etag)) {
        reply.status = 304;
        reply.body = QJsonObject();
    }
    reply.headers = {{QByteArrayLiteral("ETag"), etag}, {QByteArrayLiteral("Cache-Control"), kCacheControl}};
    return reply;
}
