#include "io/PrivateFiles.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"

#include "OwnerOnlyModes.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>
#include <sys/stat.h>

// A client's profile folder, its settings and its caches (with their -wal and -shm) are owner-only whatever
// the umask (docs/PROTOCOL.md "Input limits"). The umask is 022 here, the usual one.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profileAndCacheAreOwnerOnly();
    void cacheInANewFolderIsOwnerOnly();
    void existingFileIsRestricted();

private:
    static QFileDevice::Permissions mode(const QString& path) { return QFileInfo(path).permissions(); }
    QTemporaryDir m_root;
};

using OwnerOnlyModes::kFile;
using OwnerOnlyModes::kFolder;

void TestPrivateFiles::initTestCase()
{
    ::umask(022);
    QVERIFY(m_root.isValid());
}

void TestPrivateFiles::profileAndCacheAreOwnerOnly()
{
    ClientProfile profile(m_root.path() + QStringLiteral("/new/profile"));
    QCOMPARE(mode(profile.dir()), kFolder);
    profile.remember(QUrl(QStringLiteral("http://127.0.0.1:8787")), QStringLiteral("loket"));
    QCOMPARE(mode(profile.settings().fileName()), kFile);
    const QString path = profile.cachePath(QUrl(QStringLiteral("http://127.0.0.1:8787")), QStringLiteral("loket"));
    LocalCache cache;
    QCOMPARE(cache.open(path), LocalCache::OpenStatus::Ok);
    QVERIFY(cache.setState(QStringLiteral("cursor"), QStringLiteral("x"))); // a write: the -wal and -shm exist
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QVERIFY2(QFileInfo::exists(path + QLatin1String(suffix)), suffix);
        QCOMPARE(mode(path + QLatin1String(suffix)), kFile);
    }
}

void TestPrivateFiles::cacheInANewFolderIsOwnerOnly()
{
    const QString folder = m_root.path() + QStringLiteral("/elsewhere/caches");
    LocalCache cache;
    QCOMPARE(cache.open(folder + QStringLiteral("/cache.sqlite")), LocalCache::OpenStatus::Ok);
    QCOMPARE(mode(folder), kFolder);
    QCOMPARE(mode(folder + QStringLiteral("/cache.sqlite")), kFile);
}

void TestPrivateFiles::existingFileIsRestricted()
{
    const QString path = m_root.path() + QStringLiteral("/old.sqlite");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(mode(path).testFlag(QFileDevice::ReadOther)); // the umask let others read it
    QString error;
    QVERIFY2(PrivateFiles::makeFile(path, &error), qPrintable(error));
    QCOMPARE(mode(path), kFile);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "TestPrivateFiles.moc"
