#include "http/HttpFrontend.h"

#include "http/ApiHandlers.h"
#include "protocol/ApiConstants.h"
#include "service/ServerLogging.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <algorithm>

HttpFrontend::HttpFrontend(ApiHandlers& handlers, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handlers(handlers)
{
}

HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiReply reply;
    if (request.body().size() > Protocol::kMaxRequestBytes ||
        request.value(QByteArrayLiteral("Content-Length")).toLongLong() > Protocol::kMaxRequestBytes)
        reply = ApiReply::error(413, QStringLiteral("too_large"), QStringLiteral("Requests may be at most 8 MiB."));
    else
        reply = m_handlers.dispatch(request);
    // 304 Not Modified has no body; a reply that says how long it may be cached (public info sheets) says so itself.
    const auto status = static_cast<QHttpServerResponse::StatusCode>(reply.status);
    QHttpServerResponse response =
        reply.status == 304 ? QHttpServerResponse(status)
        : !reply.contentType.isEmpty()
            ? QHttpServerResponse(reply.contentType, reply.rawBody, status)
            : QHttpServerResponse(QByteArrayLiteral("application/json"),
                                  QJsonDocument(reply.body).toJson(QJsonDocument::Compact), status);
    const bool ownCaching = std::any_of(reply.headers.cbegin(), reply.headers.cend(), [](const auto& header) {
        return header.first.compare(QByteArrayLiteral("Cache-Control"), Qt::CaseInsensitive) == 0;
    });
    if (!ownCaching)
        response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto& header : reply.headers)
        response.addHeader(header.first, header.second);
    response.write(makeResponder(request, socket));
    const QString method =
        QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())));
    qCInfo(lcServerHttp).noquote() << method << request.url().path() << reply.status << timer.elapsed() << "ms";
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    handleRequest(request, socket);
}
