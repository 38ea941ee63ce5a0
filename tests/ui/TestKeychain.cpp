#include "auth/CredentialStore.h"
#include "domain/Uuid.h"

#include <QtTest>

// A real round trip through the system keychain (gnome-keyring in a private D-Bus session in CI).
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no session bus, so no keychain to test against. Run under "
              "dbus-run-session with an unlocked gnome-keyring-daemon.");
}

void TestKeychain::writeReadRemove()
{
    CredentialStore store;
    const QString key = CredentialStore::keyFor(QStringLiteral("http://127.0.0.1:8787"),
                                                QStringLiteral("keychain-test-%1").arg(Uuid::v7()));
    const QString secret = QStringLiteral("refresh-%1").arg(Uuid::v7());

    const CredentialStore::Result written = store.write(key, secret);
    QVERIFY2(written.ok, qPrintable(written.error));
    const CredentialStore::Result read = store.read(key);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.secret, secret);

    const CredentialStore::Result replaced = store.write(key, secret + QStringLiteral("-rotated"));
    QVERIFY2(replaced.ok, qPrintable(replaced.error));
    QCOMPARE(store.read(key).secret, secret + QStringLiteral("-rotated"));

    const CredentialStore::Result removed = store.remove(key);
    QVERIFY2(removed.ok, qPrintable(removed.error));
    const CredentialStore::Result gone = store.read(key);
    QVERIFY(!gone.ok);
    QVERIFY(gone.notFound);
    QVERIFY(!gone.noKeychain);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
