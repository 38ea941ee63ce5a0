#include "TlsTrust.h"

#include <QFile>
#include <QLocale>
#include <QSslCertificate>
#include <QStringList>

bool TlsTrust::configuration(const QString& caFile, QSslConfiguration* out, QString* error)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    *out = configuration;
    if (caFile.isEmpty())
        return true;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The CA file %1 cannot be read: %2").arg(caFile, file.errorString());
        return false;
    }
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (authorities.isEmpty()) {
        *error = tr("The CA file %1 holds no PEM certificate.").arg(caFile);
        return false;
    }
    // Setting CA certificates ends Qt's loading of the system store on demand: the system's go in explicitly.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + authorities);
    *out = configuration;
    return true;
}

QString TlsTrust::describe(const QList<QSslError>& errors, const QString& host)
{
    QStringList sentences;
    const auto add = [&sentences](const QString& sentence) {
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    };
    for (const QSslError& error : errors) {
        const QString date = QLocale().toString(error.certificate().expiryDate().date(), QLocale::ShortFormat);
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            add(tr("The server's certificate is made out to another host name than \"%1\": this may not be the "
                   "Opvangloket server you meant.")
                    .arg(host));
            break;
        case QSslError::CertificateExpired:
            add(tr("The server's certificate has expired (on %1); its administrator must renew it.").arg(date));
            break;
        case QSslError::CertificateNotYetValid:
            add(tr("The server's certificate is not valid yet; check the date and time of this computer."));
            break;
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
            add(tr("The server's certificate was issued by an authority this computer does not trust (unknown issuer); "
                   "ask the administrator for the CA file (--ca-file)."));
            break;
        case QSslError::CertificateRevoked:
            add(tr("The server's certificate has been revoked."));
            break;
        default:
            add(tr("The server's certificate was refused: %1").arg(error.errorString()));
            break;
        }
    }
    if (sentences.isEmpty())
        return tr("The secure connection to the server failed.");
    return tr("The connection to the server is not safe, so nothing was sent. %1")
        .arg(sentences.join(QLatin1Char(' ')));
}
