#include "MainWindow.h"
#include "UiTestData.h"
#include "WizardTestData.h"
#include "common/UiLanguage.h"
#include "detail/DetailPanel.h"
#include "domain/Uuid.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "sync/ClientSession.h"
#include "wizard/ApplicationWizard.h"
#include "wizard/ChildPage.h"
#include "wizard/ParentPage.h"
#include "wizard/PreferencesPage.h"
#include "wizard/WishesPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The application wizard driven as a person drives it — typing into fields, clicking Next — over a real
// cache with UiTestData's region plus a few located locations.
class TestApplicationWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filesNewParentChildAndApplicationAsOneTransaction();
    void duplicateParentIsOfferedAndUsed();
    void invalidNationalNumberBlocks();
    void childDatesMustBeExactlyOne();
    void atMostFivePreferences();
    void criterionNeedsTheSwornStatement();
    void openApplicationIsUpdatedNotFiledAgain();
    void draftSurvivesACrashAndIsRestored();
    void draftCanBeDiscarded();
    void referrerFilesWithTheReferrerChannel();
    void nearestOrderFollowsThePostcode();
    void tabGoesThroughTheFormInReadingOrder();
    void mainWindowOpensTheWizardAndShowsTheResult();

private:
    std::unique_ptr<ApplicationWizard> openWizard(const QString& role = QStringLiteral("counter"));
    // Opens the wizard under test as m_wizard (cleanup() deletes it); false when it does not come up.
    bool showWizard(const QString& role = QStringLiteral("counter"));
    template <class T> T* find(const QString& name) const;
    void type(const QString& field, const QString& text) const;
    void click(const QString& name) const;
    void next() const;
    bool canGoOn() const;
    QString reason() const;
    void fillNewParent(const QString& first, const QString& last) const;
    void fillNewChildAndWishes() const;
    // A new parent (Lien Vermeulen), then her child and wishes: the wizard stands at the preferences.
    void fillNewFamily() const;
    void choosePreferences(int count) const;
    QStringList outbox() const;
    static QString inDays(int days);
    static QByteArray readFile(const QString& path);

    QTemporaryDir m_dir;
    UiTestData m_data;
    QString m_cachePath;
    std::unique_ptr<LocalCache> m_cache;
    AccountInfo m_account;
    ApplicationWizard* m_wizard = nullptr; // the one under test
    QStringList m_extraLocations;          // six located ones in Berchem, Deurne and Antwerpen
};

void TestApplicationWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    UiLanguage::set(QStringLiteral("en"));
    UiLanguage::installTranslators(*QCoreApplication::instance());
}

void TestApplicationWizard::init()
{
    m_cachePath =
        m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(ApplicationDraftStore(m_dir.path(), m_data.username).path());
    QString error;
    QVERIFY2(m_data.writeCache(m_cachePath, &error), qPrintable(error));
    m_cache = std::make_unique<LocalCache>();
    QCOMPARE(m_cache->open(m_cachePath), LocalCache::OpenStatus::Ok);
    WizardTestData extra;
    QVERIFY2(extra.addLocatedLocations(*m_cache, &error), qPrintable(error));
    m_extraLocations = extra.locationIds;
    m_account.id = Uuid::v7();
    m_account.username = m_data.username;
    m_account.regionIds = {QStringLiteral("antwerpen")};
}

void TestApplicationWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    m_cache.reset();
    QFile::remove(ApplicationDraftStore(m_dir.path(), m_data.username).path());
}

std::unique_ptr<ApplicationWizard> TestApplicationWizard::openWizard(const QString& role)
{
    m_account.role = role;
    auto wizard = std::make_unique<ApplicationWizard>(*m_cache, m_account, m_dir.path());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

bool TestApplicationWizard::showWizard(const QString& role)
{
    m_wizard = openWizard(role).release();
    return m_wizard != nullptr;
}

template <class T> T* TestApplicationWizard::find(const QString& name) const
{
    // The current page first: several pages have a field of the same kind.
    if (T* here = m_wizard->currentPage()->findChild<T*>(name))
        return here;
    return m_wizard->findChild<T*>(name);
}

void TestApplicationWizard::type(const QString& field, const QString& text) const
{
    auto* edit = find<QLineEdit>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestApplicationWizard::click(const QString& name) const
{
    auto* button = find<QAbstractButton>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestApplicationWizard::next() const
{
    const int before = m_wizard->currentId();
    QVERIFY2(canGoOn(), qPrintable(reason()));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), before + 1);
}

bool TestApplicationWizard::canGoOn() const
{
    QAbstractButton* button = m_wizard->currentId() == ApplicationWizard::SummaryPageId
                                  ? m_wizard->button(QWizard::FinishButton)
                                  : m_wizard->button(QWizard::NextButton);
    return button->isEnabled();
}

QString TestApplicationWizard::reason() const
{
    auto* label = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("reason"));
    return label && label->isVisible() ? label->text() : QString();
}

QByteArray TestApplicationWizard::readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestApplicationWizard::inDays(int days)
{
    return QDate::currentDate().addDays(days).toString(QStringLiteral("d/M/yyyy"));
}

void TestApplicationWizard::fillNewParent(const QString& first, const QString& last) const
{
    click(QStringLiteral("parentNew"));
    type(QStringLiteral("firstName"), first);
    type(QStringLiteral("lastName"), last);
    type(QStringLiteral("email"), QStringLiteral("lien.test@example.be"));
    type(QStringLiteral("phone"), QStringLiteral("0499 11 22 33"));
    type(QStringLiteral("postcode"), QStringLiteral("2600"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("municipality"))->text(), QStringLiteral("Berchem"));
}

void TestApplicationWizard::fillNewFamily() const
{
    fillNewParent(QStringLiteral("Lien"), QStringLiteral("Vermeulen"));
    next();
    fillNewChildAndWishes();
}

void TestApplicationWizard::fillNewChildAndWishes() const
{
    QCOMPARE(m_wizard->currentId(), int(ApplicationWizard::ChildPageId));
    type(QStringLiteral("childFirstName"), QStringLiteral("Mila"));
    type(QStringLiteral("birthDate"), inDays(-60));
    next();
    type(QStringLiteral("desiredStart"), inDays(120));
    auto* monday = find<QComboBox>(QStringLiteral("day_mon"));
    monday->setFocus();
    QTest::keyClick(monday, Qt::Key_Down); // no care -> full day
    QCOMPARE(monday->currentData().toString(), QStringLiteral("full"));
    next();
}

void TestApplicationWizard::choosePreferences(int count) const
{
    QCOMPARE(m_wizard->currentId(), int(ApplicationWizard::PreferencesPageId));
    auto* available = find<QListWidget>(QStringLiteral("availableLocations"));
    for (int i = 0; i < count; ++i) {
        available->setCurrentRow(i);
        click(QStringLiteral("addLocation"));
    }
    QCOMPARE(find<QListWidget>(QStringLiteral("chosenLocations"))->count(), count);
}

QStringList TestApplicationWizard::outbox() const
{
    QSqlQuery q(m_cache->database());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT table_name, op, row_id FROM outbox ORDER BY mid"))) {
        while (q.next())
            out.append(
                QStringLiteral("%1:%2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    return out;
}

void TestApplicationWizard::filesNewParentChildAndApplicationAsOneTransaction()
{
    QVERIFY(showWizard());
    QVERIFY(!canGoOn());
    QVERIFY(reason().contains(QStringLiteral("Search for the parent")));
    fillNewFamily();
    choosePreferences(2);
    const QStringList prefs = m_wizard->preferencesPage()->preferenceIds();
    next();
    QVERIFY(canGoOn()); // nothing claimed: no statement needed
    next();
    const QString summary = find<QLabel>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Mila Vermeulen")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Lien Vermeulen, who is new")));
    QCOMPARE(m_wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Submit application"));
    QSignalSpy filed(m_wizard, &ApplicationWizard::applicationFiled);
    const int outboxBefore = outbox().size();
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(filed.size(), 1);
    const QString applicationId = filed.first().first().toString();
    RecordQuery records(*m_cache);
    const QJsonObject application = records.row(QStringLiteral("applications"), applicationId);
    QCOMPARE(application.value(QStringLiteral("channel")).toString(), QStringLiteral("counter"));
    QCOMPARE(application.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(application.value(QStringLiteral("region_id")).toString(), QStringLiteral("antwerpen"));
    QCOMPARE(application.value(QStringLiteral("preferences")).toArray(), QJsonArray::fromStringList(prefs));
    QCOMPARE(application.value(QStringLiteral("days")).toObject(),
             (QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")}}));
    const QJsonObject parent =
        records.row(QStringLiteral("parents"), application.value(QStringLiteral("parent_id")).toString());
    QCOMPARE(parent.value(QStringLiteral("phone")).toString(), QStringLiteral("+32499112233"));
    QCOMPARE(parent.value(QStringLiteral("municipality")).toString(), QStringLiteral("Berchem"));
    const QJsonObject child =
        records.row(QStringLiteral("children"), application.value(QStringLiteral("child_id")).toString());
    QCOMPARE(child.value(QStringLiteral("birth_date")).toString(),
             QDate::currentDate().addDays(-60).toString(Qt::ISODate));
    QCOMPARE(child.value(QStringLiteral("parent_id")).toString(), parent.value(QStringLiteral("id")).toString());
    const QStringList entries = outbox().mid(outboxBefore);
    QCOMPARE(entries, (QStringList{QStringLiteral("parents:insert:") + parent.value(QStringLiteral("id")).toString(),
                                   QStringLiteral("children:insert:") + child.value(QStringLiteral("id")).toString(),
                                   QStringLiteral("applications:insert:") + applicationId}));
    QVERIFY(!QFile::exists(m_wizard->draftPath())); // submitted: no draft left
    QVERIFY(!m_wizard->isVisible());
}

void TestApplicationWizard::duplicateParentIsOfferedAndUsed()
{
    QVERIFY(showWizard());
    click(QStringLiteral("parentNew"));
    type(QStringLiteral("firstName"), QStringLiteral("Ayse"));
    type(QStringLiteral("lastName"), QStringLiteral("Celik"));
    auto* duplicates = find<QListWidget>(QStringLiteral("duplicates"));
    QVERIFY(duplicates->isVisible());
    QCOMPARE(duplicates->count(), 1);
    QVERIFY(duplicates->item(0)->text().contains(QStringLiteral("same name")));
    QVERIFY(!canGoOn());
    QVERIFY2(reason().contains(QStringLiteral("may be known already")), qPrintable(reason()));
    type(QStringLiteral("phone"), QStringLiteral("0470 12 34 56"));
    QVERIFY(duplicates->item(0)->text().contains(QStringLiteral("same phone number")));
    click(QStringLiteral("useDuplicate"));
    QVERIFY(find<QRadioButton>(QStringLiteral("parentExisting"))->isChecked());
    QVERIFY(!m_wizard->parentPage()->isNewParent());
    QCOMPARE(m_wizard->parentPage()->chosenParentId(), m_data.celikParentId);
    next();
    auto* children = find<QListWidget>(QStringLiteral("children"));
    QVERIFY(children->isVisible());
    QCOMPARE(children->count(), 1);
    // "None of them" is the other way on: a person may still create a new parent after looking.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    click(QStringLiteral("parentNew"));
    QVERIFY(!canGoOn());
    click(QStringLiteral("notDuplicate"));
    QVERIFY2(reason().contains(QStringLiteral("marked in red")), qPrintable(reason())); // e-mail preferred, none given
    type(QStringLiteral("email"), QStringLiteral("ayse.other@example.be"));
    QVERIFY2(canGoOn(), qPrintable(reason()));
}

void TestApplicationWizard::invalidNationalNumberBlocks()
{
    QVERIFY(showWizard());
    fillNewParent(QStringLiteral("Lien"), QStringLiteral("Vermeulen"));
    QVERIFY(canGoOn());
    // The field below must stay where it is when the message appears: nothing jumps while typing.
    auto* below = find<QWidget>(QStringLiteral("email"));
    QCoreApplication::processEvents();
    const QPoint before = below->mapTo(m_wizard, QPoint());
    type(QStringLiteral("nationalNumber"), QStringLiteral("85.07.30-033.29"));
    auto* message = find<QLabel>(QStringLiteral("nationalNumberMessage"));
    QVERIFY(message->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(below->mapTo(m_wizard, QPoint()), before);
    QCOMPARE(message->text(), QStringLiteral("This national number does not exist: check the digits."));
    QVERIFY(!canGoOn());
    QVERIFY(reason().contains(QStringLiteral("marked in red")));
    type(QStringLiteral("nationalNumber"), QStringLiteral("8507300"));
    QCOMPARE(message->text(), QStringLiteral("A national number has 11 digits."));
    // A valid number of someone already known is offered as that parent.
    type(QStringLiteral("nationalNumber"), QStringLiteral("85.07.30-033.28"));
    QVERIFY(!message->isVisible());
    QVERIFY(find<QListWidget>(QStringLiteral("duplicates"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("same national number")));
    QVERIFY(!canGoOn());
}

void TestApplicationWizard::childDatesMustBeExactlyOne()
{
    QVERIFY(showWizard());
    fillNewParent(QStringLiteral("Lien"), QStringLiteral("Vermeulen"));
    next();
    type(QStringLiteral("childFirstName"), QStringLiteral("baby"));
    auto* dates = find<QLabel>(QStringLiteral("datesMessage"));
    QVERIFY(dates->isVisible());
    QVERIFY(dates->text().startsWith(QStringLiteral("Give the birth date, or the expected birth date")));
    QVERIFY(!canGoOn());
    type(QStringLiteral("expectedBirthDate"), inDays(90));
    QVERIFY(!dates->isVisible());
    QVERIFY(canGoOn());
    type(QStringLiteral("birthDate"), inDays(-5));
    QCOMPARE(dates->text(), QStringLiteral("Give only one: the birth date or the expected birth date."));
    QVERIFY(!canGoOn());
    QVERIFY(reason().contains(QStringLiteral("Give only one")));
    type(QStringLiteral("expectedBirthDate"), QString());
    type(QStringLiteral("birthDate"), QStringLiteral("31/02/2026"));
    QVERIFY(dates->text().contains(QStringLiteral("not a date")));
    type(QStringLiteral("birthDate"), inDays(3));
    QVERIFY(dates->text().contains(QStringLiteral("lies in the future")));
    QVERIFY(!canGoOn());
    type(QStringLiteral("birthDate"), inDays(-3));
    type(QStringLiteral("childNationalNumber"), QStringLiteral("12345678901"));
    QVERIFY(find<QLabel>(QStringLiteral("childNationalNumberMessage"))->isVisible());
    QVERIFY(!canGoOn());
    type(QStringLiteral("childNationalNumber"), QString());
    QVERIFY(canGoOn());
}

void TestApplicationWizard::atMostFivePreferences()
{
    QVERIFY(showWizard());
    fillNewFamily();
    QVERIFY(!canGoOn());
    QVERIFY(reason().contains(QStringLiteral("at least one location")));
    choosePreferences(5);
    auto* add = find<QPushButton>(QStringLiteral("addLocation"));
    QVERIFY(!add->isEnabled());
    auto* limit = find<QLabel>(QStringLiteral("preferenceLimit"));
    QVERIFY(limit->isVisible());
    QVERIFY(limit->text().contains(QStringLiteral("the most an application can hold")));
    QVERIFY(!m_wizard->preferencesPage()->addLocation(m_extraLocations.last()) ||
            m_wizard->preferencesPage()->preferenceIds().size() <= 5);
    QCOMPARE(m_wizard->preferencesPage()->preferenceIds().size(), 5);
    QVERIFY(limit->text().contains(QStringLiteral("remove one first")));
    // Reorder with the buttons: the last one moves up.
    auto* chosen = find<QListWidget>(QStringLiteral("chosenLocations"));
    const QString last = m_wizard->preferencesPage()->preferenceIds().last();
    chosen->setCurrentRow(4);
    click(QStringLiteral("moveUp"));
    QCOMPARE(m_wizard->preferencesPage()->preferenceIds().at(3), last);
    // A draft with six (edited by hand, or from an older client) cannot go on either.
    QJsonArray six;
    for (const QString& id : m_extraLocations)
        six.append(id);
    m_wizard->preferencesPage()->setPendingState({{QStringLiteral("preferences"), six}});
    m_wizard->preferencesPage()->initializePage();
    QCOMPARE(m_wizard->preferencesPage()->preferenceIds().size(), 6);
    QVERIFY(!canGoOn());
    QVERIFY2(reason().contains(QStringLiteral("at most 5")), qPrintable(reason()));
    chosen->setCurrentRow(0);
    click(QStringLiteral("removeLocation"));
    QVERIFY(canGoOn());
}

void TestApplicationWizard::criterionNeedsTheSwornStatement()
{
    QVERIFY(showWizard());
    fillNewFamily();
    choosePreferences(1);
    next();
    click(QStringLiteral("single_parent"));
    QVERIFY(!canGoOn());
    QVERIFY2(reason().contains(QStringLiteral("sworn statement is needed")), qPrintable(reason()));
    click(QStringLiteral("siblings"));
    QVERIFY(reason().contains(QStringLiteral("brother or sister")));
    auto* siblings = find<QListWidget>(QStringLiteral("siblingLocations"));
    siblings->item(0)->setCheckState(Qt::Checked);
    click(QStringLiteral("swornStatement"));
    QVERIFY2(canGoOn(), qPrintable(reason()));
    next();
    QSignalSpy filed(m_wizard, &ApplicationWizard::applicationFiled);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(filed.size(), 1);
    const QJsonObject priority = RecordQuery(*m_cache)
                                     .row(QStringLiteral("applications"), filed.first().first().toString())
                                     .value(QStringLiteral("priority"))
                                     .toObject();
    QCOMPARE(priority.value(QStringLiteral("single_parent")), QJsonValue(true));
    QCOMPARE(priority.value(QStringLiteral("work_or_training")), QJsonValue(false));
    QCOMPARE(priority.value(QStringLiteral("sworn_statement")), QJsonValue(true));
    QCOMPARE(priority.value(QStringLiteral("sibling_location_ids")).toArray().size(), 1);
}

void TestApplicationWizard::openApplicationIsUpdatedNotFiledAgain()
{
    QVERIFY(showWizard());
    type(QStringLiteral("parentSearch"), QStringLiteral("0470 12 34 56"));
    auto* results = find<QListWidget>(QStringLiteral("parentResults"));
    QCOMPARE(results->count(), 1);
    results->setCurrentRow(0);
    next();
    auto* children = find<QListWidget>(QStringLiteral("children"));
    children->setCurrentRow(0);
    auto* open = find<QLabel>(QStringLiteral("openApplication"));
    QVERIFY(open->isVisible());
    QVERIFY2(open->text().contains(QStringLiteral("ANT-2026-000001")), qPrintable(open->text()));
    QVERIFY(!canGoOn());
    QVERIFY(reason().contains(QStringLiteral("already has an open application")));
    click(QStringLiteral("updateExisting"));
    next();
    const QJsonObject before = RecordQuery(*m_cache).row(QStringLiteral("applications"), m_data.celikApplicationId);
    QCOMPARE(m_wizard->wishesPage()->desiredStart(), before.value(QStringLiteral("desired_start")).toString());
    auto* flexibility = find<QSpinBox>(QStringLiteral("flexibility"));
    QCOMPARE(flexibility->value(), 4);
    flexibility->setFocus();
    QTest::keyClick(flexibility, Qt::Key_Up);
    QCOMPARE(flexibility->value(), 5);
    // The old desired start may have passed by now; then the person gives a new one, as at the counter.
    if (!canGoOn())
        type(QStringLiteral("desiredStart"), inDays(60));
    next();
    QCOMPARE(m_wizard->preferencesPage()->preferenceIds().size(), 2); // what the application held
    next();
    QVERIFY(find<QCheckBox>(QStringLiteral("work_or_training"))->isChecked());
    QVERIFY(!canGoOn()); // claimed before, confirmed now
    click(QStringLiteral("swornStatement"));
    next();
    QCOMPARE(m_wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Update application"));
    QVERIFY(find<QLabel>(QStringLiteral("summary"))
                ->text()
                .contains(QStringLiteral("updating application ANT-2026-000001")));
    const int applicationsBefore = RecordQuery(*m_cache).rowCounts().value(QStringLiteral("applications"));
    const int outboxBefore = outbox().size();
    QSignalSpy filed(m_wizard, &ApplicationWizard::applicationFiled);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(filed.size(), 1);
    QCOMPARE(filed.first().first().toString(), m_data.celikApplicationId);
    QCOMPARE(outbox().mid(outboxBefore),
             QStringList{QStringLiteral("applications:update:") + m_data.celikApplicationId});
    QCOMPARE(RecordQuery(*m_cache).rowCounts().value(QStringLiteral("applications")), applicationsBefore);
    const QJsonObject after = RecordQuery(*m_cache).row(QStringLiteral("applications"), m_data.celikApplicationId);
    QCOMPARE(after.value(QStringLiteral("start_flexibility_weeks")).toInt(), 5);
    QCOMPARE(after.value(QStringLiteral("number")), before.value(QStringLiteral("number")));
    QCOMPARE(after.value(QStringLiteral("channel")), before.value(QStringLiteral("channel")));
    QCOMPARE(after.value(QStringLiteral("priority")).toObject().value(QStringLiteral("sworn_statement")),
             QJsonValue(true));
}

void TestApplicationWizard::draftSurvivesACrashAndIsRestored()
{
    auto owner = openWizard();
    QVERIFY(owner);
    m_wizard = owner.get();
    fillNewParent(QStringLiteral("Lien"), QStringLiteral("Vermeulen"));
    next();
    type(QStringLiteral("childFirstName"), QStringLiteral("Mila"));
    type(QStringLiteral("expectedBirthDate"), inDays(40));
    next();
    type(QStringLiteral("desiredStart"), inDays(200));
    const QString path = m_wizard->draftPath();
    QTRY_VERIFY(readFile(path).contains(inDays(200).toUtf8()));
    // The crash: the wizard goes away without submit, cancel or any goodbye.
    owner.reset();
    m_wizard = nullptr;
    QVERIFY(QFile::exists(path));
    QCOMPARE(outbox().filter(QStringLiteral(":insert:")).size(), 0);
    QVERIFY(showWizard());
    auto* banner = find<QWidget>(QStringLiteral("draftBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->findChild<QLabel*>()->text().contains(QStringLiteral("Lien Vermeulen for Mila Vermeulen")));
    click(QStringLiteral("draftContinue"));
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_wizard->currentId(), int(ApplicationWizard::WishesPageId));
    QCOMPARE(find<QLineEdit>(QStringLiteral("desiredStart"))->text(), inDays(200));
    QVERIFY(m_wizard->parentPage()->isNewParent());
    QCOMPARE(m_wizard->parentPage()->displayName(), QStringLiteral("Lien Vermeulen"));
    QCOMPARE(m_wizard->childPage()->newChildFields().value(QStringLiteral("expected_birth_date")).toString(),
             QDate::currentDate().addDays(40).toString(Qt::ISODate));
    // And it goes on to be filed as usual, after which the draft is gone.
    auto* tuesday = find<QComboBox>(QStringLiteral("day_tue"));
    tuesday->setFocus();
    QTest::keyClick(tuesday, Qt::Key_Down);
    QTest::keyClick(tuesday, Qt::Key_Down);
    QCOMPARE(tuesday->currentData().toString(), QStringLiteral("half"));
    next();
    choosePreferences(1);
    next();
    next();
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(outbox().filter(QStringLiteral(":insert:")).size(), 3);
    QVERIFY(!QFile::exists(path));
}

void TestApplicationWizard::draftCanBeDiscarded()
{
    {
        auto owner = openWizard();
        QVERIFY(owner);
        m_wizard = owner.get();
        fillNewParent(QStringLiteral("Lien"), QStringLiteral("Vermeulen"));
        QTRY_VERIFY(QFile::exists(m_wizard->draftPath()));
        m_wizard = nullptr;
    }
    QVERIFY(showWizard());
    const QString path = m_wizard->draftPath();
    const QByteArray saved = readFile(path);
    QVERIFY(saved.contains("Vermeulen"));
    // While the offer stands, nothing overwrites the draft.
    type(QStringLiteral("parentSearch"), QStringLiteral("Peeters"));
    QTest::qWait(400); // longer than the save delay: a save, if one were made, would have happened
    QCOMPARE(readFile(path), saved);
    click(QStringLiteral("draftDiscard"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!find<QWidget>(QStringLiteral("draftBanner"))->isVisible());
    QVERIFY(find<QLineEdit>(QStringLiteral("firstName"))->text().isEmpty());
}

void TestApplicationWizard::referrerFilesWithTheReferrerChannel()
{
    QVERIFY(showWizard(QStringLiteral("referrer")));
    fillNewFamily();
    choosePreferences(1);
    next();
    next();
    QVERIFY(find<QLabel>(QStringLiteral("summary"))->text().contains(QStringLiteral("as a referrer")));
    QSignalSpy filed(m_wizard, &ApplicationWizard::applicationFiled);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(filed.size(), 1);
    RecordQuery records(*m_cache);
    const QJsonObject application = records.row(QStringLiteral("applications"), filed.first().first().toString());
    QCOMPARE(application.value(QStringLiteral("channel")).toString(), QStringLiteral("referrer"));
    QCOMPARE(application.value(QStringLiteral("referrer_account_id")).toString(), m_account.id);
    const QJsonObject parent =
        records.row(QStringLiteral("parents"), application.value(QStringLiteral("parent_id")).toString());
    QCOMPARE(parent.value(QStringLiteral("referrer_account_id")).toString(), m_account.id);
}

void TestApplicationWizard::nearestOrderFollowsThePostcode()
{
    QVERIFY(showWizard());
    fillNewParent(QStringLiteral("Lien"), QStringLiteral("Vermeulen"));
    type(QStringLiteral("postcode"), QStringLiteral("2100"));
    type(QStringLiteral("municipality"), QStringLiteral("Deurne"));
    next();
    fillNewChildAndWishes();
    auto* order = find<QComboBox>(QStringLiteral("locationOrder"));
    QCOMPARE(order->count(), 2);
    QCOMPARE(order->itemText(1), QStringLiteral("Nearest to 2100 first"));
    order->setCurrentIndex(1);
    auto* available = find<QListWidget>(QStringLiteral("availableLocations"));
    QVERIFY(available->item(0)->text().startsWith(QStringLiteral("Deurne Centrum\n")));
    QVERIFY2(available->item(0)->text().contains(QStringLiteral("about 0.0 km")),
             qPrintable(available->item(0)->text()));
    QVERIFY(available->item(1)->text().startsWith(QStringLiteral("Berchem Noord\n")));
    QVERIFY(available->item(0)->text().contains(
        QStringLiteral("from birth to 3 year")) /* plural forms come from the .ts */);
    QVERIFY(available->item(0)->text().contains(QStringLiteral("price depends on income")));
    // The UiTestData locations have no position: they come last.
    QVERIFY(available->item(available->count() - 1)->text().contains(QStringLiteral("age range not given")));
    // Return on a location adds it, and only that: it does not also press Next.
    available->setFocus();
    available->setCurrentRow(0);
    QTest::keyClick(available, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(ApplicationWizard::PreferencesPageId));
    QCOMPARE(m_wizard->preferencesPage()->preferenceIds().size(), 1);
    auto* kind = find<QComboBox>(QStringLiteral("locationKind"));
    kind->setCurrentIndex(2); // family care only
    for (int i = 0; i < available->count(); ++i)
        QVERIFY(available->item(i)->text().contains(QStringLiteral("family care")));
}

void TestApplicationWizard::tabGoesThroughTheFormInReadingOrder()
{
    QVERIFY(showWizard());
    click(QStringLiteral("parentNew"));
    find<QLineEdit>(QStringLiteral("firstName"))->setFocus();
    const QStringList expected{QStringLiteral("lastName"),     QStringLiteral("nationalNumber"),
                               QStringLiteral("language"),     QStringLiteral("email"),
                               QStringLiteral("phone"),        QStringLiteral("street"),
                               QStringLiteral("houseNumber"),  QStringLiteral("postcode"),
                               QStringLiteral("municipality"), QStringLiteral("contactPreference")};
    for (const QString& name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
    }
}

void TestApplicationWizard::mainWindowOpensTheWizardAndShowsTheResult()
{
    m_cache.reset();
    const QUrl server(QStringLiteral("http://127.0.0.1:9"));
    ClientProfile profile(m_dir.path());
    QFile::remove(profile.cachePath(server, m_data.username));
    QVERIFY(QFile::copy(m_cachePath, profile.cachePath(server, m_data.username)));
    ClientSession session(profile, server);
    QString error;
    QVERIFY2(session.openOffline(m_data.username, &error), qPrintable(error));
    MainWindow window(session, profile);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.newApplicationAction()->shortcut(), QKeySequence(QKeySequence::New));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<ApplicationWizard*>());
    m_wizard = window.findChild<ApplicationWizard*>();
    QTRY_VERIFY(m_wizard->isVisible());
    fillNewFamily();
    choosePreferences(1);
    next();
    next();
    QPointer<ApplicationWizard> guard(m_wizard);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    m_wizard = nullptr;
    QTRY_VERIFY(guard.isNull()); // closed and deleted
    QCOMPARE(window.currentView(), QStringLiteral("applications"));
    QCOMPARE(window.detailPanel()->table(), QStringLiteral("applications"));
    QVERIFY(window.detailPanel()->plainText().contains(QStringLiteral("Mila")));
}

QTEST_MAIN(TestApplicationWizard)
#include "TestApplicationWizard.moc"
