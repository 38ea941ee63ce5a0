#pragma once

#include <QtGlobal>

// Numbers of the sync protocol contract (docs/PROTOCOL.md) that both sides must agree on.
namespace Protocol {

inline constexpr int kSchemaVersion = 1;
// The oldest schema_version a push may carry (PushRequest::fromJson): this one and the one before.
inline constexpr int kOldestSchemaVersion = kSchemaVersion > 1 ? kSchemaVersion - 1 : 1;
inline constexpr qint64 kMaxRequestBytes = 8 * 1024 * 1024;
// The largest WebSocket frame or message the notify channel accepts: its one client message is
// {"type":"auth","token":"..."}.
inline constexpr qint64 kMaxNotifyMessageBytes = 4 * 1024;
// Integers in JSON are exact below 2^53 for every JSON reader (a double's mantissa): ids like "mid" stay there.
inline constexpr qint64 kMaxExactInteger = (qint64(1) << 53) - 1;
inline constexpr int kDefaultPullLimit = 1000;
inline constexpr int kMaxPullLimit = 5000;
inline constexpr int kAccessTokenSeconds = 15 * 60;
inline constexpr int kRefreshTokenSeconds = 30 * 24 * 3600;
inline constexpr int kLoginFailureLimit = 5;
inline constexpr int kLoginWindowSeconds = 15 * 60;
// Failed sign-ins from one client address (any user names) within the same window; higher than per name,
// since one office may share an address.
inline constexpr int kLoginAddressFailureLimit = 30;
// Close code of a notify socket whose account's role or regions changed (4000-4999: for applications): the
// token is still good, so the client reconnects at once and its next pull resyncs.
inline constexpr int kNotifyCloseScopeChanged = 4001;
inline constexpr int kMaxPreferences = 5;
inline constexpr int kDefaultPort = 8787;

inline const char* apiBase()
{
    return "/api/v1";
}

} // namespace Protocol
