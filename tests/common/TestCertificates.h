#pragma once

#include <QString>
#include <QTemporaryDir>

// Certificates for the TLS tests, made at test time with Debian's openssl into a temporary folder (never checked
// in, so none expires in the repository): a test CA, and signed by it a server certificate for 127.0.0.1 and
// localhost, an expired one for the same names, and one for another host; plus a second CA no client trusts with a
// certificate for 127.0.0.1. Keys are EC P-256 (fast to make), unencrypted PEM as --tls-key wants them.
//
//   TestCertificates certs;
//   QVERIFY2(certs.make(), qPrintable(certs.errorString()));
//   options.tlsCert = certs.path(TestCertificates::Good, TestCertificates::Cert);
class TestCertificates
{
public:
    enum Kind { Good, Expired, WrongHost, UnknownCa };
    enum File { Cert, Key };

    bool make();
    QString errorString() const { return m_error; }
    QString caFile() const; // the trusted test CA (PEM)
    QString path(Kind kind, File file) const;

private:
    bool run(const QStringList& arguments);
    bool makeCa(const QString& name);
    bool makeLeaf(const QString& name, const QString& ca, const QString& altNames, int days);

    QTemporaryDir m_dir;
    QString m_error;
};
