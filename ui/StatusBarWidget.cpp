#include "StatusBarWidget.h"

#include "DisplayFormat.h"
#include "domain/RegionCatalog.h"
#include "store/LocalCache.h"
#include "store/RecordQuery.h"
#include "sync/ClientSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

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
    m_conflicts = addLabel(tr("Conflicts"));
    m_sync = addLabel(tr("Sync progress"));
    layout->addStretch(1);
    m_account = addLabel(tr("Signed in as"));
    m_sync->hide();
    connect(&session, &ClientSession::onlineChanged, this, &StatusBarWidget::setOnline);
    refresh();
}

QLabel* StatusBarWidget::addLabel(const QString& accessibleName)
{
    auto* label = new QLabel(this);
    label->setAccessibleName(accessibleName);
    layout()->addWidget(label);
    return label;
}

QDateTime StatusBarWidget::lastSync() const
{
    return QDateTime::fromString(m_session.cache().state(QStringLiteral("last_sync_at")), Qt::ISODate);
}

void StatusBarWidget::refresh()
{
    const QDateTime last = lastSync();
    if (!last.isValid())
        m_lastSync->setText(tr("Last sync: never"));
    else if (last.toLocalTime().date() == QDate::currentDate())
        m_lastSync->setText(tr("Last sync: %1").arg(DisplayFormat::time(last)));
    else
        m_lastSync->setText(
            tr("Last sync: %1 %2").arg(DisplayFormat::date(last.toString(Qt::ISODate)), DisplayFormat::time(last)));
    const RecordQuery records(m_session.cache());
    m_pending->setText(tr("Pending changes: %L1").arg(records.pendingChanges()));
    const int conflicts = records.conflictCount();
    m_conflicts->setText(tr("Conflicts: %L1").arg(conflicts));
    m_conflicts->setStyleSheet(conflicts > 0 ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    m_account->setText(accountText());
    updateConnection();
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
    const QString text = last.isValid() ? tr("Offline — data as of %1").arg(DisplayFormat::time(last))
                                        : tr("Offline — nothing synced yet");
    m_connection->setText(QStringLiteral("<span style='color:#c62828'>●</span> ") + text.toHtmlEscaped());
}

void StatusBarWidget::syncStarted()
{
    m_sync->setStyleSheet(QString());
    m_sync->setText(tr("Syncing…"));
    m_sync->show();
}

void StatusBarWidget::syncProgress(int rowsReceived)
{
    m_sync->setText(tr("Syncing… %Ln row(s)", nullptr, rowsReceived));
    m_sync->show();
}

void StatusBarWidget::syncFinished(bool ok, const QString& error)
{
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
    QStringList parts;
    for (const QLabel* label : {m_connection, m_lastSync, m_pending, m_conflicts, m_sync, m_account}) {
        if (label->isVisibleTo(this) || label == m_connection)
            parts.append(label->text());
    }
    // Rich text markers are for the eye only.
    return parts.join(QStringLiteral(" | ")).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}
