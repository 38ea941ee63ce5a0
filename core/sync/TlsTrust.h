#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

// Whom the client trusts when it talks to an https:// (and wss://) server (docs/PROTOCOL.md "Transport"): the
// system's certificate store, plus the CA certificates of a file the operator gives (--ca-file, or the profile's
// [tls] ca_file setting) for a city's own certificate authority. One configuration serves the API client and the
// notify socket alike. It also turns the TLS library's verification errors into one plain sentence in the window's
// language, so a person can tell a wrong host name from an expired certificate from an unknown issuer.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    // The system store plus the PEM certificates of caFile (none when empty); false with *error (translated) when
    // the file cannot be read or holds no certificate. *out is the system store alone then.
    static bool configuration(const QString& caFile, QSslConfiguration* out, QString* error);

    // Why the server's certificate was refused, for a person; host is the host name the client asked for.
    static QString describe(const QList<QSslError>& errors, const QString& host);
};
