#pragma once

#include <QAbstractHttpServer>
#include <memory>

class ApiHandlers;

// The HTTP transport: answers every request with JSON through ApiHandlers, and logs method, path, status
// and milliseconds only (no personal data). WebSocket upgrades never reach it: ConnectionRouter hands them
// to the notify channel first. Oversized requests are refused before their body is read by the
// HttpConnectionGuard of each connection; the 413 here is only a second line behind it.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpFrontend(ApiHandlers& handlers, QObject* parent = nullptr);
    ~HttpFrontend() override;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    ApiHandlers& m_handlers;
};
