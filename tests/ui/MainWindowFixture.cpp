#include "MainWindowFixture.h"

#include "MainWindow.h"
#include "common/UiLanguage.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"

#include <QCoreApplication>

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    close();
}

QUrl MainWindowFixture::offlineServer()
{
    return QUrl(QStringLiteral("http://127.0.0.1:9"));
}

QString MainWindowFixture::offlineCachePath(const QString& profileDir, const QString& username)
{
    return ClientProfile(profileDir).cachePath(offlineServer(), username);
}

void MainWindowFixture::useEnglish()
{
    UiLanguage::set(QStringLiteral("en"));
    UiLanguage::installTranslators(*QCoreApplication::instance());
}

bool MainWindowFixture::openOffline(const QString& profileDir, const QString& username, QString* error)
{
    close();
    m_profile = std::make_unique<ClientProfile>(profileDir);
    m_session = std::make_unique<ClientSession>(*m_profile, offlineServer());
    return makeWindow(m_session->openOffline(username, error));
}

bool MainWindowFixture::signIn(const QString& profileDir, const QUrl& server, const QString& username, QString* error)
{
    close();
    m_profile = std::make_unique<ClientProfile>(profileDir);
    m_session = std::make_unique<ClientSession>(*m_profile, server);
    return makeWindow(m_session->signIn(username, QStringLiteral("demo"), ClientSession::Keychain::Skip, error));
}

bool MainWindowFixture::makeWindow(bool opened)
{
    if (opened)
        m_window = std::make_unique<MainWindow>(*m_session, *m_profile);
    return opened;
}

void MainWindowFixture::close()
{
    m_window.reset();
    m_session.reset();
    m_profile.reset();
}
