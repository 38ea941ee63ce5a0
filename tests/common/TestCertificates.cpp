#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

namespace {
const QStringList kEcKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};

QString fileName(TestCertificates::Kind kind)
{
    switch (kind) {
    case TestCertificates::Good:
        return QStringLiteral("good");
    case TestCertificates::Expired:
        return QStringLiteral("expired");
    case TestCertificates::WrongHost:
        return QStringLiteral("wronghost");
    case TestCertificates::UnknownCa:
        return QStringLiteral("unknownca");
    }
    return QString();
}
} // namespace

bool TestCertificates::run(const QStringList& arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2 %3")
                      .arg(arguments.join(QLatin1Char(' ')), openssl.errorString(),
                           QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::makeCa(const QString& name)
{
    return run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
               QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                           name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=Opvangloket test CA ") + name});
}

bool TestCertificates::makeLeaf(const QString& name, const QString& ca, const QString& altNames, int days)
{
    QFile extensions(m_dir.filePath(name + QStringLiteral(".ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        m_error = extensions.errorString();
        return false;
    }
    extensions.write("subjectAltName=" + altNames.toLatin1() + "\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    // -days -1 makes notAfter a day before notBefore: a certificate that has expired.
    return run(QStringList{QStringLiteral("req")} + kEcKey +
               QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                           name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name}) &&
           run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                QString::number(days), QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
                QStringLiteral("-out"), name + QStringLiteral(".pem")});
}

bool TestCertificates::make()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString local = QStringLiteral("IP:127.0.0.1,DNS:localhost");
    return makeCa(QStringLiteral("ca")) && makeCa(QStringLiteral("otherca")) &&
           makeLeaf(fileName(Good), QStringLiteral("ca"), local, 2) &&
           makeLeaf(fileName(Expired), QStringLiteral("ca"), local, -1) &&
           makeLeaf(fileName(WrongHost), QStringLiteral("ca"), QStringLiteral("DNS:opvangloket.example.org"), 2) &&
           makeLeaf(fileName(UnknownCa), QStringLiteral("otherca"), local, 2);
}

QString TestCertificates::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QString TestCertificates::path(Kind kind, File file) const
{
    return m_dir.filePath(fileName(kind) + (file == Cert ? QStringLiteral(".pem") : QStringLiteral(".key")));
}
