#include "sync/PullService.h"

#include "protocol/ApiConstants.h"
#include "protocol/CompactPageWriter.h"
#include "service/ServerLogging.h"
#include "storage/ServerStorage.h"
#include "sync/PullCursor.h"

PullService::PullService(ServerStorage& storage)
    : m_storage(storage)
{
}

bool PullService::parseLimit(const QString& text, int* limit) const
{
    if (text.isEmpty()) {
        *limit = Protocol::kDefaultPullLimit;
        return true;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return false;
    *limit = int(qBound(qint64(1), value, qint64(Protocol::kMaxPullLimit)));
    return true;
}

bool PullService::parseCount(const QString& text, bool* count) const
{
    *count = text == QLatin1String("1");
    return text.isEmpty() || text == QLatin1String("0") || *count;
}

bool PullService::wantsCompact(const QByteArray& accept)
{
    for (const QByteArray& range : accept.split(',')) {
        if (range.split(';').first().trimmed().toLower() == CompactPage::mediaType())
            return true;
    }
    return false;
}

ApiReply PullService::compactReply(const Protocol::PullPage& meta, const ChangeFeedPage& feed)
{
    const QVector<RawChange>& changes = feed.raw;
    ApiReply reply;
    reply.contentType = CompactPage::mediaType();
    CompactPageWriter writer(&reply.rawBody);
    writer.begin(meta, CompactPage::syncedTableColumns(), changes.size());
    for (const RawChange& c : changes) {
        if (c.encodedSize > 0)
            writer.appendEncoded(feed.encoded.constData() + c.encodedFrom, c.encodedSize);
        else if (c.deleted)
            writer.remove(c.table, c.seq, c.values.at(0).toString(), c.values.at(1).toLongLong());
        else
            writer.upsert(c.table, c.seq, c.values);
    }
    writer.end();
    return reply;
}

ApiReply PullService::pull(const AuthContext& context, const QUrlQuery& query, const QByteArray& accept)
{
    int limit = 0;
    if (!parseLimit(query.queryItemValue(QStringLiteral("limit")), &limit))
        return ApiReply::error(400, QStringLiteral("malformed"), QStringLiteral("\"limit\" must be a number."));
    bool count = false;
    if (!parseCount(query.queryItemValue(QStringLiteral("count")), &count))
        return ApiReply::error(400, QStringLiteral("malformed"), QStringLiteral("\"count\" must be 0 or 1."));
    const QString epoch = m_storage.epoch();
    const QString scope = context.scope.fingerprint();
    const qint64 horizon = m_storage.tombstoneHorizon();
    PullCursor cursor{epoch, 0, scope, horizon};
    const QString cursorText = query.queryItemValue(QStringLiteral("cursor"));
    if (!cursorText.isEmpty()) {
        if (!PullCursor::decode(cursorText, &cursor))
            return ApiReply::error(400, QStringLiteral("malformed"), QStringLiteral("The cursor is not valid."));
        if (cursor.epoch != epoch || cursor.scope != scope || cursor.missedPurgedDeletes(horizon))
            return ApiReply::error(410, QStringLiteral("resync_required"),
                                   QStringLiteral("The server data or your access changed; a full resync is needed."));
    }
    // Read before the page: when the page reaches the end, the cursor may skip past later invisible seqs.
    const qint64 headSeq = m_storage.currentSeq();
    const bool compact = wantsCompact(accept);
    ChangeFeedPage feed = m_storage.changesAfter(context.scope, cursor.seq, limit,
                                                 compact ? ChangeFeedPage::Form::Raw : ChangeFeedPage::Form::Json);
    if (!feed.hasMore)
        feed.lastSeq = qMax(feed.lastSeq, headSeq);
    Protocol::PullPage page;
    page.epoch = epoch;
    page.cursor = PullCursor{epoch, feed.lastSeq, scope, horizon}.encode();
    page.hasMore = feed.hasMore;
    page.changes = feed.changes;
    if (count)
        page.remaining = m_storage.countChangesAfter(context.scope, feed.lastSeq);
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"));
    if (!clientId.isEmpty()) {
        const std::optional<ClientRecord> client = m_storage.client(clientId);
        if (client && client->accountId == context.account.id)
            page.lastMutationId = client->lastMutationId;
    }
    qCDebug(lcServerSync) << "pull" << page.changes.size() + feed.raw.size() << "changes up to seq" << feed.lastSeq;
    return compact ? compactReply(page, feed) : ApiReply::ok(page.toJson());
}
