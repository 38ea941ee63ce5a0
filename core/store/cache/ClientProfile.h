#pragma once

#include "store/cache/SiteDefaults.h"

#include <QString>
#include <QUrl>

class QSettings;

// Where a client keeps its caches and settings: the --profile folder, or the user's app-data folder.
// One cache file per account and server.
class ClientProfile
{
public:
    explicit ClientProfile(const QString& dir = QString());
    ~ClientProfile();
    ClientProfile(const ClientProfile&) = delete;
    ClientProfile& operator=(const ClientProfile&) = delete;

    QString dir() const { return m_dir; }
    QString cachePath(const QUrl& server, const QString& username) const;
    QSettings& settings();

    QUrl lastServer();
    QString lastUsername();
    void remember(const QUrl& server, const QString& username);

    // How many days acknowledged changes are kept for a replay after a server restore ([sync]
    // keep_acked_days in opvangloket.ini; 30 when unset or not a number of days).
    int keepAckedDays();

    // The PEM file of CA certificates an https:// server's certificate may also chain to, beside the system store
    // ([tls] ca_file in opvangloket.ini; --ca-file sets it; else the site's preset). Empty: the system store alone
    // (TlsTrust).
    QString caFile();
    void setCaFile(const QString& path);
    static constexpr int kDefaultKeepAckedDays = 30;

    // The computer's presets (SiteDefaults::machine() unless a test sets others).
    const SiteDefaults& siteDefaults() const { return m_site; }
    void setSiteDefaults(const SiteDefaults& site) { m_site = site; }

    // The desktop client checks a cache file's integrity in the background after opening it (CacheCheck);
    // the CLI and tests check before (the default).
    void setCheckCachesInBackground(bool background) { m_checkInBackground = background; }
    bool checkCachesInBackground() const { return m_checkInBackground; }

private:
    QString m_dir;
    bool m_checkInBackground = false;
    QSettings* m_settings = nullptr;
    SiteDefaults m_site;
};
