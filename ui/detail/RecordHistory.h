#pragma once

#include "detail/HistoryHtml.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>
#include <functional>

struct ApiResult;

// A record's history as the server tells it (GET /api/v1/history), for a page that shows one record at a time: the
// detail panel and the locations page. It keeps what was last received, asks again without flickering (what is shown
// stays until the new answer is in), drops an answer that arrives for a record no longer shown, and reads the
// server's answers the one way (404: only the local changes; no network: offline).
class RecordHistory
{
public:
    using Reply = std::function<void(const ApiResult&)>;
    // Starts GET /history for a row and calls back later (never blocks); the main window passes ApiClient.
    using Source = std::function<void(const QString& table, const QString& id, Reply done)>;

    void setSource(Source source) { m_source = std::move(source); }
    // Asks for table/id; `arrived` runs after an answer changed the state, unless `owner` is gone or a later request
    // or forget() came first. Without a source or offline the state becomes Offline and nothing is asked.
    void request(const QString& table, const QString& id, bool online, QObject* owner, std::function<void()> arrived);
    // Another record: what was received belongs to the last one.
    void reset();
    // An answer still on its way is no longer wanted (offline, or nothing shown).
    void forget();

    // The section as HistoryHtml draws it, with the record's changes not sent yet.
    QString html(const QVector<QJsonObject>& pending) const;
    HistoryHtml::State state() const { return m_state; }

private:
    void apply(const ApiResult& reply);

    Source m_source;
    HistoryHtml::State m_state = HistoryHtml::State::Offline;
    QJsonArray m_entries;
    QString m_failure;
    quint64 m_request = 0;
};
