#include "store/records/ApplicationDraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

ApplicationDraftStore::ApplicationDraftStore(const QString& profileDir, const QString& username)
{
    // A hash of the user name keeps the file name safe whatever characters the name holds.
    const QByteArray key =
        QCryptographicHash::hash(username.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_path = QDir(profileDir).filePath(QStringLiteral("drafts/application-%1.json").arg(QString::fromLatin1(key)));
}

bool ApplicationDraftStore::exists() const
{
    return QFile::exists(m_path);
}

QJsonObject ApplicationDraftStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool ApplicationDraftStore::save(const QJsonObject& draft, QString* error)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the drafts folder");
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void ApplicationDraftStore::discard()
{
    QFile::remove(m_path);
}
