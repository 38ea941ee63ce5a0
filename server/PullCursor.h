#pragma once

#include <QString>

// The opaque pull cursor: base64url of "v1:<epoch>:<seq>:<scope fingerprint>". The epoch and the scope
// fingerprint let the server answer 410 resync_required after a restore or a change of the account's scope.
struct PullCursor {
    QString epoch;
    qint64 seq = 0;
    QString scope;

    QString encode() const;
    // False for anything this server did not make.
    static bool decode(const QString& text, PullCursor* out);
};
