#pragma once

#include <QAbstractHttpServer>
#include <memory>

class ApiHandlers;

// The HTTP transport: refuses bodies over 8 MiB (413), answers every request with JSON through
// ApiHandlers, and logs method, path, status and milliseconds only (no personal data). WebSocket
// upgrades never reach it: ConnectionRouter hands them to the notify channel first.
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
