#include "store/cache/ClientProfile.h"

#include "io/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

ClientProfile::ClientProfile(const QString& dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir)
    , m_site(SiteDefaults::machine())
{
    // Caches and settings hold personal data: the folder is created owner-only, and one made by an older
    // version is made so.
    PrivateFiles::makeFolder(m_dir);
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

ClientProfile::~ClientProfile()
{
    delete m_settings;
}

QString ClientProfile::cachePath(const QUrl& server, const QString& username) const
{
    // The file name must not reveal who signed in, only tell accounts and servers apart.
    const QByteArray key = server.toString(QUrl::StripTrailingSlash).toUtf8() + '\n' + username.toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
    return QDir(m_dir).filePath(QStringLiteral("cache-%1.sqlite").arg(hash));
}

QSettings& ClientProfile::settings()
{
    if (!m_settings)
        m_settings = new QSettings(QDir(m_dir).filePath(QStringLiteral("opvangloket.ini")), QSettings::IniFormat);
    return *m_settings;
}

QUrl ClientProfile::lastServer()
{
    return QUrl(settings().value(QStringLiteral("session/server")).toString());
}

QString ClientProfile::lastUsername()
{
    return settings().value(QStringLiteral("session/username")).toString();
}

void ClientProfile::remember(const QUrl& server, const QString& username)
{
    settings().setValue(QStringLiteral("session/server"), server.toString());
    settings().setValue(QStringLiteral("session/username"), username);
    settings().sync();
    PrivateFiles::restrict(settings().fileName()); // it names the user
}

int ClientProfile::keepAckedDays()
{
    bool ok = false;
    const int days = settings().value(QStringLiteral("sync/keep_acked_days")).toInt(&ok);
    return ok && days >= 0 ? days : kDefaultKeepAckedDays;
}

QString ClientProfile::caFile()
{
    const QString own = settings().value(QStringLiteral("tls/ca_file")).toString();
    return own.isEmpty() ? m_site.caFile() : own;
}

void ClientProfile::setCaFile(const QString& path)
{
    settings().setValue(QStringLiteral("tls/ca_file"), path);
    settings().sync();
}
