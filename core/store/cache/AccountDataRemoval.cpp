#include "store/cache/AccountDataRemoval.h"

#include "store/cache/ClientProfile.h"
#include "store/records/ApplicationDraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool AccountDataRemoval::remove(const ClientProfile& profile, const QUrl& server, const QString& username, int* files,
                                QString* error)
{
    const QFileInfo cache(profile.cachePath(server, username));
    // cache-<hash>.sqlite, -wal, -shm, -journal and .damaged-<time> copies: all start with the file's own name.
    QStringList paths;
    for (const QFileInfo& f :
         QDir(cache.absolutePath()).entryInfoList({cache.fileName() + QLatin1Char('*')}, QDir::Files))
        paths.append(f.absoluteFilePath());
    const QString draft = ApplicationDraftStore(profile.dir(), username).path();
    if (QFile::exists(draft))
        paths.append(draft);
    *files = 0;
    QStringList failed;
    for (const QString& path : qAsConst(paths)) {
        if (QFile::remove(path))
            ++*files;
        else
            failed.append(QFileInfo(path).fileName());
    }
    if (failed.isEmpty())
        return true;
    *error = tr("Some files could not be removed (%1). Close every Opvangloket window and try again.")
                 .arg(failed.join(QStringLiteral(", ")));
    return false;
}
