#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

bool PrivateFiles::makeFolder(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    QDir().mkpath(info.absolutePath());
    // The mode is given to mkdir(2) itself; the umask can only take bits away, which 0700 does not miss.
    if (QDir().mkdir(info.absoluteFilePath(), kOwnerFolder))
        QFile::setPermissions(info.absoluteFilePath(), kOwnerFolder); // an umask that took the owner's bits
    return QFileInfo(path).isDir();
}

bool PrivateFiles::makeFile(const QString& path, QString* error)
{
    if (QFile::exists(path)) {
        restrict(path);
        return true;
    }
    QFile file(path);
    // NewOnly: open(2) with O_EXCL and the mode, so the file exists with no other mode, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile) && !QFile::exists(path)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void PrivateFiles::restrict(const QString& path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, kOwnerFile);
}
