#pragma once

#include "allocation/AllocationService.h"
#include "audit/AuditService.h"
#include "auth/AccountService.h"
#include "auth/AuthService.h"
#include "auth/OidcSignIn.h"
#include "http/ApiReply.h"
#include "info/PublicLocations.h"
#include "privacy/AnonymisationService.h"
#include "sync/DigestService.h"
#include "sync/HistoryService.h"
#include "sync/NotifyHub.h"
#include "sync/PullService.h"
#include "sync/PushService.h"

#include <QHttpServerRequest>
#include <functional>
#include <memory>

class ServerStorage;

// Routes one HTTP request of /api/v1 to its service and returns the reply (docs/PROTOCOL.md). Knows nothing of
// sockets; HttpFrontend does the transport, size limits and logging.
class ApiHandlers
{
public:
    explicit ApiHandlers(ServerStorage& storage);

    ApiReply dispatch(const QHttpServerRequest& request);
    NotifyHub& notifyHub() { return *m_notify; }
    PushService& pushService() { return m_push; }
    AccountService& accountService() { return m_accounts; }
    AnonymisationService& anonymisation() { return m_anonymisation; }
    OidcSignIn& identityProviders() { return m_oidc; }

private:
    using Method = QHttpServerRequest::Method;
    ApiReply route(Method method, const QString& path, const QHttpServerRequest& request);
    ApiReply health();
    ApiReply login(const QHttpServerRequest& request);
    ApiReply refresh(const QHttpServerRequest& request);
    ApiReply signInWithProvider(const QHttpServerRequest& request);
    ApiReply withAuth(const QHttpServerRequest& request, const std::function<ApiReply(const AuthContext&)>& handler,
                      AuthService::PasswordGate gate = AuthService::PasswordGate::Enforce);
    ApiReply withBody(const QHttpServerRequest& request,
                      const std::function<ApiReply(const AuthContext&, const QJsonObject&)>& handler,
                      AuthService::PasswordGate gate = AuthService::PasswordGate::Enforce);
    static bool jsonBody(const QHttpServerRequest& request, QJsonObject* body, ApiReply* failure);
    static bool isKnownPath(const QString& path);
    // /allocation/runs and below (docs/PROTOCOL.md "Allocation").
    ApiReply routeAllocation(Method method, const QString& path, const QHttpServerRequest& request);
    // /accounts and below (docs/PROTOCOL.md "Accounts").
    ApiReply routeAccounts(Method method, const QString& path, const QHttpServerRequest& request);
    ApiReply changePassword(const QHttpServerRequest& request);
    // /anonymisation and below (docs/PROTOCOL.md "Anonymisation").
    ApiReply routeAnonymisation(Method method, const QString& path, const QHttpServerRequest& request);

    ServerStorage& m_storage;
    AuthService m_auth;
    OidcSignIn m_oidc;
    PullService m_pull;
    PushService m_push;
    DigestService m_digest;
    HistoryService m_history;
    AllocationService m_allocation;
    AccountService m_accounts;
    AuditService m_audit;
    AnonymisationService m_anonymisation;
    PublicLocations m_publicLocations;
    std::unique_ptr<NotifyHub> m_notify;
};
