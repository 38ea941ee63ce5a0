#include "AppController.h"

#include "MainWindow.h"
#include "common/UiLanguage.h"
#include "common/UiLog.h"
#include "signin/ChangePasswordDialog.h"
#include "signin/SignInDialog.h"
#include "store/cache/AccountDataRemoval.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
const QUrl kDefaultServer(QStringLiteral("http://127.0.0.1:8787"));
// A screenshot run that has not seen its first sync by then has failed.
constexpr int kScreenshotTimeoutMs = 180000;
} // namespace

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_startup(new StartupTimer(this))
{
    m_startup->start();
}

AppController::~AppController() = default;

void AppController::report(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
}

int AppController::run(QApplication& app)
{
    QString error;
    if (!AppOptions::parse(app.arguments(), &m_options, &error)) {
        report(error);
        return 2;
    }
    UiLanguage::set(m_options.language.isEmpty() ? UiLanguage::fromLocaleName(QLocale::system().name())
                                                 : m_options.language);
    UiLanguage::installTranslators(app);
    m_profile = std::make_unique<ClientProfile>(m_options.profileDir);
    if (!m_options.caFile.isEmpty())
        m_profile->setCaFile(m_options.caFile); // the next starts trust it too, without the option
    // The window comes first; a large cache's integrity check follows on a thread of its own.
    m_profile->setCheckCachesInBackground(true);
    if (!startSession(&error)) {
        if (error.isEmpty())
            return 0; // the person cancelled the sign-in
        report(tr("Could not start Opvangloket: %1").arg(error));
        return 1;
    }
    if (!changeOneTimePassword())
        return 0;
    openMainWindow();
    return app.exec();
}

QUrl AppController::chosenServer()
{
    if (!m_options.server.isEmpty())
        return m_options.server;
    const QUrl last = m_profile->lastServer();
    if (last.isValid() && !last.host().isEmpty())
        return last;
    const QUrl preset = m_profile->siteDefaults().server();
    return preset.isEmpty() ? kDefaultServer : preset;
}

bool AppController::startSession(QString* error)
{
    m_session = std::make_unique<ClientSession>(*m_profile, chosenServer());
    return m_options.passwordStdin ? signInWithStdin(error) : resumeOrAsk(error);
}

bool AppController::signInWithStdin(QString* error)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    // A session started this way writes nothing to the keychain.
    ApiResult answer;
    if (m_session->signIn(m_options.user, password, ClientSession::Keychain::Skip, error, &answer))
        return true;
    if (!answer.networkError)
        return false; // the server said no (wrong password, rate limit): never bypass it
    return openOfflineIfUnreachable(m_options.user, error);
}

bool AppController::openOfflineIfUnreachable(const QString& user, QString* error)
{
    if (!QFile::exists(m_profile->cachePath(m_session->server(), user)))
        return false;
    QString offlineError;
    if (!m_session->openOffline(user, &offlineError)) {
        *error = offlineError;
        return false;
    }
    qCInfo(lcUi) << "server out of reach; working from the offline copy";
    m_openedOffline = true;
    return true;
}

bool AppController::resumeOrAsk(QString* error)
{
    const QString user = m_options.user.isEmpty() ? m_profile->lastUsername() : m_options.user;
    if (user.isEmpty())
        return askForPassword(QString(), error);
    QString resumeError;
    switch (m_session->resume(user, &resumeError)) {
    case ClientSession::ResumeResult::Online:
        return true;
    case ClientSession::ResumeResult::Offline:
        m_openedOffline = true;
        return true;
    case ClientSession::ResumeResult::NeedPassword:
        // A missing saved sign-in is normal; a missing keychain must be said plainly.
        return askForPassword(m_session->keychainWarning(), error);
    case ClientSession::ResumeResult::Failed:
        break;
    }
    return askForPassword(resumeError, error);
}

bool AppController::askForPassword(const QString& notice, QString* error)
{
    const QUrl server = m_session ? m_session->server() : chosenServer();
    const QString user = m_options.user.isEmpty() ? m_profile->lastUsername() : m_options.user;
    SignInDialog dialog(*m_profile, server, user);
    dialog.setNotice(notice);
    m_session.reset();
    if (dialog.exec() != QDialog::Accepted) {
        error->clear();
        return false;
    }
    m_session = dialog.takeSession();
    m_openedOffline = !m_session->isOnline();
    return true;
}

bool AppController::changeOneTimePassword()
{
    if (!m_session->mustChangePassword())
        return true;
    // A one-time password opens nothing but this step (the server refuses every other call until it is done).
    ChangePasswordDialog dialog(m_session->api(), m_session->account().username);
    dialog.setWindowTitle(tr("Choose your own password"));
    if (dialog.exec() != QDialog::Accepted) {
        m_session->signOut();
        return false;
    }
    m_session->passwordChanged();
    return true;
}

void AppController::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session, *m_profile);
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this](bool removeData) {
        // After the signal: the window and the session it shows go only once the dialog's call has returned.
        QTimer::singleShot(0, this, [this, removeData]() { signOut(removeData); });
    });
    if (!m_options.view.isEmpty())
        m_window->openRequestedView(m_options.view);
    if (m_options.bench && m_benchProbe)
        m_benchProbe(*m_window, *m_startup, this);
    m_startup->watch();
    m_window->show();
    if (!m_options.screenshot.isEmpty())
        screenshotWhenSynced();
    else if (!m_options.search.isEmpty())
        QTimer::singleShot(0, m_window.get(), [this]() { m_window->showSearch(m_options.search); });
    // The window shows the cache first; fresh data follows in the background, and keeps following.
    QTimer::singleShot(0, m_window.get(), [this]() { m_session->startBackgroundSync(); });
}

void AppController::signOut(bool removeData)
{
    const QUrl server = m_session->server();
    const QString user = m_session->account().username;
    m_window.reset();
    m_session->signOut(); // revoked on the server when online; the saved sign-in leaves the keychain
    m_session.reset();    // the cache file is closed
    if (removeData) {
        int files = 0;
        QString error;
        if (!AccountDataRemoval::remove(*m_profile, server, user, &files, &error))
            report(error);
        qCInfo(lcUi) << "signed out; account data removed:" << files << "files";
    } else {
        qCInfo(lcUi) << "signed out";
    }
    QString error;
    if (!askForPassword(QString(), &error) || !changeOneTimePassword()) {
        if (!error.isEmpty())
            report(error);
        QCoreApplication::quit();
        return;
    }
    openMainWindow();
}

void AppController::screenshotWhenSynced()
{
    connect(
        m_window.get(), &MainWindow::syncApplied, this,
        [this](bool ok) {
            // Show one record's details too, and let everything lay out and paint before the picture.
            m_window->selectFirstRecord();
            if (!m_options.search.isEmpty())
                m_window->showSearch(m_options.search);
            QTimer::singleShot(400, this, [this, ok]() { saveScreenshot(ok); });
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(kScreenshotTimeoutMs, this, [this]() {
        report(tr("No sync finished within %1 seconds; no screenshot taken.").arg(kScreenshotTimeoutMs / 1000));
        QCoreApplication::exit(3);
    });
}

void AppController::saveScreenshot(bool syncOk)
{
    if (!m_window->grab().save(m_options.screenshot)) {
        report(tr("Could not save the screenshot to %1.").arg(m_options.screenshot));
        QCoreApplication::exit(1);
        return;
    }
    // Offline by choice, a failed sync is expected; online, it is a failure worth a non-zero exit.
    if (!syncOk && !m_openedOffline) {
        report(tr("The first sync failed; the screenshot shows the offline copy."));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}
