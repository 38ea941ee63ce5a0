#pragma once

#include "http/ApiReply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

class ServerStorage;
struct StoredRow;

// GET /api/v1/public/locations?region_id=&lang= (docs/PROTOCOL.md "Info sheets"): what the parents' website shows,
// without signing in. Published locations of one region only, only the fields a location publishes itself (never a
// row of a family, never an unpublished location), the info sheet in `lang` with the nl text where `lang` has none.
// The answer carries an ETag over its body, so the website asks again cheaply (If-None-Match → 304).
class PublicLocations
{
public:
    explicit PublicLocations(ServerStorage& storage);

    ApiReply list(const QUrlQuery& query, const QByteArray& ifNoneMatch);

    static QByteArray etagOf(const QJsonObject& body);
    static bool matches(const QByteArray& ifNoneMatch, const QByteArray& etag);

private:
    static QJsonObject publicRow(const StoredRow& stored, const QString& lang);

    ServerStorage& m_storage;
};
