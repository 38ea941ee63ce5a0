#include "StatusBarWidget.h"

#include "common/DisplayFormat.h"
#include "common/SyncProgressText.h"
#include "domain/RegionCatalog.h"
#include "store/cache/LocalCache.h"
#include "store/conflicts/ConflictStore.h"
#include "store/records/RecordQuery.h"
#include "sync/ClientSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QToolButton>

StatusBarWidget::StatusBarWidget(ClientSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_online(session.isOnline())
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(18);
    m_connection = addLabel(tr("Connection"));
    m_lastSync = addLabel(tr("Last sync"));
    m_pending = addLabel(tr("Pending changes"));
    m_conflicts = addCountButton(tr("Conflicts"), tr("Show the changes that clash with someone else's"));
    m_refused = addCountButton(tr("Refused changes"), tr("Show the changes the server refused"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Sync progress"));
    // Until the server says how many rows a pull brings, the bar only shows that work goes on.
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(80, 10);
    layout->addWidget(m_progress);
    m_sync = addLabel(tr("Sync progress"));
    layout->addStretch(1);
    m_account = addLabel(tr("Signed in as"));
    // Who is signed in is known; sync progress is news. When the bar is too narrow for both, the account
    // label gives way (its full text stays in the tooltip) instead of cutting off the percentage.
    m_account->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_account->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_sync->hide();
    m_progress->hide();
    connect(&session, &ClientSession::onlineChanged, this, &StatusBarWidget::setOnline);
    connect(&session, &ClientSession::accountChanged, this, &StatusBarWidget::refresh);
    refresh();
}

QLabel* StatusBarWidget::addLabel(const QString& accessibleName)
{
    auto* label = new QLabel(this);
    label->setAccessibleName(accessibleName);
    layout()->addWidget(label);
    return label;
}

QToolButton* StatusBarWidget::addCountButton(const QString& accessibleName, const QString& toolTip)
{
    // Looks like the labels beside it, but a click (or Enter) opens the list behind the number.
    auto* button = new QToolButton(this);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    connect(button, &QToolButton::clicked, this, &StatusBarWidget::conflictsRequested);
    layout()->addWidget(button);
    return button;
}

void StatusBarWidget::setCount(QToolButton* button, const QString& text, int count)
{
    button->setText(text);
    button->setStyleSheet(count > 0 ? QStringLiteral("QToolButton { color: #b71c1c; font-weight: bold; }") : QString());
}

QDateTime StatusBarWidget::lastSync() const
{
    return QDateTime::fromString(m_session.cache().state(QStringLiteral("last_sync_at")), Qt::ISODate);
}

void StatusBarWidget::refresh()
{
    const QDateTime last = lastSync();
    m_lastSync->setText(last.isValid() ? tr("Last sync: %1").arg(when(last)) : tr("Last sync: never"));
    const RecordQuery records(m_session.cache());
    m_pending->setText(tr("Pending changes: %L1").arg(records.pendingChanges()));
    const ConflictStore::Counts open = ConflictStore(m_session.cache()).openCounts();
    setCount(m_conflicts, tr("Conflicts: %L1").arg(open.conflicts), open.conflicts);
    setCount(m_refused, tr("Refused changes: %L1").arg(open.rejected), open.rejected);
    m_account->setText(accountText());
    m_account->setToolTip(m_account->text());
    updateConnection();
}

QString StatusBarWidget::when(const QDateTime& at)
{
    if (at.toLocalTime().date() == QDate::currentDate())
        return DisplayFormat::time(at);
    return DisplayFormat::date(at.toString(Qt::ISODate)) + QLatin1Char(' ') + DisplayFormat::time(at);
}

QString StatusBarWidget::accountText() const
{
    const AccountInfo& account = m_session.account();
    QStringList regions;
    for (const QString& id : account.regionIds) {
        const Region* region = RegionCatalog::find(id);
        regions.append(region ? region->name : id);
    }
    const QString name = account.displayName.isEmpty() ? account.username : account.displayName;
    return regions.isEmpty() ? name
                             : tr("%1 · %2", "account name · regions").arg(name, regions.join(QStringLiteral(", ")));
}

void StatusBarWidget::setOnline(bool online)
{
    m_online = online;
    updateConnection();
}

void StatusBarWidget::updateConnection()
{
    if (m_online) {
        m_connection->setToolTip(QString());
        m_connection->setText(QStringLiteral("<span style='color:#2e7d32'>●</span> ") + tr("Online").toHtmlEscaped());
        return;
    }
    const QDateTime last = lastSync();
    // A cache from last week must not look current: the day shows whenever it is not today.
    const QString text =
        last.isValid() ? tr("Offline — data as of %1").arg(when(last)) : tr("Offline — nothing synced yet");
    m_connection->setText(QStringLiteral("<span style='color:#c62828'>●</span> ") + text.toHtmlEscaped());
}

void StatusBarWidget::syncStarted()
{
    if (m_stopped)
        return;
    m_sync->setStyleSheet(QString());
    m_sync->setText(tr("Syncing…"));
    m_sync->show();
    m_progress->setRange(0, 0);
    m_progress->show();
}

void StatusBarWidget::syncProgress(int rowsReceived, int total)
{
    if (m_stopped)
        return;
    m_sync->setText(SyncProgressText::text(rowsReceived, total));
    m_sync->show();
    const int percent = SyncProgressText::percent(rowsReceived, total);
    // A made-up percentage would be worse than none: without a total the bar stays busy.
    m_progress->setRange(0, percent < 0 ? 0 : 100);
    m_progress->setValue(qMax(0, percent));
}

void StatusBarWidget::syncStopped(const QString& why)
{
    m_stopped = true;
    m_progress->hide();
    m_sync->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_sync->setText(tr("Sync stopped"));
    m_sync->setToolTip(why);
    m_sync->show();
}

void StatusBarWidget::syncFinished(bool ok, const QString& error)
{
    m_progress->hide();
    if (m_stopped) {
        refresh(); // a round that was under way when sync stopped: its result, not a promise of more
        return;
    }
    if (ok) {
        m_sync->hide();
        setOnline(true); // a finished round proves the server answered
    } else if (!m_online) {
        // Offline already says why nothing came in; the reason stays at hand as a tooltip.
        m_sync->hide();
        m_connection->setToolTip(error);
    } else {
        m_sync->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_sync->setText(tr("Sync failed"));
        m_sync->setToolTip(error);
        m_sync->show();
    }
    refresh();
}

QString StatusBarWidget::text() const
{
    QStringList parts{m_connection->text(), m_lastSync->text(), m_pending->text(), m_conflicts->text(),
                      m_refused->text()};
    if (m_sync->isVisibleTo(this))
        parts.append(m_sync->text());
    parts.append(m_account->text());
    // Rich text markers are for the eye only.
    return parts.join(QStringLiteral(" | ")).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}
