#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

// The answer of one blocking request.
struct HttpReply {
    int status = 0;                        // HTTP status; 0 when there was no answer (connection error or timeout)
    QByteArray body;                       // raw body
    QJsonObject json;                      // body parsed as a JSON object (empty when it is not one)
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// A tiny blocking HTTP client for tests: runs a local event loop until the reply arrives or the timeout
// passes, so an in-process server on the same thread keeps serving meanwhile.
class TestHttp
{
public:
    explicit TestHttp(const QString& baseUrl);

    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }
    // path is relative to the base, e.g. "/api/v1/health"; token adds "Authorization: Bearer <token>".
    HttpReply get(const QString& path, const QString& token = QString());
    HttpReply post(const QString& path, const QJsonObject& body, const QString& token = QString());
    HttpReply postRaw(const QString& path, const QByteArray& body, const QString& token = QString());
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token,
                   int timeoutMs = 20000, const QHash<QByteArray, QByteArray>& headers = {});
    // GET with header fields of the test's choosing (e.g. If-None-Match), no token.
    HttpReply getWithHeaders(const QString& path, const QHash<QByteArray, QByteArray>& headers);
    // POST over a plain socket bound to `source` (another loopback address such as 127.0.0.2), for what the
    // server decides by the client's address; the server must listen on IPv4 loopback.
    HttpReply postFrom(const QHostAddress& source, const QString& path, const QJsonObject& body, int timeoutMs = 20000);

private:
    QString m_baseUrl;
    QNetworkAccessManager m_manager;
};
