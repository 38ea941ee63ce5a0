#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"
#include "storage/ServerStorage.h"

#include <QUrlQuery>

// GET /api/v1/sync/pull (docs/PROTOCOL.md): one page of the change feed the caller may see. With count=1 the page
// also says how many changes will follow it ("remaining"); clients ask on the first page of a round only. A client
// whose Accept header names application/cbor gets the compact page (CompactPage), any other the JSON page: older
// clients keep working against this server, and this client reads either.
class PullService
{
public:
    explicit PullService(ServerStorage& storage);

    ApiReply pull(const AuthContext& context, const QUrlQuery& query, const QByteArray& accept = QByteArray());
    static bool wantsCompact(const QByteArray& accept);

private:
    static ApiReply compactReply(const Protocol::PullPage& meta, const ChangeFeedPage& feed);

    bool parseLimit(const QString& text, int* limit) const;
    bool parseCount(const QString& text, bool* count) const;

    ServerStorage& m_storage;
};
