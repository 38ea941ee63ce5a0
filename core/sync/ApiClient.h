#pragma once

#include "ApiResult.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// HTTP client for the sync protocol (docs/PROTOCOL.md). Adds the bearer token, parses JSON and error bodies,
// and when the access token has expired refreshes it once with the refresh token and repeats the
// request, so callers never see a 401 for a merely expired token. One refresh at a time: requests that meet
// a 401 meanwhile wait for it, because the server takes a second use of one refresh token as theft and
// ends the session (docs/PROTOCOL.md "Sessions"). An https:// server must pass TLS verification (TlsTrust); a
// refused certificate is a network failure whose message says plainly why.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult&)>;

    explicit ApiClient(const QUrl& server, QObject* parent = nullptr);
    ~ApiClient() override;

    QUrl server() const { return m_server; }
    void setTokens(const QString& access, const QString& refresh);
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Whom an https:// server must prove itself to (TlsTrust); the notify socket uses the same.
    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }

    void get(const QString& path, const QUrlQuery& query, Callback done);
    // The same, naming the media types the caller reads (e.g. "application/cbor, application/json"): a reply in
    // another format than JSON arrives in ApiResult::body.
    void get(const QString& path, const QUrlQuery& query, const QByteArray& accept, Callback done);
    void post(const QString& path, const QJsonObject& body, Callback done);
    // PATCH: changes part of a resource (PATCH /accounts/{id}).
    void patch(const QString& path, const QJsonObject& body, Callback done);
    // PUT: replaces a resource (PUT /anonymisation/retention/{region}).
    void put(const QString& path, const QJsonObject& body, Callback done);
    // GET /history (docs/PROTOCOL.md): who changed which fields of one row, and when. Online only.
    void history(const QString& table, const QString& id, Callback done);

    // Runs an asynchronous request to completion in a local event loop (CLI, tests).
    ApiResult getBlocking(const QString& path, const QUrlQuery& query = QUrlQuery());
    ApiResult postBlocking(const QString& path, const QJsonObject& body);

signals:
    // The server rotated the refresh token; whoever stores it must store the new one.
    void tokensRotated(const QString& refreshToken);
    // The refresh token was refused: the person must sign in again.
    void sessionExpired();

private:
    struct Request {
        QString method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray accept;
    };
    void send(const Request& request, bool mayRefresh, Callback done);
    void refreshThenRetry(const Request& request, Callback done);
    static ApiResult parse(class QNetworkReply* reply);
    void finishRefresh(const ApiResult& refreshed);
    ApiResult waitFor(const std::function<void(Callback)>& start);

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QSslConfiguration m_ssl;
    QString m_access;
    QString m_refresh;
    int m_timeoutMs = 30000;
    bool m_refreshing = false;
    QList<std::function<void(const ApiResult& refreshed)>> m_refreshWaiters;
};
