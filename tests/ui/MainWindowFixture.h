#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class ClientProfile;
class ClientSession;
class MainWindow;

// The main window over a client session as the window tests open it: a profile folder, a session (offline from a
// prepared cache, or signed in to a real server) and the window, owned together and closed in the right order
// (window, session, profile). The window tests each opened and closed these three by hand.
class MainWindowFixture
{
public:
    MainWindowFixture();
    ~MainWindowFixture();

    // Nothing listens on port 9 of loopback: every request fails at once, like a cable pulled out.
    static QUrl offlineServer();
    // Where openOffline() finds `username`'s cache in `profileDir`: a test writes its data there first.
    static QString offlineCachePath(const QString& profileDir, const QString& username);
    // The window's texts in English, translators installed, as the tests read them.
    static void useEnglish();

    // Opens `username`'s cache in `profileDir` offline, as on a laptop without network, and makes the window (not
    // shown yet: a test may resize it or watch its models first). False with *error.
    bool openOffline(const QString& profileDir, const QString& username, QString* error);
    // Signs `username` in to `server` with the demo password, nothing in the keychain, and makes the window.
    bool signIn(const QString& profileDir, const QUrl& server, const QString& username, QString* error);
    // Closes the window, then the session, then the profile.
    void close();

    MainWindow* window() const { return m_window.get(); }
    ClientSession& session() const { return *m_session; }
    ClientProfile& profile() const { return *m_profile; }

private:
    bool makeWindow(bool opened);

    std::unique_ptr<ClientProfile> m_profile;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};
