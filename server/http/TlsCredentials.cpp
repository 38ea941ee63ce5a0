#include "http/TlsCredentials.h"

#include "service/ServerLogging.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace {

bool readFile(const QString& path, const QString& what, QByteArray* data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 file %2: %3").arg(what, path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

QSslKey readKey(const QByteArray& pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

} // namespace

bool TlsCredentials::load(const QString& certFile, const QString& keyFile, QSslConfiguration* out, QString* error)
{
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        *error = QStringLiteral("TLS needs both --tls-cert and --tls-key");
        return false;
    }
    QByteArray certPem;
    QByteArray keyPem;
    if (!readFile(certFile, QStringLiteral("certificate"), &certPem, error) ||
        !readFile(keyFile, QStringLiteral("key"), &keyPem, error))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("the TLS certificate file %1 holds no PEM certificate").arg(certFile);
        return false;
    }
    const QSslKey key = readKey(keyPem);
    if (key.isNull()) {
        *error = QStringLiteral("the TLS key file %1 holds no unencrypted PEM private key").arg(keyFile);
        return false;
    }
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcServerHttp).noquote()
            << "the TLS certificate expired on" << chain.first().expiryDate().toString(Qt::ISODate)
            << "- clients will refuse it";
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    QString reason;
    if (!handshakeWithItself(configuration, &reason)) {
        *error =
            QStringLiteral("the TLS key in %1 does not fit the certificate in %2 (%3)").arg(keyFile, certFile, reason);
        return false;
    }
    *out = configuration;
    return true;
}

bool TlsCredentials::handshakeWithItself(const QSslConfiguration& configuration, QString* error)
{
    constexpr int kTimeoutMs = 10000;
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        *error = server.errorString();
        return false;
    }
    QEventLoop loop;
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone); // only the key is in question here, not who issued it
    bool encrypted = false;
    QObject::connect(&client, &QSslSocket::encrypted, &loop, [&] {
        encrypted = true;
        loop.quit();
    });
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&server, &QSslServer::errorOccurred, &loop, [&](QSslSocket* socket, QAbstractSocket::SocketError) {
        *error = socket->errorString();
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    loop.exec();
    if (!encrypted && error->isEmpty())
        *error = client.errorString();
    return encrypted;
}
