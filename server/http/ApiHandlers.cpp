#include "http/ApiHandlers.h"

#include "service/ServerLogging.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString api(const char* path)
{
    return QStringLiteral("/api/v1") + QLatin1String(path);
}
} // namespace

ApiHandlers::ApiHandlers(ServerStorage& storage)
    : m_storage(storage)
    , m_auth(storage)
    , m_oidc(storage, m_auth)
    , m_pull(storage)
    , m_push(storage)
    , m_digest(storage)
    , m_history(storage)
    , m_allocation(storage, m_push)
    , m_accounts(storage)
    , m_audit(storage)
    , m_anonymisation(storage)
    , m_publicLocations(storage)
    , m_notify(std::make_unique<NotifyHub>(m_auth, storage))
{
    m_auth.setRevocationListener([this] { m_notify->sweep(); });
    m_push.setCommitListener([this](const QVector<CommittedRow>& rows) { m_notify->notifyCommit(rows); });
    m_allocation.setCommitListener([this](const QVector<CommittedRow>& rows) { m_notify->notifyCommit(rows); });
    m_accounts.setCommitListener([this](const QVector<CommittedRow>& rows) { m_notify->notifyCommit(rows); });
    m_accounts.setRevocationListener([this] { m_notify->sweep(); });
    m_anonymisation.setCommitListener([this](const QVector<CommittedRow>& rows) { m_notify->notifyCommit(rows); });
}

ApiReply ApiHandlers::dispatch(const QHttpServerRequest& request)
{
    try {
        return route(request.method(), request.url().path(), request);
    } catch (const StorageError& e) {
        m_storage.rollback();
        qCWarning(lcServerStorage) << "storage failure:" << e.what();
        m_storage.recover();
        return ApiReply::error(500, QStringLiteral("internal_error"),
                               QStringLiteral("The server could not complete "
                                              "the request; try again."));
    }
}

bool ApiHandlers::isKnownPath(const QString& path)
{
    static const QStringList paths{api("/health"),
                                   api("/auth/login"),
                                   api("/auth/refresh"),
                                   api("/auth/providers"),
                                   api("/auth/oidc"),
                                   api("/auth/logout"),
                                   api("/me"),
                                   api("/sync/pull"),
                                   api("/sync/push"),
                                   api("/sync/digest"),
                                   api("/history"),
                                   api("/rule-sets"),
                                   api("/allocation/runs"),
                                   api("/auth/password"),
                                   api("/accounts"),
                                   api("/audit"),
                                   api("/audit/exports"),
                                   api("/anonymisation/runs"),
                                   api("/anonymisation/retention"),
                                   api("/public/locations")};
    return paths.contains(path) || path.startsWith(api("/allocation/runs/")) || path.startsWith(api("/accounts/")) ||
           path.startsWith(api("/anonymisation/retention/"));
}

ApiReply ApiHandlers::route(Method method, const QString& path, const QHttpServerRequest& request)
{
    const bool get = method == Method::Get;
    const bool post = method == Method::Post;
    if (get && path == api("/health"))
        return health();
    // The parents' website: no token, so no password gate either (docs/PROTOCOL.md "Info sheets").
    if (get && path == api("/public/locations"))
        return m_publicLocations.list(request.query(), request.value(QByteArrayLiteral("If-None-Match")));
    if (post && path == api("/auth/login"))
        return login(request);
    if (post && path == api("/auth/refresh"))
        return refresh(request);
    // Sign-in with an identity provider: before any token, like the password login.
    if (get && path == api("/auth/providers"))
        return m_oidc.providers();
    if (post && path == api("/auth/oidc"))
        return signInWithProvider(request);
    if (post && path == api("/auth/logout")) {
        // Signing out stays possible while a one-time password waits to be changed.
        return withAuth(
            request, [this](const AuthContext& c) { return m_auth.logout(c); },
            AuthService::PasswordGate::AllowPending);
    }
    if (post && path == api("/auth/password"))
        return changePassword(request);
    if (get && path == api("/audit"))
        return withAuth(request, [this, &request](const AuthContext& c) { return m_audit.events(c, request.query()); });
    if (post && path == api("/audit/exports"))
        return withBody(request,
                        [this](const AuthContext& c, const QJsonObject& b) { return m_audit.reportExport(c, b); });
    if (path == api("/accounts") || path.startsWith(api("/accounts/"))) {
        const ApiReply reply = routeAccounts(method, path, request);
        if (reply.status != 405)
            return reply;
    }
    if (path.startsWith(api("/anonymisation/"))) {
        const ApiReply reply = routeAnonymisation(method, path, request);
        if (reply.status != 405)
            return reply;
    }
    if (get && path == api("/me"))
        return withAuth(request, [](const AuthContext& c) { return ApiReply::ok(c.account.toJson()); });
    if (get && path == api("/sync/pull"))
        return withAuth(request, [this, &request](const AuthContext& c) {
            return m_pull.pull(c, request.query(), request.value(QByteArrayLiteral("Accept")));
        });
    if (get && path == api("/history")) {
        return withAuth(request,
                        [this, &request](const AuthContext& c) { return m_history.history(c, request.query()); });
    }
    if (get && path == api("/sync/digest"))
        return withAuth(request, [this](const AuthContext& c) { return m_digest.digest(c); });
    if (post && path == api("/sync/push")) {
        return withAuth(request, [this, &request](const AuthContext& c) {
            QJsonObject body;
            ApiReply failure;
            return jsonBody(request, &body, &failure) ? m_push.push(c, body) : failure;
        });
    }
    if (get && path == api("/rule-sets"))
        return withAuth(request, [this](const AuthContext&) { return m_allocation.ruleSets(); });
    if (path == api("/allocation/runs") || path.startsWith(api("/allocation/runs/"))) {
        const ApiReply reply = routeAllocation(method, path, request);
        if (reply.status != 405)
            return reply;
    }
    if (isKnownPath(path))
        return ApiReply::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed here."));
    return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
}

ApiReply ApiHandlers::routeAllocation(Method method, const QString& path, const QHttpServerRequest& request)
{
    const auto withBody = [this, &request](const std::function<ApiReply(const AuthContext&, const QJsonObject&)>& f) {
        return this->withBody(request, f);
    };
    const bool get = method == Method::Get;
    const bool post = method == Method::Post;
    if (path == api("/allocation/runs")) {
        if (get)
            return withAuth(request,
                            [this, &request](const AuthContext& c) { return m_allocation.list(c, request.query()); });
        if (post)
            return withBody([this](const AuthContext& c, const QJsonObject& b) { return m_allocation.create(c, b); });
        return ApiReply::error(405, QString(), QString());
    }
    const QStringList parts = path.mid(api("/allocation/runs/").size()).split(QLatin1Char('/'));
    const QString id = parts.first();
    if (id.isEmpty() || id.size() > 100 || parts.size() > 2)
        return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
    if (parts.size() == 1)
        return get ? withAuth(request, [this, &id](const AuthContext& c) { return m_allocation.get(c, id); })
                   : ApiReply::error(405, QString(), QString());
    if (!post)
        return ApiReply::error(405, QString(), QString());
    if (parts.at(1) == QLatin1String("confirm"))
        return withBody(
            [this, &id](const AuthContext& c, const QJsonObject& b) { return m_allocation.confirm(c, id, b); });
    if (parts.at(1) == QLatin1String("discard"))
        return withAuth(request, [this, &id](const AuthContext& c) { return m_allocation.discard(c, id); });
    return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
}

ApiReply ApiHandlers::routeAccounts(Method method, const QString& path, const QHttpServerRequest& request)
{
    if (path == api("/accounts")) {
        if (method == Method::Get)
            return withAuth(request, [this](const AuthContext& c) { return m_accounts.list(c); });
        if (method == Method::Post)
            return withBody(request,
                            [this](const AuthContext& c, const QJsonObject& b) { return m_accounts.create(c, b); });
        return ApiReply::error(405, QString(), QString());
    }
    const QStringList parts = path.mid(api("/accounts/").size()).split(QLatin1Char('/'));
    const QString id = parts.first();
    if (id.isEmpty() || id.size() > 100 || parts.size() > 2)
        return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
    if (parts.size() == 1) {
        if (method != Method::Patch)
            return ApiReply::error(405, QString(), QString());
        return withBody(
            request, [this, &id](const AuthContext& c, const QJsonObject& b) { return m_accounts.update(c, id, b); });
    }
    const QString action = parts.at(1);
    if (action != QLatin1String("reset-password") && action != QLatin1String("sign-out"))
        return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
    if (method != Method::Post)
        return ApiReply::error(405, QString(), QString());
    if (action == QLatin1String("reset-password"))
        return withAuth(request, [this, &id, &request](const AuthContext& c) {
            QJsonObject body; // optional: {"send_by_mail": true}
            ApiReply failure;
            if (!request.body().trimmed().isEmpty() && !jsonBody(request, &body, &failure))
                return failure;
            return m_accounts.resetPassword(c, id, body);
        });
    return withAuth(request, [this, &id](const AuthContext& c) { return m_accounts.signOut(c, id); });
}

ApiReply ApiHandlers::changePassword(const QHttpServerRequest& request)
{
    return withBody(
        request,
        [this](const AuthContext& c, const QJsonObject& body) {
            const QJsonValue current = body.value(QLatin1String("current_password"));
            const QJsonValue next = body.value(QLatin1String("new_password"));
            if (!current.isString() || !next.isString() || next.toString().size() > 1000)
                return ApiReply::error(400, QStringLiteral("malformed"),
                                       QStringLiteral("Give \"current_password\" and \"new_password\"."));
            return m_auth.changePassword(c, current.toString(), next.toString());
        },
        AuthService::PasswordGate::AllowPending);
}

ApiReply ApiHandlers::health()
{
    return ApiReply::ok({{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QStringLiteral(OPVANGLOKET_VERSION)},
                         {QStringLiteral("epoch"), m_storage.epoch()}});
}

bool ApiHandlers::jsonBody(const QHttpServerRequest& request, QJsonObject* body, ApiReply* failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = ApiReply::error(400, QStringLiteral("malformed"), QStringLiteral("The body must be a JSON object."));
        return false;
    }
    *body = doc.object();
    return true;
}

ApiReply ApiHandlers::login(const QHttpServerRequest& request)
{
    QJsonObject body;
    ApiReply failure;
    if (!jsonBody(request, &body, &failure))
        return failure;
    const QJsonValue username = body.value(QLatin1String("username"));
    const QJsonValue password = body.value(QLatin1String("password"));
    if (!username.isString() || username.toString().trimmed().isEmpty() || !password.isString() ||
        username.toString().size() > 200)
        return ApiReply::error(400, QStringLiteral("malformed"), QStringLiteral("Give \"username\" and \"password\"."));
    return m_auth.login(username.toString(), password.toString(), body.value(QLatin1String("device")).toString(),
                        request.remoteAddress());
}

ApiReply ApiHandlers::signInWithProvider(const QHttpServerRequest& request)
{
    QJsonObject body;
    ApiReply failure;
    if (!jsonBody(request, &body, &failure))
        return failure;
    return m_oidc.signIn(body, request.remoteAddress());
}

ApiReply ApiHandlers::refresh(const QHttpServerRequest& request)
{
    QJsonObject body;
    ApiReply failure;
    if (!jsonBody(request, &body, &failure))
        return failure;
    return m_auth.refresh(body.value(QLatin1String("refresh_token")).toString());
}

ApiReply ApiHandlers::withAuth(const QHttpServerRequest& request,
                               const std::function<ApiReply(const AuthContext&)>& handler,
                               AuthService::PasswordGate gate)
{
    AuthContext context;
    ApiReply failure;
    if (!m_auth.authenticate(request.value(QByteArrayLiteral("Authorization")), &context, &failure, gate))
        return failure;
    return handler(context);
}

ApiReply ApiHandlers::withBody(const QHttpServerRequest& request,
                               const std::function<ApiReply(const AuthContext&, const QJsonObject&)>& handler,
                               AuthService::PasswordGate gate)
{
    return withAuth(
        request,
        [&request, &handler](const AuthContext& c) {
            QJsonObject body;
            ApiReply failure;
            return jsonBody(request, &body, &failure) ? handler(c, body) : failure;
        },
        gate);
}

ApiReply ApiHandlers::routeAnonymisation(Method method, const QString& path, const QHttpServerRequest& request)
{
    if (method == Method::Post && path == api("/anonymisation/runs"))
        return withBody(request,
                        [this](const AuthContext& c, const QJsonObject& b) { return m_anonymisation.run(c, b); });
    if (method == Method::Get && path == api("/anonymisation/retention"))
        return withAuth(request, [this](const AuthContext& c) { return m_anonymisation.retention().list(c); });
    const QString prefix = api("/anonymisation/retention/");
    if (method == Method::Put && path.startsWith(prefix) && path.size() > prefix.size()) {
        const QString regionId = path.mid(prefix.size());
        return withBody(request, [this, &regionId](const AuthContext& c, const QJsonObject& b) {
            return m_anonymisation.retention().save(c, regionId, b);
        });
    }
    return ApiReply::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed here."));
}
