#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

class ApiClient;

// The notify channel (WS /api/v1/sync/notify): the server pokes after each commit this account may see;
// pokes carry no data, they only say "pull now". Reconnects by itself with growing pauses, and reports
// every (re)connection because changes may have been missed while it was down. How it treats the server's
// close codes (docs/PROTOCOL.md "Sessions"): 1008, the token was refused, is answered by one authenticated
// request (which refreshes the token) and a reconnect only if that worked, so a dead session never hammers
// the server; 4001, the account's scope changed, by a prompt reconnect and pull, which resyncs. A wss:// socket
// trusts what the ApiClient trusts (its TLS configuration, TlsTrust).
class NotifyClient : public QObject
{
    Q_OBJECT

public:
    explicit NotifyClient(ApiClient& api, QObject* parent = nullptr);
    ~NotifyClient() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    // The server refused the session (revoked, account disabled): no reconnects until a refresh works again
    // (ApiClient::tokensRotated) or start() is called after a new sign-in.
    bool isDormant() const { return m_dormant; }
    // Why the server's certificate was last refused (TlsTrust::describe); empty once a connection worked.
    QString tlsRefusal() const { return m_tlsRefusal; }

signals:
    void poked(qint64 seq);
    // Connected and authenticated again: the caller should pull, pokes may have been missed.
    void reconnected();
    void disconnected();
    // The wss:// server's certificate was refused (see tlsRefusal()); the client keeps backing off and retrying.
    void tlsRefused(const QString& message);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& message);
    void onRefused();
    void onSocketError();
    void scheduleReconnect();
    QUrl socketUrl() const;

    ApiClient& m_api;
    QWebSocket m_socket;
    QTimer m_reconnect;
    bool m_running = false;
    bool m_connected = false; // authenticated: the server said "ready"
    bool m_dormant = false;   // the session ended: no reconnect until a new token or start()
    int m_failures = 0;
    QString m_tlsRefusal;
};
