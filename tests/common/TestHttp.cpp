#include "TestHttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

TestHttp::TestHttp(const QString& baseUrl)
    : m_baseUrl(baseUrl)
{
}

HttpReply TestHttp::get(const QString& path, const QString& token)
{
    return send("GET", path, QByteArray(), token);
}

HttpReply TestHttp::post(const QString& path, const QJsonObject& body, const QString& token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpReply TestHttp::postRaw(const QString& path, const QByteArray& body, const QString& token)
{
    return send("POST", path, body, token);
}

HttpReply TestHttp::getWithHeaders(const QString& path, const QHash<QByteArray, QByteArray>& headers)
{
    return send("GET", path, QByteArray(), QString(), 20000, headers);
}

HttpReply TestHttp::send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token,
                         int timeoutMs, const QHash<QByteArray, QByteArray>& headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QBuffer* buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    HttpReply out;
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return out;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto& pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return out;
}

namespace {

// Parses one HTTP/1.1 response with a Content-Length; false while it is not complete.
bool parseResponse(const QByteArray& raw, HttpReply* out)
{
    const int end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    HttpReply reply;
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (const QByteArray& line : lines.mid(1)) {
        const int colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const int length = reply.header("content-length").toInt();
    if (raw.size() < end + 4 + length)
        return false;
    reply.body = raw.mid(end + 4, length);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    *out = reply;
    return true;
}

} // namespace

HttpReply TestHttp::postFrom(const QHostAddress& source, const QString& path, const QJsonObject& body, int timeoutMs)
{
    const QUrl base(m_baseUrl);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    HttpReply out;
    if (!socket.bind(source))
        return out;
    QSignalSpy readable(&socket, &QIODevice::readyRead);
    socket.connectToHost(base.host(), quint16(base.port()));
    socket.write("POST " + (base.path() + path).toUtf8() + " HTTP/1.1\r\nHost: " + base.host().toUtf8() +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) +
                 "\r\n\r\n" + payload);
    QByteArray raw;
    while (!parseResponse(raw, &out)) {
        if (readable.isEmpty() && !readable.wait(timeoutMs))
            return HttpReply();
        readable.clear();
        raw += socket.readAll();
    }
    return out;
}
