#pragma once

#include "AuthContext.h"
#include "ServerStorage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <memory>

class AuthService;
class QWebSocket;

// WS /api/v1/sync/notify (DESIGN §4): authenticated sockets get {"type":"poke","seq":N} after each
// commit that touched a row their account may see. The token comes in the Authorization header of the
// upgrade request or as the first text message {"type":"auth","token":"..."}; a bad token, a wrong
// path or no token within 10 s closes the socket with 1008. Pokes carry no data.
class NotifyHub : public QObject
{
    Q_OBJECT
public:
    explicit NotifyHub(AuthService& auth, QObject* parent = nullptr);
    ~NotifyHub() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    // Called after a commit of this instance with the rows it wrote (for a delete: as it was): one poke to
    // every socket that may see at least one of them, with the highest seq among those it may see.
    void notifyCommit(const QVector<CommittedRow>& rows);
    // A commit of another server instance (PostgreSQL NOTIFY): one poke with the highest seq to every
    // socket that may see at least one of the rows; everyone when the rows were cut off at the limit.
    void notifyForeignCommit(qint64 lastSeq, const QVector<CommittedRow>& rows, bool complete);
    int authenticatedCount() const;

private:
    struct Client {
        bool authenticated = false;
        AuthContext context;
    };

    void onText(QWebSocket* socket, const QString& message);
    bool authenticate(QWebSocket* socket, const QByteArray& authorization);
    void reject(QWebSocket* socket, const QString& reason);
    void forget(QWebSocket* socket);
    // The authenticated sockets whose tokens are still valid; closes the expired ones.
    QList<QWebSocket*> liveSockets();

    AuthService& m_auth;
    QHash<QWebSocket*, Client> m_clients;
};
