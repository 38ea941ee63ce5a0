#pragma once

#include "ApiReply.h"
#include "AuthContext.h"

#include <QUrlQuery>

class ServerStorage;

// GET /api/v1/sync/pull (DESIGN §4): one page of the change feed the caller may see.
class PullService
{
public:
    explicit PullService(ServerStorage& storage);

    ApiReply pull(const AuthContext& context, const QUrlQuery& query);

private:
    bool parseLimit(const QString& text, int* limit) const;

    ServerStorage& m_storage;
};
