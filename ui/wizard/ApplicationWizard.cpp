#include "ApplicationWizard.h"

#include "ChildPage.h"
#include "ParentPage.h"
#include "PreferencesPage.h"
#include "PriorityPage.h"
#include "SummaryPage.h"
#include "WishesPage.h"
#include "common/UiLog.h"
#include "domain/RegionCatalog.h"
#include "domain/Uuid.h"
#include "store/records/ApplicationFiling.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

namespace {
// Long enough to save once per burst of typing, short enough that a crash loses at most a few keys.
constexpr int kDraftSaveDelayMs = 300;
constexpr int kDraftFormat = 1;

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}
} // namespace

ApplicationWizard::ApplicationWizard(LocalCache& cache, const AccountInfo& account, const QString& profileDir,
                                     QWidget* parent)
    : QWizard(parent)
    , m_cache(cache)
    , m_account(account)
    , m_drafts(profileDir, account.username)
    , m_saveTimer(new QTimer(this))
    , m_parentId(Uuid::v7())
    , m_childId(Uuid::v7())
    , m_applicationId(Uuid::v7())
{
    setObjectName(QStringLiteral("applicationWizard"));
    setWindowTitle(tr("New application"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(960, 680);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kDraftSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ApplicationWizard::saveDraft);
    addPages();
    connect(this, &QWizard::currentIdChanged, this, &ApplicationWizard::scheduleDraftSave);
    const QJsonObject saved = m_drafts.load();
    if (!saved.isEmpty()) {
        m_draftOffered = true;
        const QDateTime at = QDateTime::fromString(str(saved, "saved_at"), Qt::ISODate).toLocalTime();
        const QString who = str(saved, "summary");
        m_parentPage->offerDraft(
            tr("(%1, saved %2)")
                .arg(who.isEmpty() ? tr("no name yet") : who, QLocale().toString(at, QLocale::ShortFormat)));
    }
}

ApplicationWizard::~ApplicationWizard() = default;

void ApplicationWizard::addPages()
{
    m_parentPage = new ParentPage(*this);
    m_childPage = new ChildPage(*this);
    m_wishesPage = new WishesPage(*this);
    m_preferencesPage = new PreferencesPage(*this);
    m_priorityPage = new PriorityPage(*this);
    m_summaryPage = new SummaryPage(*this);
    setPage(ParentPageId, m_parentPage);
    setPage(ChildPageId, m_childPage);
    setPage(WishesPageId, m_wishesPage);
    setPage(PreferencesPageId, m_preferencesPage);
    setPage(PriorityPageId, m_priorityPage);
    setPage(SummaryPageId, m_summaryPage);
    for (ApplicationWizardPage* page :
         {static_cast<ApplicationWizardPage*>(m_parentPage), static_cast<ApplicationWizardPage*>(m_childPage),
          static_cast<ApplicationWizardPage*>(m_wishesPage), static_cast<ApplicationWizardPage*>(m_preferencesPage),
          static_cast<ApplicationWizardPage*>(m_priorityPage)})
        connect(page, &ApplicationWizardPage::changed, this, &ApplicationWizard::scheduleDraftSave);
    connect(m_parentPage, &ParentPage::continueDraftRequested, this, &ApplicationWizard::continueDraft);
    connect(m_parentPage, &ParentPage::discardDraftRequested, this, &ApplicationWizard::discardDraft);
    connect(m_childPage, &ChildPage::updateChosen, this, [this](const QJsonObject& application) {
        m_wishesPage->takeFrom(application);
        m_preferencesPage->takeFrom(application);
        m_priorityPage->takeFrom(application);
    });
}

bool ApplicationWizard::isReferrer() const
{
    return m_account.role == QLatin1String("referrer");
}

QString ApplicationWizard::regionId() const
{
    if (m_parentPage && !m_parentPage->isNewParent()) {
        const QString region = str(m_parentPage->chosenParent(), "region_id");
        if (!region.isEmpty())
            return region;
    }
    const QString fromPostcode = m_parentPage ? RegionCatalog::regionForPostcode(m_parentPage->postcode()) : QString();
    const bool everywhere = m_account.role == QLatin1String("admin");
    if (!fromPostcode.isEmpty() && (everywhere || m_account.regionIds.contains(fromPostcode)))
        return fromPostcode;
    return m_account.regionIds.isEmpty() ? QString() : m_account.regionIds.first();
}

QJsonObject ApplicationWizard::newParentRow() const
{
    QJsonObject row = m_parentPage->newParentFields();
    row.insert(QStringLiteral("id"), m_parentId);
    row.insert(QStringLiteral("region_id"), regionId());
    if (isReferrer())
        row.insert(QStringLiteral("referrer_account_id"), m_account.id);
    return row;
}

QJsonObject ApplicationWizard::newChildRow() const
{
    QJsonObject row = m_childPage->newChildFields();
    row.insert(QStringLiteral("id"), m_childId);
    row.insert(QStringLiteral("region_id"), regionId());
    row.insert(QStringLiteral("parent_id"), m_parentPage->isNewParent() ? m_parentId : m_parentPage->chosenParentId());
    return row;
}

QJsonObject ApplicationWizard::applicationRow() const
{
    const QString parentId = m_parentPage->isNewParent() ? m_parentId : m_parentPage->chosenParentId();
    const QString childId = m_childPage->isNewChild() ? m_childId : m_childPage->chosenChildId();
    QJsonObject row{{QStringLiteral("id"), m_applicationId},
                    {QStringLiteral("region_id"), regionId()},
                    {QStringLiteral("parent_id"), parentId},
                    {QStringLiteral("child_id"), childId},
                    {QStringLiteral("status"), QStringLiteral("submitted")},
                    {QStringLiteral("desired_start"), m_wishesPage->desiredStart()},
                    {QStringLiteral("start_flexibility_weeks"), m_wishesPage->flexibilityWeeks()},
                    {QStringLiteral("days"), m_wishesPage->days()},
                    {QStringLiteral("preferences"), QJsonArray::fromStringList(m_preferencesPage->preferenceIds())},
                    {QStringLiteral("priority"), m_priorityPage->priority()},
                    {QStringLiteral("channel"), isReferrer() ? QStringLiteral("referrer") : QStringLiteral("counter")},
                    {QStringLiteral("submitted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (isReferrer())
        row.insert(QStringLiteral("referrer_account_id"), m_account.id);
    return row;
}

FilingRequest ApplicationWizard::request() const
{
    FilingRequest r;
    if (m_parentPage->isNewParent())
        r.newParent = newParentRow();
    if (m_childPage->isNewChild())
        r.newChild = newChildRow();
    r.application = applicationRow();
    if (m_childPage->updatesOpenApplication())
        r.updateApplicationId = str(m_childPage->openApplication(), "id");
    return r;
}

void ApplicationWizard::accept()
{
    const FilingRequest r = request();
    QString error;
    if (!ApplicationFiling(m_cache).file(r, &error)) {
        qCWarning(lcUi) << "filing an application failed";
        m_summaryPage->showSubmitError(error);
        return;
    }
    m_saveTimer->stop();
    m_drafts.discard();
    emit applicationFiled(r.updateApplicationId.isEmpty() ? m_applicationId : r.updateApplicationId);
    QWizard::accept();
}

void ApplicationWizard::reject()
{
    // Closing is not discarding: what was typed stays offered for next time.
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        saveDraft();
    }
    QWizard::reject();
}

void ApplicationWizard::scheduleDraftSave()
{
    if (!m_draftOffered && !m_restoring)
        m_saveTimer->start();
}

QJsonObject ApplicationWizard::draft() const
{
    const QString who = m_childPage->displayName().isEmpty()
                            ? m_parentPage->displayName()
                            : tr("%1 for %2").arg(m_parentPage->displayName(), m_childPage->displayName());
    return {{QStringLiteral("format"), kDraftFormat},
            {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("summary"), who},
            {QStringLiteral("page"), currentId()},
            {QStringLiteral("ids"), QJsonObject{{QStringLiteral("parent"), m_parentId},
                                                {QStringLiteral("child"), m_childId},
                                                {QStringLiteral("application"), m_applicationId}}},
            {QStringLiteral("parent"), m_parentPage->state()},
            {QStringLiteral("child"), m_childPage->state()},
            {QStringLiteral("wishes"), m_wishesPage->state()},
            {QStringLiteral("preferences"), m_preferencesPage->state()},
            {QStringLiteral("priority"), m_priorityPage->state()}};
}

void ApplicationWizard::saveDraft()
{
    if (m_draftOffered || m_restoring)
        return;
    // Opening the wizard and looking is not filing: an empty wizard leaves no draft to offer.
    if (currentId() <= ParentPageId && m_parentPage->displayName().isEmpty()) {
        m_drafts.discard();
        return;
    }
    QString error;
    if (!m_drafts.save(draft(), &error))
        qCWarning(lcUi) << "could not save the application draft:" << error;
}

void ApplicationWizard::continueDraft()
{
    const QJsonObject saved = m_drafts.load();
    m_draftOffered = false;
    m_parentPage->hideDraftOffer();
    if (saved.value(QLatin1String("format")).toInt() != kDraftFormat)
        return;
    m_restoring = true;
    const QJsonObject ids = saved.value(QLatin1String("ids")).toObject();
    const auto takeId = [&ids](const char* key, QString* id) {
        if (Uuid::isValid(str(ids, key)))
            *id = str(ids, key);
    };
    takeId("parent", &m_parentId);
    takeId("child", &m_childId);
    takeId("application", &m_applicationId);
    m_childPage->setPendingState(saved.value(QLatin1String("child")).toObject());
    m_wishesPage->setPendingState(saved.value(QLatin1String("wishes")).toObject());
    m_preferencesPage->setPendingState(saved.value(QLatin1String("preferences")).toObject());
    m_priorityPage->setPendingState(saved.value(QLatin1String("priority")).toObject());
    m_parentPage->setPendingState(saved.value(QLatin1String("parent")).toObject());
    m_parentPage->initializePage();
    // Walks forward as the person did, as far as every step is still valid over today's cache.
    const int target = saved.value(QLatin1String("page")).toInt();
    while (currentId() < target && currentPage()->isComplete())
        next();
    m_restoring = false;
    scheduleDraftSave();
}

void ApplicationWizard::discardDraft()
{
    m_drafts.discard();
    m_draftOffered = false;
    m_parentPage->hideDraftOffer();
}
