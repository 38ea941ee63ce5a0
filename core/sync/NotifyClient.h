#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

class ApiClient;

// The notify channel (WS /api/v1/sync/notify): the server pokes after each commit this account may see;
// pokes carry no data, they only say "pull now". Reconnects by itself with growing pauses, and reports
// every (re)connection because changes may have been missed while it was down.
class NotifyClient : public QObject
{
    Q_OBJECT

public:
    explicit NotifyClient(ApiClient& api, QObject* parent = nullptr);
    ~NotifyClient() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }

signals:
    void poked(qint64 seq);
    // Connected and authenticated again: the caller should pull, pokes may have been missed.
    void reconnected();
    void disconnected();

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& message);
    void scheduleReconnect();
    QUrl socketUrl() const;

    ApiClient& m_api;
    QWebSocket m_socket;
    QTimer m_reconnect;
    bool m_running = false;
    bool m_connected = false;
    int m_failures = 0;
};
