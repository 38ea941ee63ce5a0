#include "FuzzTargets.h"

#include "sync/PullCursor.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstring>

namespace {

bool same(const PullCursor& a, const PullCursor& b)
{
    return a.epoch == b.epoch && a.seq == b.seq && a.scope == b.scope && a.horizon == b.horizon;
}

// Whatever decode() accepted encodes to a cursor that decodes to the same fields.
void checkDecoded(const QString& text)
{
    PullCursor cursor;
    if (!PullCursor::decode(text, &cursor))
        return;
    FUZZ_CHECK(!cursor.epoch.isEmpty() && cursor.seq >= 0 && cursor.horizon >= 0);
    PullCursor again;
    FUZZ_CHECK(PullCursor::decode(cursor.encode(), &again) || cursor.encode().size() > 256);
    if (cursor.encode().size() <= 256)
        FUZZ_CHECK(same(cursor, again));
}

// A cursor the server could make (text without ':' in epoch and scope, numbers >= 0), built from the input:
// encode() then decode() must give it back whenever it is short enough to be accepted.
void checkMade(const QByteArray& bytes)
{
    if (bytes.size() < 16)
        return;
    qint64 seq = 0;
    qint64 horizon = 0;
    std::memcpy(&seq, bytes.constData(), sizeof seq);
    std::memcpy(&horizon, bytes.constData() + 8, sizeof horizon);
    const QList<QByteArray> texts = bytes.mid(16).split('\0');
    PullCursor made;
    made.epoch = QString::fromUtf8(texts.value(0)).remove(QLatin1Char(':'));
    made.scope = QString::fromUtf8(texts.value(1)).remove(QLatin1Char(':'));
    made.seq = seq < 0 ? -(seq + 1) : seq;
    made.horizon = horizon < 0 ? -(horizon + 1) : horizon;
    PullCursor again;
    const bool decoded = PullCursor::decode(made.encode(), &again);
    if (made.epoch.isEmpty() || made.encode().size() > 256) {
        FUZZ_CHECK(!decoded);
        return;
    }
    FUZZ_CHECK(decoded);
    FUZZ_CHECK(same(made, again));
}

} // namespace

int FuzzTargets::pullCursor(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkDecoded(QString::fromUtf8(bytes));
    checkDecoded(QString::fromLatin1(bytes));
    checkMade(bytes);
    return 0;
}
