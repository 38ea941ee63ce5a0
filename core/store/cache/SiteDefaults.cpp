#include "store/cache/SiteDefaults.h"

#include "store/cache/StoreLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

SiteDefaults SiteDefaults::machine()
{
#if defined(Q_OS_WIN)
    // The 64-bit view, where the MSI's 64-bit components write, whichever build reads it.
    QSettings settings(machineLocation(), QSettings::Registry64Format);
    return read(settings, machineLocation());
#else
    if (!QFileInfo::exists(machineLocation()))
        return SiteDefaults();
    return fromIniFile(machineLocation());
#endif
}

SiteDefaults SiteDefaults::fromIniFile(const QString& path)
{
    QSettings settings(path, QSettings::IniFormat);
    return read(settings, path);
}

QString SiteDefaults::machineLocation()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Opvangloket");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Opvangloket/client.conf");
#else
    return QStringLiteral("/etc/opvangloket/client.conf");
#endif
}

SiteDefaults SiteDefaults::read(QSettings& settings, const QString& where)
{
    SiteDefaults defaults;
    if (settings.status() == QSettings::AccessError)
        defaults.m_problems << QStringLiteral("%1 cannot be read").arg(where);
    else if (settings.status() == QSettings::FormatError)
        defaults.m_problems << QStringLiteral("%1 is not made of key=value lines").arg(where);
    const QString server = settings.value(QStringLiteral("server_url")).toString().trimmed();
    const QUrl url(server, QUrl::StrictMode);
    if (server.isEmpty()) {
        // no preset
    } else if (url.isValid() && !url.host().isEmpty() &&
               (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
        defaults.m_server = url;
    } else {
        defaults.m_problems
            << QStringLiteral("%1: server_url \"%2\" is not an https:// or http:// address").arg(where, server);
    }
    const QString caFile = settings.value(QStringLiteral("ca_file")).toString().trimmed();
    if (caFile.isEmpty()) {
        // no preset
    } else if (QDir::isAbsolutePath(caFile)) {
        defaults.m_caFile = QDir::cleanPath(caFile);
    } else {
        defaults.m_problems << QStringLiteral("%1: ca_file \"%2\" is not an absolute path").arg(where, caFile);
    }
    for (const QString& problem : std::as_const(defaults.m_problems))
        qCWarning(lcStore).noquote() << "site defaults left out:" << problem;
    return defaults;
}
