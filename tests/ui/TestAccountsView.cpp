#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "TestServer.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountsModel.h"
#include "accounts/AccountsView.h"
#include "accounts/OneTimePasswordDialog.h"
#include "storage/ServerStorage.h"
#include "sync/AccountClient.h"
#include "sync/ApiClient.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

// The window's texts in another language for as long as it lives (the English of the other tests comes back after).
class Language
{
public:
    explicit Language(const QString& code)
        : m_ok(m_translator.load(QStringLiteral(":/i18n/opvangloket_%1.qm").arg(code)))
    {
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Language() { QCoreApplication::removeTranslator(&m_translator); }
    bool isLoaded() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok;
};

} // namespace

// The Accounts page against a real demo server: an administrator lists every account, makes one (its one-time
// password shown once, and signing in with it asks for a new one), changes role and regions, deactivates and
// reactivates, resets a password and signs an account out everywhere; the last administrator stays; a coordinator is
// offered only what it may grant, and a request forced past the form is refused in the window's language.
class TestAccountsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theModelReadsInWords();
    void adminListsEveryAccount();
    void createShowsAOneTimePasswordThatMustBeChanged();
    void formChecksAsOneTypes();
    void editChangesRoleAndRegions();
    void coordinatorIsOfferedOnlyWhatItMayGrant();
    void lastAdminCannotBeDeactivated();
    void deactivateAndReactivate();
    void declinedQuestionSendsNothing();
    void resetPasswordShowsANewOne();
    void signOutEverywhereEndsTheSessions();
    void sendByMailInsteadOfShowing();
    void thePageInTheWindow();
    void aCounterIsRefused();

private:
    // An ApiClient signed in as `username` (password "demo" for the demo accounts).
    std::unique_ptr<ApiClient> signIn(const QString& username, const QString& password = QStringLiteral("demo"));
    // A page of `api`'s account, shown, with its list read; the questions answered yes.
    std::unique_ptr<AccountsView> openPage(ApiClient& api, const QString& username);
    // A fresh counter account of Antwerpen made on the server, listed in the page and selected.
    QString freshCounter(AccountsView& view, const QString& username);
    static bool waitForLoaded(AccountsView& view);
    static bool waitForFinished(AccountsView& view, bool* ok);
    std::optional<Account> stored(const QString& username) { return m_server.storage().accountByUsername(username); }
    HttpReply login(const QString& username, const QString& password);

    QTemporaryDir m_mailDir; // the demo server writes mail here (a folder as transport)
    TestServer m_server{TestServer::Demo};
    int m_choice = 0;        // the button the questions are answered with
    QStringList m_questions; // what the page asked before acting
};

void TestAccountsView::initTestCase()
{
    MainWindowFixture::useEnglish();
    m_server.configure([this](ServerOptions& o) { o.mailDir = m_mailDir.path(); });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAccountsView::init()
{
    m_questions.clear();
    m_choice = 0;
}

std::unique_ptr<ApiClient> TestAccountsView::signIn(const QString& username, const QString& password)
{
    auto api = std::make_unique<ApiClient>(QUrl(m_server.baseUrl()));
    const TestServer::Session session = m_server.login(username, password);
    if (!session.isValid())
        return nullptr;
    api->setTokens(session.accessToken, session.refreshToken);
    return api;
}

HttpReply TestAccountsView::login(const QString& username, const QString& password)
{
    return m_server.http().post(QStringLiteral("/api/v1/auth/login"),
                                {{QStringLiteral("username"), username},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("device"), QStringLiteral("t")}});
}

bool TestAccountsView::waitForLoaded(AccountsView& view)
{
    return QTest::qWaitFor([&]() { return !view.isLoading(); }, 30000);
}

bool TestAccountsView::waitForFinished(AccountsView& view, bool* ok)
{
    QSignalSpy finished(&view, &AccountsView::actionFinished);
    if (!finished.wait(30000))
        return false;
    *ok = finished.first().first().toBool();
    return true;
}

std::unique_ptr<AccountsView> TestAccountsView::openPage(ApiClient& api, const QString& username)
{
    const std::optional<Account> me = stored(username);
    if (!me)
        return nullptr;
    auto view = std::make_unique<AccountsView>(api, *me);
    view->setConfirmation([this](const QString& question, const QStringList&) {
        m_questions.append(question);
        return m_choice; // 0: the first way on (a reset shows the password; 1 mails it)
    });
    view->resize(1100, 600);
    view->show(); // showing it reads the list
    if (!QTest::qWaitForWindowExposed(view.get()) || !waitForLoaded(*view))
        return nullptr;
    return view;
}

QString TestAccountsView::freshCounter(AccountsView& view, const QString& username)
{
    const QString id = m_server.createAccount(username, QStringLiteral("counter"), {QStringLiteral("antwerpen")},
                                              QStringLiteral("secret"));
    view.refresh();
    if (id.isEmpty() || !waitForLoaded(view) || !view.selectAccount(id))
        return QString();
    return id;
}

void TestAccountsView::theModelReadsInWords()
{
    AccountsModel model;
    model.setAccounts(QJsonArray{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")},
                    {QStringLiteral("username"), QStringLiteral("beheer")},
                    {QStringLiteral("role"), QStringLiteral("admin")},
                    {QStringLiteral("region_ids"),
                     QJsonArray{QStringLiteral("antwerpen"), QStringLiteral("mechelen"), QStringLiteral("turnhout")}},
                    {QStringLiteral("active"), true},
                    {QStringLiteral("last_sign_in_at"), QJsonValue::Null}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("a2")},
                    {QStringLiteral("username"), QStringLiteral("weg")},
                    {QStringLiteral("role"), QStringLiteral("counter")},
                    {QStringLiteral("region_ids"), QJsonArray{QStringLiteral("mechelen"), QStringLiteral("turnhout")}},
                    {QStringLiteral("active"), false},
                    {QStringLiteral("last_sign_in_at"), QStringLiteral("2026-03-01T09:30:00.000Z")}}});
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, AccountsModel::Role), QStringLiteral("Administrator"));
    QCOMPARE(cell(0, AccountsModel::Regions), QStringLiteral("All regions"));
    QCOMPARE(cell(0, AccountsModel::LastSignIn), QStringLiteral("never"));
    QCOMPARE(cell(0, AccountsModel::Status), QStringLiteral("Active"));
    QCOMPARE(cell(1, AccountsModel::Role), QStringLiteral("Counter worker"));
    QCOMPARE(cell(1, AccountsModel::Regions), QStringLiteral("Mechelen, Stadsregio Turnhout"));
    QCOMPARE(cell(1, AccountsModel::Status), QStringLiteral("Deactivated"));
    const QDateTime local =
        QDateTime::fromString(QStringLiteral("2026-03-01T09:30:00.000Z"), Qt::ISODateWithMs).toLocalTime();
    QCOMPARE(cell(1, AccountsModel::LastSignIn), local.toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // a deactivated account reads greyed
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    model.putAccount(QJsonObject{{QStringLiteral("id"), QStringLiteral("a2")},
                                 {QStringLiteral("username"), QStringLiteral("weg")},
                                 {QStringLiteral("role"), QStringLiteral("referrer")},
                                 {QStringLiteral("active"), true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(1, AccountsModel::Role), QStringLiteral("Referrer"));
}

void TestAccountsView::adminListsEveryAccount()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    QVERIFY2(view->messageLabel()->text().isEmpty(), qPrintable(view->messageLabel()->text()));
    QCOMPARE(view->model()->rowCount(), int(m_server.storage().accounts().size()));
    const int regie = view->model()->rowOf(stored(QStringLiteral("regie.antwerpen"))->id);
    QVERIFY(regie >= 0);
    QCOMPARE(view->model()->index(regie, AccountsModel::Role).data().toString(), QStringLiteral("Coordinator"));
    QCOMPARE(view->model()->index(regie, AccountsModel::Regions).data().toString(), QStringLiteral("Antwerpen"));
    const int me = view->model()->rowOf(stored(QStringLiteral("admin"))->id);
    QVERIFY(view->model()->index(me, AccountsModel::LastSignIn).data().toString().contains(QLatin1Char(':')));
    // The filter looks through every column: one account works in Mechelen.
    view->filterEdit()->setText(QStringLiteral("mechelen"));
    QCOMPARE(view->proxy()->rowCount(), 1);
    QCOMPARE(view->proxy()->index(0, AccountsModel::UserName).data().toString(), QStringLiteral("loket.mechelen"));
    QVERIFY(view->countLabel()->text().startsWith(QStringLiteral("1 of ")));
    view->filterEdit()->clear();
    // Sorting by role puts the administrator first (alphabetically, in words).
    view->table()->sortByColumn(AccountsModel::Role, Qt::AscendingOrder);
    QCOMPARE(view->proxy()->index(0, AccountsModel::Role).data().toString(), QStringLiteral("Administrator"));
    // Nothing selected: only "New account…" and "Refresh" can be done.
    view->table()->clearSelection();
    QVERIFY(view->newAction()->isEnabled());
    QVERIFY(!view->editAction()->isEnabled());
    QVERIFY(!view->resetAction()->isEnabled());
}

void TestAccountsView::createShowsAOneTimePasswordThatMustBeChanged()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    AccountDialog* dialog = view->newAccount();
    QTest::keyClicks(dialog->userNameEdit(), QStringLiteral("nieuw.loket"));
    QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Nieuw Loket"));
    dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(QStringLiteral("counter")));
    dialog->regionBox(QStringLiteral("mechelen"))->setChecked(true);
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->message()->text()));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&]() { return view->passwordDialog() != nullptr; }, 30000));
    const QString password = view->passwordDialog()->passwordEdit()->text();
    QCOMPARE(password.size(), 16);
    QVERIFY(view->passwordDialog()->passwordEdit()->isReadOnly());
    QVERIFY(view->passwordDialog()->explanation()->text().contains(QStringLiteral("not be shown again")));
    QTest::mouseClick(view->passwordDialog()->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    // The server holds the account as made; the list shows it selected.
    const std::optional<Account> made = stored(QStringLiteral("nieuw.loket"));
    QVERIFY(made);
    QCOMPARE(made->role, QStringLiteral("counter"));
    QCOMPARE(made->regionIds, QStringList{QStringLiteral("mechelen")});
    QCOMPARE(str(view->currentAccount(), "id"), made->id);
    // Signing in with the one-time password works and asks for a password of one's own.
    const HttpReply signedIn = login(QStringLiteral("nieuw.loket"), password);
    QCOMPARE(signedIn.status, 200);
    QCOMPARE(signedIn.json.value(QLatin1String("must_change_password")).toBool(), true);
    view->passwordDialog()->close();
    QVERIFY(QTest::qWaitFor([&]() { return view->passwordDialog() == nullptr; }, 5000)); // shown once, then gone
    // The same user name again is refused in words, in the dialog, which stays open.
    AccountDialog* again = view->newAccount();
    QTest::keyClicks(again->userNameEdit(), QStringLiteral("NIEUW.loket"));
    again->regionBox(QStringLiteral("antwerpen"))->setChecked(true);
    QTest::mouseClick(again->saveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&]() { return again->message()->text().contains(QStringLiteral("taken")); }, 30000));
    QVERIFY(again->isVisible());
    again->reject();
}

void TestAccountsView::formChecksAsOneTypes()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    AccountDialog dialog(*api, *stored(QStringLiteral("admin")), QJsonObject());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.message()->text(), QStringLiteral("Type a user name."));
    QTest::keyClicks(dialog.userNameEdit(), QStringLiteral("met spatie"));
    QVERIFY(dialog.message()->text().contains(QStringLiteral("2 to 64")));
    dialog.userNameEdit()->setText(QStringLiteral("goede.naam"));
    QCOMPARE(dialog.message()->text(), QStringLiteral("Choose at least one region."));
    dialog.regionBox(QStringLiteral("turnhout"))->setChecked(true);
    dialog.emailEdit()->setText(QStringLiteral("geen adres"));
    QCOMPARE(dialog.message()->text(), QStringLiteral("The e-mail address is not valid."));
    dialog.emailEdit()->setText(QStringLiteral("goede.naam@example.org"));
    QVERIFY(dialog.message()->text().isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
    // An administrator works in every region: the boxes are checked and cannot be changed.
    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("admin")));
    QVERIFY(dialog.regionBox(QStringLiteral("antwerpen"))->isChecked());
    QVERIFY(!dialog.regionBox(QStringLiteral("antwerpen"))->isEnabled());
}

void TestAccountsView::editChangesRoleAndRegions()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    const QString id = freshCounter(*view, QStringLiteral("wordt.regie"));
    QVERIFY(!id.isEmpty());
    AccountDialog* dialog = view->editAccount();
    QVERIFY(dialog);
    QVERIFY(dialog->userNameEdit()->isReadOnly()); // a user name never changes
    QVERIFY(!dialog->saveButton()->isEnabled());   // nothing changed yet
    dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(QStringLiteral("coordinator")));
    dialog->regionBox(QStringLiteral("mechelen"))->setChecked(true);
    QTest::keyClicks(dialog->organisationEdit(), QStringLiteral("Huis van het Kind"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    bool ok = false;
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY2(ok, qPrintable(view->messageLabel()->text()));
    const std::optional<Account> after = stored(QStringLiteral("wordt.regie"));
    QCOMPARE(after->role, QStringLiteral("coordinator"));
    QStringList regions = after->regionIds;
    regions.sort();
    QCOMPARE(regions, (QStringList{QStringLiteral("antwerpen"), QStringLiteral("mechelen")}));
    QCOMPARE(after->organisation, QStringLiteral("Huis van het Kind"));
    const int row = view->model()->rowOf(id);
    QCOMPARE(view->model()->index(row, AccountsModel::Role).data().toString(), QStringLiteral("Coordinator"));
    QCOMPARE(view->model()->index(row, AccountsModel::Regions).data().toString(),
             QStringLiteral("Antwerpen, Mechelen"));
}

void TestAccountsView::coordinatorIsOfferedOnlyWhatItMayGrant()
{
    const auto api = signIn(QStringLiteral("regie.antwerpen"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("regie.antwerpen"));
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QJsonObject account = view->model()->account(row);
        QVERIFY(str(account, "role") != QLatin1String("admin"));
        QCOMPARE(account.value(QLatin1String("region_ids")).toArray(), QJsonArray{QStringLiteral("antwerpen")});
    }
    QVERIFY(view->model()->rowOf(stored(QStringLiteral("loket.antwerpen"))->id) >= 0);
    AccountDialog* dialog = view->newAccount();
    QCOMPARE(dialog->roleCombo()->findData(QStringLiteral("admin")), -1);
    QVERIFY(dialog->roleCombo()->findData(QStringLiteral("coordinator")) >= 0);
    QVERIFY(!dialog->regionBox(QStringLiteral("mechelen")));
    QVERIFY(dialog->regionBox(QStringLiteral("antwerpen"))->isChecked()); // its only region, already chosen
    dialog->reject();
    // Forced past the form, the server refuses, and the refusal reads in the window's language.
    AccountInfo admin;
    admin.username = QStringLiteral("stiekem.beheer");
    admin.role = QStringLiteral("admin");
    ApiResult refused;
    AccountClient(*api).create(admin, false, [&refused](const ApiResult& reply) { refused = reply; });
    QVERIFY(QTest::qWaitFor([&]() { return refused.status != 0 || refused.networkError; }, 30000));
    QCOMPARE(refused.status, 403);
    QVERIFY(AccountClient::refusal(refused).startsWith(QStringLiteral("You may not do this.")));
    QString french;
    {
        const Language fr(QStringLiteral("fr"));
        QVERIFY(fr.isLoaded());
        french = AccountClient::refusal(refused);
    }
    QVERIFY2(french.startsWith(QStringLiteral("Vous ne pouvez pas")), qPrintable(french));
    QVERIFY(!stored(QStringLiteral("stiekem.beheer")));
    // Another region forced into an edit: refused alike, nothing changed.
    const QString loket = stored(QStringLiteral("loket.antwerpen"))->id;
    ApiResult other;
    AccountClient(*api).update(loket, {{QStringLiteral("region_ids"), QJsonArray{QStringLiteral("mechelen")}}},
                               [&other](const ApiResult& reply) { other = reply; });
    QVERIFY(QTest::qWaitFor([&]() { return other.status != 0 || other.networkError; }, 30000));
    QCOMPARE(other.status, 403);
    QCOMPARE(stored(QStringLiteral("loket.antwerpen"))->regionIds, QStringList{QStringLiteral("antwerpen")});
}

void TestAccountsView::lastAdminCannotBeDeactivated()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    QVERIFY(view->selectAccount(stored(QStringLiteral("admin"))->id));
    view->toggleActive();
    bool ok = true;
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY(!ok);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QStringLiteral("admin")));
    QCOMPARE(view->messageLabel()->text(),
             QStringLiteral("This is the last active administrator. Make another account administrator first."));
    QVERIFY(stored(QStringLiteral("admin"))->active);
    // In Dutch the same refusal reads in Dutch.
    QString dutch;
    {
        const Language nl(QStringLiteral("nl"));
        QVERIFY(nl.isLoaded());
        view->toggleActive();
        QVERIFY(waitForFinished(*view, &ok));
        dutch = view->messageLabel()->text();
    }
    QVERIFY2(dutch.startsWith(QStringLiteral("Dit is de laatste actieve beheerder")), qPrintable(dutch));
}

void TestAccountsView::deactivateAndReactivate()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    const QString id = freshCounter(*view, QStringLiteral("even.weg"));
    QVERIFY(!id.isEmpty());
    const TestServer::Session session = m_server.login(QStringLiteral("even.weg"), QStringLiteral("secret"));
    QVERIFY(session.isValid());
    QCOMPARE(view->activeAction()->text(), QStringLiteral("&Deactivate…"));
    view->toggleActive();
    bool ok = false;
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY2(ok, qPrintable(view->messageLabel()->text()));
    QVERIFY(m_questions.first().contains(QStringLiteral("even.weg")));
    QVERIFY(!stored(QStringLiteral("even.weg"))->active);
    QCOMPARE(view->model()->index(view->model()->rowOf(id), AccountsModel::Status).data().toString(),
             QStringLiteral("Deactivated"));
    const HttpReply refused = m_server.http().get(QStringLiteral("/api/v1/me"), session.accessToken);
    QCOMPARE(refused.status, 403);
    // Reactivating asks nothing and lets it in again.
    QCOMPARE(view->activeAction()->text(), QStringLiteral("Re&activate"));
    view->activeAction()->trigger();
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY(ok);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(stored(QStringLiteral("even.weg"))->active);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), session.accessToken).status, 200);
}

void TestAccountsView::declinedQuestionSendsNothing()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    QVERIFY(!freshCounter(*view, QStringLiteral("blijft.actief")).isEmpty());
    view->setConfirmation([](const QString&, const QStringList&) { return -1; });
    QSignalSpy finished(view.get(), &AccountsView::actionFinished);
    view->toggleActive();
    view->resetPassword();
    view->signOutEverywhere();
    QVERIFY(!finished.wait(500));
    QVERIFY(stored(QStringLiteral("blijft.actief"))->active);
    QCOMPARE(login(QStringLiteral("blijft.actief"), QStringLiteral("secret")).status, 200);
}

void TestAccountsView::resetPasswordShowsANewOne()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    QVERIFY(!freshCounter(*view, QStringLiteral("vergeten.ww")).isEmpty());
    view->resetAction()->trigger();
    bool ok = false;
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY2(ok, qPrintable(view->messageLabel()->text()));
    QVERIFY(m_questions.first().contains(QStringLiteral("vergeten.ww")));
    QVERIFY(view->passwordDialog());
    const QString password = view->passwordDialog()->passwordEdit()->text();
    QCOMPARE(password.size(), 16);
    QCOMPARE(login(QStringLiteral("vergeten.ww"), QStringLiteral("secret")).status, 401);
    const HttpReply fresh = login(QStringLiteral("vergeten.ww"), password);
    QCOMPARE(fresh.status, 200);
    QVERIFY(fresh.json.value(QLatin1String("must_change_password")).toBool());
    view->passwordDialog()->close();
}

void TestAccountsView::signOutEverywhereEndsTheSessions()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    QVERIFY(!freshCounter(*view, QStringLiteral("twee.pcs")).isEmpty());
    const TestServer::Session one = m_server.login(QStringLiteral("twee.pcs"), QStringLiteral("secret"));
    const TestServer::Session two = m_server.login(QStringLiteral("twee.pcs"), QStringLiteral("secret"));
    QVERIFY(one.isValid() && two.isValid());
    view->signOutAction()->trigger();
    bool ok = false;
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY2(ok, qPrintable(view->messageLabel()->text()));
    QCOMPARE(view->messageLabel()->text(), QStringLiteral("The account twee.pcs was signed out: 2 sessions ended."));
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), one.accessToken).status, 401);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), two.accessToken).status, 401);
    QCOMPARE(login(QStringLiteral("twee.pcs"), QStringLiteral("secret")).status, 200); // the password stays
}

void TestAccountsView::thePageInTheWindow()
{
    QTemporaryDir dir;
    MainWindowFixture app;
    QString error;
    QVERIFY2(app.signIn(dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("admin"), &error), qPrintable(error));
    app.window()->show();
    QVERIFY(app.window()->showView(QStringLiteral("accounts")));
    auto* view = app.window()->findChild<AccountsView*>();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QVERIFY(QTest::qWaitFor([&]() { return view->model()->rowCount() > 0; }, 30000));
    app.close();
}

void TestAccountsView::sendByMailInsteadOfShowing()
{
    const auto api = signIn(QStringLiteral("admin"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("admin"));
    QVERIFY(view);
    AccountDialog* dialog = view->newAccount();
    QTest::keyClicks(dialog->userNameEdit(), QStringLiteral("post.bus"));
    dialog->regionBox(QStringLiteral("antwerpen"))->setChecked(true);
    QVERIFY(!dialog->sendByMailBox()->isEnabled()); // no address yet
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("post.bus@example.org"));
    QVERIFY(dialog->sendByMailBox()->isEnabled());
    dialog->sendByMailBox()->setChecked(true);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    bool ok = false;
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY(ok);
    QCOMPARE(view->messageLabel()->text(),
             QStringLiteral("The one-time password of post.bus was sent to their e-mail address."));
    QVERIFY(!view->passwordDialog()); // nothing shown on screen
    QCOMPARE(QDir(m_mailDir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 1);
    QVERIFY(stored(QStringLiteral("post.bus"))->mustChangePassword);
    // A reset offers the mail as a second way, for an account with an address.
    m_choice = 1;
    view->resetAction()->trigger();
    QVERIFY(waitForFinished(*view, &ok));
    QVERIFY2(ok, qPrintable(view->messageLabel()->text()));
    QVERIFY(!view->passwordDialog());
    QCOMPARE(QDir(m_mailDir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 2);
}

void TestAccountsView::aCounterIsRefused()
{
    const auto api = signIn(QStringLiteral("loket.antwerpen"));
    QVERIFY(api);
    const auto view = openPage(*api, QStringLiteral("loket.antwerpen"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY2(view->messageLabel()->text().startsWith(QStringLiteral("You may not do this.")),
             qPrintable(view->messageLabel()->text()));
}

QTEST_MAIN(TestAccountsView)
#include "TestAccountsView.moc"
