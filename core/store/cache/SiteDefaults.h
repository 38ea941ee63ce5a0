#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

// What an IT department presets for every user of a computer, in one machine-wide place users do not write: the
// server address a first start signs in to, and a CA file trusted beside the system store. Windows: the registry
// key HKLM\Software\Opvangloket (the MSI's SERVERURL and CAFILE properties write it); Linux:
// /etc/opvangloket/client.conf; macOS: /Library/Application Support/Opvangloket/client.conf (both INI). Keys
// server_url and ca_file. A person's own profile settings win: the preset only fills what they left unset.
class SiteDefaults
{
public:
    // This computer's presets (empty when there are none); a value that cannot be used is logged and left out.
    static SiteDefaults machine();
    static SiteDefaults fromIniFile(const QString& path);
    // Where machine() reads, for messages and documentation.
    static QString machineLocation();

    QUrl server() const { return m_server; }
    QString caFile() const { return m_caFile; }
    // What was left out and why, one sentence each (also logged).
    QStringList problems() const { return m_problems; }

private:
    static SiteDefaults read(QSettings& settings, const QString& where);

    QUrl m_server;
    QString m_caFile;
    QStringList m_problems;
};
