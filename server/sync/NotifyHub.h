#pragma once

#include "auth/AuthContext.h"
#include "storage/ServerStorage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

class AuthService;
class QWebSocket;

// WS /api/v1/sync/notify (docs/PROTOCOL.md "Notify"): authenticated sockets get {"type":"poke","seq":N} after
// each commit that touched a row their account may see. The token comes in the Authorization header of the
// upgrade request or as the first text message {"type":"auth","token":"..."}; a bad token, a wrong path or no
// token within 10 s closes the socket with 1008. Pokes carry no data.
//
// A socket lives no longer than its session and its account's scope (docs/PROTOCOL.md "Sessions"): a sweep
// re-reads the sessions and accounts of all open sockets in one query and closes those whose session was
// revoked or whose account was disabled (1008), or whose role or regions changed (4001). It runs every few
// seconds, because an operator's `account` subcommand or another server instance changes the database
// without telling this one, and at once after this instance revoked a session or committed an account row.
class NotifyHub : public QObject
{
    Q_OBJECT
public:
    NotifyHub(AuthService& auth, ServerStorage& storage, QObject* parent = nullptr);
    ~NotifyHub() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    // Called after a commit of this instance with the rows it wrote (for a delete: as it was): one poke to
    // every socket that may see at least one of them, with the highest seq among those it may see.
    void notifyCommit(const QVector<CommittedRow>& rows);
    // A commit of another server instance (PostgreSQL NOTIFY): one poke with the highest seq to every
    // socket that may see at least one of the rows; everyone when the rows were cut off at the limit.
    void notifyForeignCommit(qint64 lastSeq, const QVector<CommittedRow>& rows, bool complete);
    int authenticatedCount() const;
    // Closes the sockets whose session or account no longer allows them; one query, none without sockets.
    void sweep();
    // How often sweep() runs by itself; 0 stops it.
    void setSweepInterval(int ms);

private:
    struct Client {
        bool authenticated = false;
        AuthContext context;
    };

    void onText(QWebSocket* socket, const QString& message);
    bool authenticate(QWebSocket* socket, const QByteArray& authorization);
    void reject(QWebSocket* socket, const QString& reason);
    void close(QWebSocket* socket, int code, const QString& reason);
    void forget(QWebSocket* socket);
    // The authenticated sockets whose tokens are still valid; closes the expired ones.
    QList<QWebSocket*> liveSockets();
    void sweepAfterAccountChange(const QVector<CommittedRow>& rows);
    void closeIfEnded(QWebSocket* socket, const SessionStatus* status);

    AuthService& m_auth;
    ServerStorage& m_storage;
    QHash<QWebSocket*, Client> m_clients;
    QTimer m_sweepTimer;
};
