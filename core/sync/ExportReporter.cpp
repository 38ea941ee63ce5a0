#include "ExportReporter.h"

#include "ApiClient.h"
#include "AuditClient.h"
#include "SyncLog.h"
#include "store/cache/LocalCache.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>

ExportReporter::ExportReporter(LocalCache& cache, ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
}

QJsonArray ExportReporter::pending() const
{
    return QJsonDocument::fromJson(m_cache.state(QLatin1String(kStateKey)).toUtf8()).array();
}

void ExportReporter::setPending(const QJsonArray& reports)
{
    m_cache.setState(QLatin1String(kStateKey),
                     reports.isEmpty() ? QString()
                                       : QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Compact)));
}

void ExportReporter::enqueue(const QJsonObject& body)
{
    QJsonArray reports = pending();
    reports.append(body);
    setPending(reports);
    qCInfo(lcSync) << "export report kept until the server can be reached:" << reports.size() << "waiting";
}

void ExportReporter::report(const QString& entity, qint64 rows, const QString& format, bool online)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!online) {
        enqueue(AuditClient::exportBody(entity, rows, format, QString(), now));
        return;
    }
    const QJsonObject body = AuditClient::exportBody(entity, rows, format, QString());
    QPointer<ExportReporter> self(this); // the window (and this) may close before the answer
    AuditClient(m_api).reportExport(body, [self, this, entity, rows, format, now](const ApiResult& result) {
        if (!self)
            return;
        if (result.networkError)
            enqueue(AuditClient::exportBody(entity, rows, format, QString(), now));
        else if (!result.ok())
            qCWarning(lcSync) << "the server refused an export report:" << result.status << result.error.code;
        else
            emit reported(QStringLiteral("export.") + format);
    });
}

void ExportReporter::flush()
{
    if (m_flushing || pending().isEmpty())
        return;
    m_flushing = true;
    sendNext();
}

void ExportReporter::sendNext()
{
    const QJsonArray reports = pending();
    if (reports.isEmpty()) {
        m_flushing = false;
        return;
    }
    const QJsonObject body = reports.first().toObject();
    QPointer<ExportReporter> self(this);
    AuditClient(m_api).reportExport(body, [self, this, body](const ApiResult& result) {
        if (!self)
            return;
        if (result.networkError) {
            m_flushing = false; // still offline: the next flush tries again
            return;
        }
        QJsonArray left = pending();
        if (!left.isEmpty() && left.first().toObject() == body)
            left.removeFirst();
        setPending(left);
        if (result.ok())
            emit reported(body.value(QLatin1String("format")).toString().prepend(QLatin1String("export.")));
        else
            qCWarning(lcSync) << "the server refused a waiting export report:" << result.status << result.error.code;
        sendNext();
    });
}
