#include "TestHttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
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

HttpReply TestHttp::send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token,
                         int timeoutMs)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
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
