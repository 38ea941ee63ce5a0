#include "detail/RecordHistory.h"

#include "sync/ApiResult.h"

void RecordHistory::request(const QString& table, const QString& id, bool online, QObject* owner,
                            std::function<void()> arrived)
{
    const quint64 request = ++m_request;
    if (!online || !m_source) {
        m_state = HistoryHtml::State::Offline;
        return;
    }
    // A refresh keeps what is shown until the new answer is in, so the section does not flicker.
    if (m_state != HistoryHtml::State::Loaded)
        m_state = HistoryHtml::State::Loading;
    QPointer<QObject> alive(owner);
    m_source(table, id, [this, alive, request, arrived = std::move(arrived)](const ApiResult& reply) {
        if (!alive || request != m_request)
            return;
        apply(reply);
        arrived();
    });
}

void RecordHistory::reset()
{
    forget();
    m_entries = QJsonArray();
    m_failure.clear();
}

void RecordHistory::forget()
{
    ++m_request;
    m_state = HistoryHtml::State::Offline;
}

void RecordHistory::apply(const ApiResult& reply)
{
    if (reply.ok()) {
        m_state = HistoryHtml::State::Loaded;
        m_entries = reply.json.value(QLatin1String("entries")).toArray();
    } else if (reply.networkError) {
        m_state = HistoryHtml::State::Offline;
    } else if (reply.status == 404) {
        // Not on the server (yet, or no longer visible): the record has only the local changes shown.
        m_state = HistoryHtml::State::Loaded;
        m_entries = QJsonArray();
    } else {
        m_state = HistoryHtml::State::Failed;
        m_failure = reply.describe();
    }
}

QString RecordHistory::html(const QVector<QJsonObject>& pending) const
{
    return HistoryHtml::render(m_state, m_entries, m_failure, pending);
}
