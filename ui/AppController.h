#pragma once

#include "startup/AppOptions.h"
#include "startup/StartupTimer.h"

#include <QObject>

#include <functional>
#include <memory>

class ClientProfile;
class ClientSession;
class MainWindow;
class QApplication;

// The start-up flow of the desktop client: options, language, sign-in (password from stdin, the saved
// sign-in from the keychain, or the dialog), then the main window straight from the cache with a sync in
// the background. The window never waits for the network.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // Runs the client until the window closes; returns the process exit code.
    int run(QApplication& app);

    // What the hidden --bench option attaches to the window once it is open (tests/bench/probe): the benchmarks'
    // code stays out of the ui library.
    using WindowProbe = std::function<void(MainWindow& window, StartupTimer& startup, QObject* parent)>;
    void setBenchProbe(WindowProbe probe) { m_benchProbe = std::move(probe); }

private:
    bool startSession(QString* error);
    bool signInWithStdin(QString* error);
    bool resumeOrAsk(QString* error);
    bool askForPassword(const QString& notice, QString* error);
    bool openOfflineIfUnreachable(const QString& user, QString* error);
    QUrl chosenServer();
    void openMainWindow();
    // After a sign-in with a one-time password: the person chooses their own before anything else; false when they
    // would rather not (then they are signed out).
    bool changeOneTimePassword();
    // "Sign out…" confirmed: the window and the session end, the data goes when asked, the sign-in dialog asks
    // who is next (closing it quits).
    void signOut(bool removeData);
    void screenshotWhenSynced();
    void saveScreenshot(bool syncOk);
    static void report(const QString& message);

    AppOptions m_options;
    // Declared in this order so the window goes before the session and the session before the profile.
    std::unique_ptr<ClientProfile> m_profile;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    bool m_openedOffline = false;
    StartupTimer* m_startup = nullptr;
    WindowProbe m_benchProbe;
};
