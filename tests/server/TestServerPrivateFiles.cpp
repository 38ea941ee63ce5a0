#include "TestMutations.h"
#include "TestServer.h"
#include "mail/MailDelivery.h"

#include "OwnerOnlyModes.h"
#include <QDir>

#include <QFileInfo>
#include <QtTest>
#include <sys/stat.h>

using namespace TestMutations;

// The server's files that hold personal data are owner-only whatever the umask (docs/PROTOCOL.md "Input
// limits"): the data folder it creates, the database with its -wal and -shm, the mail folder and each .eml.
// The umask is 022 here, the usual one, under which files are created readable by everyone.
class TestServerPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void databaseAndMailAreOwnerOnly();

private:
    static QFileDevice::Permissions mode(const QString& path) { return QFileInfo(path).permissions(); }
};

using OwnerOnlyModes::kFile;
using OwnerOnlyModes::kFolder;

void TestServerPrivateFiles::initTestCase()
{
    ::umask(022);
}

void TestServerPrivateFiles::databaseAndMailAreOwnerOnly()
{
    QTemporaryDir root;
    const QString data = root.path() + QStringLiteral("/server/data");
    const QString mail = root.path() + QStringLiteral("/server/mail");
    TestServer server{TestServer::Empty};
    server.configure([&](ServerOptions& o) {
        o.dataDir = data;
        o.mailDir = mail;
    });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(!server.createAccount(QStringLiteral("loket"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
                 .isEmpty());
    const TestServer::Session s = server.login(QStringLiteral("loket"), QStringLiteral("secret"));
    QVERIFY(s.isValid());
    const QJsonObject p = parentRow(QStringLiteral("antwerpen"));
    const QJsonObject c = childRow(QStringLiteral("antwerpen"), p.value(QStringLiteral("id")).toString());
    const QJsonObject a = applicationRow(QStringLiteral("antwerpen"), p.value(QStringLiteral("id")).toString(),
                                         c.value(QStringLiteral("id")).toString());
    QCOMPARE(
        server
            .push(s.accessToken, QStringLiteral("files-client"),
                  {withMid(insert(QStringLiteral("parents"), p), 1), withMid(insert(QStringLiteral("children"), c), 2),
                   withMid(insert(QStringLiteral("applications"), a), 3)})
            .status,
        200);
    QVERIFY(server.server().mailDelivery().runOnce()); // the acknowledgement to the parent, as a .eml file

    if (server.databaseUrl().isEmpty()) {
        QCOMPARE(mode(data), kFolder);
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString file = data + QStringLiteral("/opvangloket.sqlite") + QLatin1String(suffix);
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(mode(file), kFile);
        }
    }
    QCOMPARE(mode(mail), kFolder);
    const QStringList messages = QDir(mail).entryList({QStringLiteral("*.eml")}, QDir::Files);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(mode(mail + QLatin1Char('/') + messages.first()), kFile);
}

QTEST_GUILESS_MAIN(TestServerPrivateFiles)
#include "TestServerPrivateFiles.moc"
