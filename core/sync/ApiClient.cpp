#include "ApiClient.h"

#include "SyncLog.h"
#include "TlsTrust.h"
#include "protocol/ApiConstants.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <utility>

ApiClient::ApiClient(const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_server(server)
{
    m_nam.setAutoDeleteReplies(true);
    QString unused;
    TlsTrust::configuration(QString(), &m_ssl, &unused); // the system store until told otherwise
}

ApiClient::~ApiClient()
{
    // Requests still in flight are dropped without calling back: whoever asked may already be gone.
    for (QNetworkReply* reply : m_nam.findChildren<QNetworkReply*>()) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

void ApiClient::setTokens(const QString& access, const QString& refresh)
{
    m_access = access;
    m_refresh = refresh;
}

void ApiClient::get(const QString& path, const QUrlQuery& query, Callback done)
{
    get(path, query, QByteArrayLiteral("application/json"), std::move(done));
}

void ApiClient::get(const QString& path, const QUrlQuery& query, const QByteArray& accept, Callback done)
{
    send({QStringLiteral("GET"), path, query, QByteArray(), accept}, true, std::move(done));
}

void ApiClient::post(const QString& path, const QJsonObject& body, Callback done)
{
    send({QStringLiteral("POST"), path, QUrlQuery(), QJsonDocument(body).toJson(QJsonDocument::Compact),
          QByteArrayLiteral("application/json")},
         true, std::move(done));
}

void ApiClient::patch(const QString& path, const QJsonObject& body, Callback done)
{
    send({QStringLiteral("PATCH"), path, QUrlQuery(), QJsonDocument(body).toJson(QJsonDocument::Compact),
          QByteArrayLiteral("application/json")},
         true, std::move(done));
}

void ApiClient::put(const QString& path, const QJsonObject& body, Callback done)
{
    send({QStringLiteral("PUT"), path, QUrlQuery(), QJsonDocument(body).toJson(QJsonDocument::Compact),
          QByteArrayLiteral("application/json")},
         true, std::move(done));
}

void ApiClient::history(const QString& table, const QString& id, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("table"), table);
    query.addQueryItem(QStringLiteral("id"), id);
    get(QStringLiteral("/history"), query, std::move(done));
}

void ApiClient::send(const Request& call, bool mayRefresh, Callback done)
{
    QUrl url = m_server;
    url.setPath(QString::fromLatin1(Protocol::apiBase()) + call.path);
    url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", call.accept);
    request.setTransferTimeout(m_timeoutMs);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    if (!m_access.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_access.toLatin1());
    QNetworkReply* reply = call.method == QLatin1String("GET") ? m_nam.get(request)
                           : call.method == QLatin1String("POST")
                               ? m_nam.post(request, call.body)
                               : m_nam.sendCustomRequest(request, call.method.toLatin1(), call.body);
    const QString sentAccess = m_access;
    // Never ignored: the reply then fails, and parse() says why from what is kept here.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, host = url.host()](const QList<QSslError>& errors) {
        reply->setProperty("tlsRefusal", TlsTrust::describe(errors, host));
    });
    connect(reply, &QNetworkReply::finished, this, [=]() {
        const ApiResult result = parse(reply);
        qCDebug(lcApi) << call.method << call.path << result.status;
        const bool isAuthCall = call.path.startsWith(QLatin1String("/auth/"));
        if (result.status == 401 && mayRefresh && !isAuthCall && !m_refresh.isEmpty()) {
            if (!m_access.isEmpty() && m_access != sentAccess)
                send(call, false, done); // a refresh finished meanwhile: its token may do
            else
                refreshThenRetry(call, done);
            return;
        }
        done(result);
    });
}

void ApiClient::refreshThenRetry(const Request& call, Callback done)
{
    m_refreshWaiters.append([=](const ApiResult& refreshed) {
        if (refreshed.ok())
            send(call, false, done);
        else
            done(refreshed);
    });
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QJsonObject request{{QStringLiteral("refresh_token"), m_refresh}};
    send({QStringLiteral("POST"), QStringLiteral("/auth/refresh"), QUrlQuery(),
          QJsonDocument(request).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")},
         false, [this](const ApiResult& refreshed) { finishRefresh(refreshed); });
}

void ApiClient::finishRefresh(const ApiResult& refreshed)
{
    m_refreshing = false;
    if (refreshed.ok()) {
        setTokens(refreshed.json.value(QStringLiteral("access_token")).toString(),
                  refreshed.json.value(QStringLiteral("refresh_token")).toString());
        emit tokensRotated(m_refresh);
    } else if (!refreshed.networkError) {
        m_access.clear();
        m_refresh.clear();
        emit sessionExpired();
    }
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto& waiter : waiters)
        waiter(refreshed);
}

ApiResult ApiClient::parse(QNetworkReply* reply)
{
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (result.status == 0) {
        result.networkError = true;
        result.networkMessage = reply->errorString();
        const QString refusal = reply->property("tlsRefusal").toString();
        if (!refusal.isEmpty()) {
            result.tlsRefused = true;
            result.networkMessage = refusal;
            qCWarning(lcApi).noquote() << "TLS verification of the server failed:" << refusal;
        }
        return result;
    }
    const QByteArray type = reply->rawHeader("Content-Type").split(';').first().trimmed().toLower();
    if (result.status >= 200 && result.status < 300 && !type.isEmpty() && type != "application/json") {
        result.contentType = type;
        result.body = body;
    } else {
        result.json = QJsonDocument::fromJson(body).object();
    }
    result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (result.status >= 400)
        result.error = Protocol::ApiError::fromResponse(result.status, body);
    return result;
}

ApiResult ApiClient::waitFor(const std::function<void(Callback)>& start)
{
    QEventLoop loop;
    ApiResult result;
    start([&](const ApiResult& reply) {
        result = reply;
        loop.quit();
    });
    loop.exec();
    return result;
}

ApiResult ApiClient::getBlocking(const QString& path, const QUrlQuery& query)
{
    return waitFor([&](Callback cb) { get(path, query, std::move(cb)); });
}

ApiResult ApiClient::postBlocking(const QString& path, const QJsonObject& body)
{
    return waitFor([&](Callback cb) { post(path, body, std::move(cb)); });
}
