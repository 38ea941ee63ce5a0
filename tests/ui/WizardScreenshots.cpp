// Grabs every step of the application wizard, in one language, as PNG files for a person to look at:
//   wizard_screenshots nl|fr|en OUTDIR
// Each step is shown filled in as at the counter, some with a message to read (a duplicate, a wrong date).
#include "UiTestData.h"
#include "WizardTestData.h"
#include "common/UiLanguage.h"
#include "store/cache/LocalCache.h"
#include "wizard/ApplicationWizard.h"
#include "wizard/PreferencesPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

class Shooter
{
public:
    Shooter(ApplicationWizard& wizard, const QString& dir, const QString& language)
        : m_wizard(wizard)
        , m_dir(dir)
        , m_language(language)
    {
    }

    template <class T> T* find(const char* name) const
    {
        if (T* here = m_wizard.currentPage()->findChild<T*>(QString::fromLatin1(name)))
            return here;
        return m_wizard.findChild<T*>(QString::fromLatin1(name));
    }
    void set(const char* name, const QString& text) const { find<QLineEdit>(name)->setText(text); }
    void press(const char* name) const { find<QAbstractButton>(name)->click(); }
    bool shoot(const QString& name) const
    {
        QApplication::processEvents();
        const QString path = QDir(m_dir).filePath(QStringLiteral("wizard-%1-%2.png").arg(m_language, name));
        QTextStream(stdout) << path << Qt::endl;
        return m_wizard.grab().save(path);
    }

private:
    ApplicationWizard& m_wizard;
    QString m_dir;
    QString m_language;
};

QString inDays(int days)
{
    return QDate::currentDate().addDays(days).toString(QStringLiteral("d/M/yyyy"));
}

bool walk(ApplicationWizard& wizard, const Shooter& s)
{
    bool ok = true;
    s.set("parentSearch", QStringLiteral("Celik"));
    s.find<QListWidget>("parentResults")->setCurrentRow(0);
    ok &= s.shoot(QStringLiteral("1-parent-search"));
    s.press("parentNew");
    s.set("firstName", QStringLiteral("Ayse"));
    s.set("lastName", QStringLiteral("Celik"));
    s.set("nationalNumber", QStringLiteral("85.07.30-033.29"));
    s.set("email", QStringLiteral("ayse.celik@example"));
    s.set("phone", QStringLiteral("0470 12 34 56"));
    s.set("postcode", QStringLiteral("2600"));
    ok &= s.shoot(QStringLiteral("1-parent-new-problems"));
    s.set("firstName", QStringLiteral("Lien"));
    s.set("lastName", QStringLiteral("Vermeulen"));
    s.set("nationalNumber", QStringLiteral("85.07.30-033.28"));
    s.set("email", QStringLiteral("lien@example.be"));
    ok &= s.shoot(QStringLiteral("1-parent-new-duplicates"));
    s.set("nationalNumber", QString());
    s.set("phone", QStringLiteral("0499 11 22 33"));
    wizard.next();
    s.set("childFirstName", QStringLiteral("Mila"));
    s.set("birthDate", inDays(-50));
    s.set("expectedBirthDate", inDays(20));
    ok &= s.shoot(QStringLiteral("2-child-both-dates"));
    s.set("expectedBirthDate", QString());
    ok &= s.shoot(QStringLiteral("2-child"));
    wizard.next();
    s.set("desiredStart", QStringLiteral("31/02/2027"));
    ok &= s.shoot(QStringLiteral("3-wishes-problem"));
    s.set("desiredStart", inDays(150));
    s.find<QComboBox>("day_mon")->setCurrentIndex(1);
    s.find<QComboBox>("day_tue")->setCurrentIndex(1);
    s.find<QComboBox>("day_thu")->setCurrentIndex(2);
    ok &= s.shoot(QStringLiteral("3-wishes"));
    wizard.next();
    s.find<QComboBox>("locationOrder")->setCurrentIndex(1);
    for (int i = 0; i < 5; ++i) {
        s.find<QListWidget>("availableLocations")->setCurrentRow(i);
        s.press("addLocation");
    }
    ok &= s.shoot(QStringLiteral("4-preferences"));
    wizard.next();
    s.press("single_parent");
    s.press("work_or_training");
    ok &= s.shoot(QStringLiteral("5-priority-needs-statement"));
    s.press("swornStatement");
    wizard.next();
    ok &= s.shoot(QStringLiteral("6-summary"));
    return ok;
}

bool walkUpdate(ApplicationWizard& wizard, const Shooter& s)
{
    s.set("parentSearch", QStringLiteral("0470 12 34 56"));
    s.find<QListWidget>("parentResults")->setCurrentRow(0);
    wizard.next();
    s.find<QListWidget>("children")->setCurrentRow(0);
    bool ok = s.shoot(QStringLiteral("2-child-open-application"));
    s.press("updateExisting");
    wizard.next();
    wizard.next();
    wizard.next();
    s.press("swornStatement");
    wizard.next();
    ok &= s.shoot(QStringLiteral("6-summary-update"));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 3) {
        err << "usage: wizard_screenshots nl|fr|en OUTDIR" << Qt::endl;
        return 2;
    }
    const QString language = app.arguments().at(1);
    const QString out = app.arguments().at(2);
    UiLanguage::set(language);
    UiLanguage::installTranslators(app);
    QTemporaryDir dir;
    UiTestData data;
    WizardTestData located;
    LocalCache cache;
    QString error;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    if (!data.writeCache(path, &error) || cache.open(path) != LocalCache::OpenStatus::Ok ||
        !located.addLocatedLocations(cache, &error)) {
        err << error << cache.errorString() << Qt::endl;
        return 1;
    }
    QDir().mkpath(out);
    AccountInfo account;
    account.id = QStringLiteral("00000000-0000-7000-8000-000000000001");
    account.username = data.username;
    account.role = QStringLiteral("counter");
    account.regionIds = {QStringLiteral("antwerpen")};
    bool ok = true;
    {
        ApplicationWizard wizard(cache, account, dir.path());
        wizard.show();
        ok &= walk(wizard, Shooter(wizard, out, language));
        // Leave a draft behind, as a crash would.
        wizard.back();
        QEventLoop wait;
        QTimer::singleShot(800, &wait, &QEventLoop::quit); // past the draft's save delay
        wait.exec();
    }
    {
        ApplicationWizard wizard(cache, account, dir.path());
        wizard.show();
        ok &= Shooter(wizard, out, language).shoot(QStringLiteral("0-draft-offer"));
        wizard.findChild<QAbstractButton*>(QStringLiteral("draftDiscard"))->click();
        ok &= walkUpdate(wizard, Shooter(wizard, out, language));
    }
    return ok ? 0 : 1;
}
