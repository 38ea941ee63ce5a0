#include "TestOidcProvider.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrlQuery>
#include <cstdlib>
#include <jwt.h>

TestOidcProvider::TestOidcProvider()
{
    m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TestOidcProvider::~TestOidcProvider()
{
    if (m_node.state() != QProcess::NotRunning) {
        m_node.kill();
        m_node.waitForFinished();
    }
}

bool TestOidcProvider::start()
{
    const QString dir = QStringLiteral(OPVANGLOKET_OIDC_PROVIDER_DIR);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFile::exists(dir + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
        m_error = QStringLiteral("node or the test provider in %1 is missing (the CTest fixture oidc_provider_install "
                                 "runs tests/oidc/install-provider)")
                      .arg(dir);
        return false;
    }
    const QString keyFile = m_dir.filePath(QStringLiteral("key.json"));
    m_node.setWorkingDirectory(dir);
    m_node.setProcessChannelMode(QProcess::SeparateChannels);
    m_node.start(node, {dir + QStringLiteral("/provider.mjs"), keyFile});
    while (m_node.state() != QProcess::NotRunning && !m_node.canReadLine())
        m_node.waitForReadyRead(30000);
    const QString line = QString::fromUtf8(m_node.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("issuer "))) {
        m_error =
            QStringLiteral("the provider did not start: %1").arg(QString::fromUtf8(m_node.readAllStandardError()));
        return false;
    }
    m_issuer = line.mid(7);
    QFile key(keyFile);
    const QJsonObject json =
        key.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(key.readAll()).object() : QJsonObject();
    m_kid = json.value(QStringLiteral("kid")).toString();
    m_privatePem = json.value(QStringLiteral("private_pem")).toString().toLatin1();
    return !m_kid.isEmpty();
}

QString TestOidcProvider::writeConfig(const QJsonObject& extra)
{
    QJsonObject provider{{QStringLiteral("id"), QStringLiteral("test-idp")},
                         {QStringLiteral("display_name"), QStringLiteral("Test IdP")},
                         {QStringLiteral("issuer"), m_issuer},
                         {QStringLiteral("client_id"), QStringLiteral("opvangloket")},
                         {QStringLiteral("region_ids"), QJsonArray{QStringLiteral("antwerpen")}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        provider.insert(it.key(), it.value());
    const QString path = m_dir.filePath(QStringLiteral("oidc.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(QJsonDocument(QJsonArray{provider}).toJson());
    return path;
}

TestOidcProvider::Page TestOidcProvider::request(const QUrl& url, const QByteArray& form)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = nullptr;
    if (form.isNull()) {
        reply = m_nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(request, form);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location"));
    if (!location.isEmpty())
        page.location = url.resolved(QUrl::fromEncoded(location));
    page.body = reply->readAll();
    reply->deleteLater();
    return page;
}

bool TestOidcProvider::submitForm(const QUrl& pageUrl, const QByteArray& html, const QString& login, QUrl* next)
{
    const QString text = QString::fromUtf8(html);
    const auto action = QRegularExpression(QStringLiteral("<form[^>]*action=\"([^\"]+)\"")).match(text);
    const auto prompt = QRegularExpression(QStringLiteral("name=\"prompt\" value=\"([a-z]+)\"")).match(text);
    if (!action.hasMatch() || !prompt.hasMatch()) {
        m_error = QStringLiteral("the provider's page has no login or consent form");
        return false;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("prompt"), prompt.captured(1));
    if (prompt.captured(1) == QLatin1String("login")) {
        form.addQueryItem(QStringLiteral("login"), login);
        form.addQueryItem(QStringLiteral("password"), QStringLiteral("any"));
    }
    const Page page = request(pageUrl.resolved(QUrl(action.captured(1))), form.toString(QUrl::FullyEncoded).toLatin1());
    if (page.status < 300 || page.status >= 400) {
        m_error = QStringLiteral("the %1 form answered %2").arg(prompt.captured(1)).arg(page.status);
        return false;
    }
    *next = page.location;
    return true;
}

bool TestOidcProvider::signIn(const QUrl& authorizationUrl, const QString& login)
{
    const QUrl redirect(QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    m_nam.setCookieJar(new QNetworkCookieJar(&m_nam)); // a fresh browser: no session of an earlier person
    QUrl url = authorizationUrl;
    for (int step = 0; step < 20; ++step) {
        const Page page = request(url);
        // The provider sends the browser back to the client's listener: that GET hands the code over.
        if (url.host() == redirect.host() && url.port() == redirect.port())
            return page.status == 200 ||
                   (m_error = QStringLiteral("the client's listener answered %1").arg(page.status), false);
        if (page.status >= 300 && page.status < 400 && page.location.isValid()) {
            url = page.location;
        } else if (page.status == 200) {
            if (!submitForm(url, page.body, login, &url))
                return false;
        } else {
            m_error = QStringLiteral("%1 answered %2: %3")
                          .arg(url.path())
                          .arg(page.status)
                          .arg(QString::fromUtf8(page.body.left(300)));
            return false;
        }
    }
    m_error = QStringLiteral("too many steps at the provider");
    return false;
}

QString TestOidcProvider::mint(const QJsonObject& claims, const QString& kid)
{
    jwt_t* jwt = nullptr;
    if (jwt_new(&jwt) != 0)
        return QString();
    const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    char* encoded = nullptr;
    if (jwt_add_grants_json(jwt, json.constData()) == 0 &&
        jwt_add_header(jwt, "kid", (kid.isEmpty() ? m_kid : kid).toLatin1().constData()) == 0 &&
        jwt_set_alg(jwt, JWT_ALG_RS256, reinterpret_cast<const unsigned char*>(m_privatePem.constData()),
                    int(m_privatePem.size())) == 0)
        encoded = jwt_encode_str(jwt);
    const QString token = encoded ? QString::fromLatin1(encoded) : QString();
    std::free(encoded);
    jwt_free(jwt);
    return token;
}
