#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"

#include <QUrlQuery>

class ServerStorage;

// GET /api/v1/sync/pull (docs/PROTOCOL.md): one page of the change feed the caller may see. With count=1 the page
// also says how many changes will follow it ("remaining"); clients ask on the first page of a round only.
class PullService
{
public:
    explicit PullService(ServerStorage& storage);

    ApiReply pull(const AuthContext& context, const QUrlQuery& query);

private:
    bool parseLimit(const QString& text, int* limit) const;
    bool parseCount(const QString& text, bool* count) const;

    ServerStorage& m_storage;
};
