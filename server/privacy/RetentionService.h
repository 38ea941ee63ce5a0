#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"
#include "storage/RetentionRecord.h"

#include <optional>

class ServerStorage;

// How long each region keeps personal data (docs/PROTOCOL.md "Anonymisation", retention): GET lists every region
// with its setting (the defaults where none was saved), PUT saves one region's, checked and audited. Admin only.
class RetentionService
{
public:
    explicit RetentionService(ServerStorage& storage);

    ApiReply list(const AuthContext& context);
    ApiReply save(const AuthContext& context, const QString& regionId, const QJsonObject& body);

    // The region's setting: the saved one, else the defaults.
    RetentionRecord of(const QString& regionId);
    static QJsonObject toJson(const RetentionRecord& record);
    // 403 for every account but an admin.
    static std::optional<ApiReply> refusal(const AuthContext& context);

    static constexpr int kMinYears = 1;
    static constexpr int kMaxYears = 100;

private:
    ServerStorage& m_storage;
};
