#pragma once

#include <QSslConfiguration>
#include <QString>

// The server's TLS identity from the PEM files of --tls-cert and --tls-key (server/README.md "TLS"): the
// certificate (followed by any intermediate certificates of its chain) and its private key, checked once at
// start-up so a bad file stops the server with a plain reason before anything listens.
class TlsCredentials
{
public:
    // Reads both files into a server-side configuration; false with *error when a file cannot be read, holds no
    // certificate or key, or the key does not belong to the certificate.
    static bool load(const QString& certFile, const QString& keyFile, QSslConfiguration* out, QString* error);

private:
    // Qt cannot compare a private key with a certificate's public key, so one handshake with itself on loopback
    // proves they belong together; false with *error (the TLS library's reason) when it fails.
    static bool handshakeWithItself(const QSslConfiguration& configuration, QString* error);
};
