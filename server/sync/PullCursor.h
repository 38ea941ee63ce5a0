#pragma once

#include <QString>

// The opaque pull cursor: base64url of "v1:<epoch>:<seq>:<scope fingerprint>:<tombstone horizon>". The epoch
// and the scope fingerprint let the server answer 410 resync_required after a restore or a change of the
// account's scope; the horizon (the purge point when the cursor was made) tells whether tombstones this
// client still needed were purged since. Cursors made before the horizon was added decode with horizon 0.
struct PullCursor {
    QString epoch;
    qint64 seq = 0;
    QString scope;
    qint64 horizon = 0;

    // A purge after this cursor was made may have taken deletes it has not seen yet. A purge before it
    // cannot: whatever the client holds was read after that purge, so its deletes come later, above it.
    bool missedPurgedDeletes(qint64 horizonNow) const { return horizonNow > horizon && seq < horizonNow; }

    QString encode() const;
    // False for anything this server did not make.
    static bool decode(const QString& text, PullCursor* out);
};
