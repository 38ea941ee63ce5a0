#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

// The "History" section of the detail panel: the row's changes as the server recorded them (when in local
// time, who, which fields in plain words; newest first), with the local changes not sent yet on top. The
// server's part needs a connection; offline the section says so and still lists the local changes.
class HistoryHtml
{
    Q_DECLARE_TR_FUNCTIONS(HistoryHtml)

public:
    enum class State { Offline, Loading, Loaded, Failed };

    // entries: the "entries" of GET /api/v1/history; pending: RecordQuery::pendingFor().
    static QString render(State state, const QJsonArray& entries, const QString& failure,
                          const QVector<QJsonObject>& pending);

private:
    static QString serverPart(State state, const QJsonArray& entries, const QString& failure);
    static QString entry(const QJsonObject& entry);
    static QString pendingEntry(const QJsonObject& pending);
    static QString whatChanged(const QString& action, const QJsonArray& fields);
};
