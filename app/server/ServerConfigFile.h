#pragma once

#include <QString>
#include <QStringList>

// The server's settings in a file an IT department keeps under /etc (the DEB's /etc/opvangloket/server.conf,
// which its systemd unit names with --config): `key = value` lines whose keys are the long options of serving
// (listen, data, database, tls-cert, ...). The file turns into command-line arguments placed before the real
// ones, so an option given on the command line wins. A key left empty keeps the default. Unknown keys, lines
// without "=" and switches set to anything but yes/no are refused with the file and line, never skipped.
class ServerConfigFile
{
public:
    // The arguments the file at path stands for; false with *error (one sentence naming the file) when it cannot
    // be read or holds a line that cannot be used.
    static bool read(const QString& path, QStringList* arguments, QString* error);
    // The keys a file may set, as in --help.
    static QStringList valueKeys();
    static QStringList switchKeys();

private:
    static bool readLine(const QString& line, QStringList* arguments, QString* problem);
};
