#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"

class ServerStorage;

// GET /api/v1/sync/digest (docs/PROTOCOL.md): per synced table the count and SHA-256 (hex) over the sorted lines
// "id:version\n" of the rows the caller may see, plus the seq it was computed at.
class DigestService
{
public:
    explicit DigestService(ServerStorage& storage);

    ApiReply digest(const AuthContext& context);
    // The same computation for any scope (tests and operators).
    QJsonObject compute(const AccessScope& scope);

private:
    ServerStorage& m_storage;
};
