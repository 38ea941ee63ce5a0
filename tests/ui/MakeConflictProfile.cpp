// Writes a client profile whose offline copy holds one conflict of each kind (and a duplicate parent to
// merge), for looking at the Conflicts view in the real client:
//   make_conflict_profile DIR
//   echo x | opvangloket --server http://127.0.0.1:9 --profile DIR --user loket.test --password-stdin
//                        --view conflicts --screenshot conflicts.png
// (nothing listens on port 9, so the client opens the offline copy).
#include "ConflictTestData.h"
#include "UiTestData.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: make_conflict_profile DIR" << Qt::endl;
        return 2;
    }
    ClientProfile profile(app.arguments().at(1));
    UiTestData data;
    const QString path = profile.cachePath(QUrl(QStringLiteral("http://127.0.0.1:9")), data.username);
    QString error;
    if (!data.writeCache(path, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    LocalCache cache;
    ConflictTestData conflicts;
    if (cache.open(path) != LocalCache::OpenStatus::Ok || !conflicts.fill(cache, data, &error) ||
        !conflicts.fillDuplicateParent(cache, data, &error)) {
        err << (error.isEmpty() ? cache.errorString() : error) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << path << Qt::endl;
    return 0;
}
