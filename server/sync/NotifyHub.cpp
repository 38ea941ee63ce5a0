#include "sync/NotifyHub.h"

#include "auth/AuthService.h"
#include "http/ApiReply.h"
#include "protocol/ApiConstants.h"
#include "service/ServerLogging.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>

namespace {
constexpr int kAuthTimeoutMs = 10000;
constexpr int kDefaultSweepMs = 5000;
} // namespace

NotifyHub::NotifyHub(AuthService& auth, ServerStorage& storage, QObject* parent)
    : QObject(parent)
    , m_auth(auth)
    , m_storage(storage)
{
    connect(&m_sweepTimer, &QTimer::timeout, this, &NotifyHub::sweep);
    setSweepInterval(kDefaultSweepMs);
}

NotifyHub::~NotifyHub()
{
    const QList<QWebSocket*> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void NotifyHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    socket->setParent(this); // the hub, not the HTTP server's socket listener, owns accepted sockets
    m_clients.insert(socket, Client());
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    if (socket->requestUrl().path() != QLatin1String("/api/v1/sync/notify")) {
        reject(socket, QStringLiteral("unknown endpoint"));
        return;
    }
    const QByteArray header = socket->request().rawHeader(QByteArrayLiteral("Authorization"));
    if (!header.isEmpty()) {
        authenticate(socket, header);
        return;
    }
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& message) { onText(socket, message); });
    QTimer::singleShot(kAuthTimeoutMs, socket, [this, socket] {
        if (m_clients.contains(socket) && !m_clients.value(socket).authenticated)
            reject(socket, QStringLiteral("no token"));
    });
}

void NotifyHub::onText(QWebSocket* socket, const QString& message)
{
    if (!m_clients.contains(socket) || m_clients.value(socket).authenticated)
        return; // after authentication the client has nothing to say
    const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString token = json.value(QLatin1String("token")).toString();
    if (json.value(QLatin1String("type")).toString() != QLatin1String("auth") || token.isEmpty()) {
        reject(socket, QStringLiteral("expected {\"type\":\"auth\",\"token\":...}"));
        return;
    }
    authenticate(socket, "Bearer " + token.toLatin1());
}

bool NotifyHub::authenticate(QWebSocket* socket, const QByteArray& authorization)
{
    Client client;
    ApiReply failure;
    if (!m_auth.authenticate(authorization, &client.context, &failure)) {
        reject(socket, QStringLiteral("not authorised"));
        return false;
    }
    client.authenticated = true;
    m_clients.insert(socket, client);
    socket->sendTextMessage(QStringLiteral("{\"type\":\"ready\"}"));
    qCDebug(lcServerSync) << "notify socket authenticated;" << authenticatedCount() << "listening";
    return true;
}

void NotifyHub::reject(QWebSocket* socket, const QString& reason)
{
    close(socket, QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void NotifyHub::close(QWebSocket* socket, int code, const QString& reason)
{
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    forget(socket);
}

void NotifyHub::forget(QWebSocket* socket)
{
    if (m_clients.remove(socket) > 0)
        socket->deleteLater();
}

QList<QWebSocket*> NotifyHub::liveSockets()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QWebSocket*> live;
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        const Client client = m_clients.value(socket);
        if (!client.authenticated)
            continue;
        if (client.context.session.accessExpiresAt <= now)
            reject(socket, QStringLiteral("token expired"));
        else
            live.append(socket);
    }
    return live;
}

void NotifyHub::notifyCommit(const QVector<CommittedRow>& rows)
{
    sweepAfterAccountChange(rows);
    for (QWebSocket* socket : liveSockets()) {
        const AccessScope& scope = m_clients[socket].context.scope;
        qint64 seen = 0;
        for (const CommittedRow& r : rows) {
            if (r.seq > seen && scope.canSee(r.table, r.row, r.filedBy))
                seen = r.seq;
        }
        if (seen > 0)
            socket->sendTextMessage(QStringLiteral("{\"type\":\"poke\",\"seq\":%1}").arg(seen));
    }
}

void NotifyHub::notifyForeignCommit(qint64 lastSeq, const QVector<CommittedRow>& rows, bool complete)
{
    sweepAfterAccountChange(rows);
    const QString poke = QStringLiteral("{\"type\":\"poke\",\"seq\":%1}").arg(lastSeq);
    for (QWebSocket* socket : liveSockets()) {
        const AccessScope& scope = m_clients[socket].context.scope;
        // Cut off (a bulk load): a poke carries no data, so an unneeded one only costs an empty pull.
        const bool sees = !complete || std::any_of(rows.begin(), rows.end(), [&scope](const CommittedRow& r) {
            return scope.canSee(r.table, r.row, r.filedBy);
        });
        if (sees)
            socket->sendTextMessage(poke);
    }
}

int NotifyHub::authenticatedCount() const
{
    int count = 0;
    for (const Client& c : m_clients)
        count += c.authenticated ? 1 : 0;
    return count;
}

void NotifyHub::setSweepInterval(int ms)
{
    if (ms > 0)
        m_sweepTimer.start(ms);
    else
        m_sweepTimer.stop();
}

void NotifyHub::sweepAfterAccountChange(const QVector<CommittedRow>& rows)
{
    // A committed account row may be a disable, a password change or new regions (an operator's subcommand
    // reaches a PostgreSQL instance this way): no need to wait for the timer.
    const bool accountChanged = std::any_of(rows.begin(), rows.end(),
                                            [](const CommittedRow& r) { return r.table == QLatin1String("accounts"); });
    if (accountChanged)
        sweep();
}

void NotifyHub::sweep()
{
    QStringList sessionIds;
    for (const Client& c : std::as_const(m_clients)) {
        if (c.authenticated && !sessionIds.contains(c.context.session.id))
            sessionIds.append(c.context.session.id);
    }
    if (sessionIds.isEmpty())
        return;
    QVector<SessionStatus> statuses;
    try {
        statuses = m_storage.sessionStatuses(sessionIds);
    } catch (const StorageError& e) {
        qCWarning(lcServerStorage) << "checking the sessions of notify sockets failed:" << e.what();
        m_storage.recover();
        return; // the next sweep tries again
    }
    QHash<QString, const SessionStatus*> byId;
    for (const SessionStatus& status : std::as_const(statuses))
        byId.insert(status.sessionId, &status);
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        if (m_clients.value(socket).authenticated)
            closeIfEnded(socket, byId.value(m_clients.value(socket).context.session.id));
    }
}

void NotifyHub::closeIfEnded(QWebSocket* socket, const SessionStatus* status)
{
    const AuthContext& context = m_clients[socket].context;
    QString reason;
    if (!status || status->revoked)
        reason = QStringLiteral("session revoked");
    else if (!status->account || !status->account->active)
        reason = QStringLiteral("account disabled");
    if (!reason.isEmpty()) {
        qCInfo(lcServerSync).noquote() << "notify socket of session" << context.session.id << "closed:" << reason;
        close(socket, QWebSocketProtocol::CloseCodePolicyViolated, reason);
        return;
    }
    if (AccessScope::forAccount(*status->account).fingerprint() != context.scope.fingerprint()) {
        // The token is still good; the client reconnects with it and its next pull answers 410 and resyncs.
        qCInfo(lcServerSync).noquote() << "notify socket of session" << context.session.id << "closed: scope changed";
        close(socket, Protocol::kNotifyCloseScopeChanged, QStringLiteral("scope changed"));
    }
}
