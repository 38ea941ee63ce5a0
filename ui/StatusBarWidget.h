#pragma once

#include <QDateTime>
#include <QWidget>

class ClientSession;
class QLabel;
class QProgressBar;
class QToolButton;

// What the person must always be able to see (docs/ARCHITECTURE.md "The desktop client"): online or offline (and how
// old the data is), the last sync, changes waiting to be sent, conflicts and refused changes (a click opens them), who
// is signed in, and a running sync's progress.
class StatusBarWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBarWidget(ClientSession& session, QWidget* parent = nullptr);

    bool isOnline() const { return m_online; }
    // Everything shown, in one line (for tests and screen readers).
    QString text() const;
    QToolButton* conflictsButton() const { return m_conflicts; }
    QToolButton* refusedButton() const { return m_refused; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    // The person clicked the conflicts or refused-changes count.
    void conflictsRequested();

public slots:
    // Reads last sync, pending changes and conflicts from the cache again.
    void refresh();
    void setOnline(bool online);
    void syncStarted();
    // total: -1 when the server did not say how many rows the round brings.
    void syncProgress(int rowsReceived, int total = -1);
    void syncFinished(bool ok, const QString& error);
    // Sync will not run again in this session (a damaged cache): said in red, the reason as a tooltip.
    void syncStopped(const QString& why);

private:
    QLabel* addLabel(const QString& accessibleName);
    QToolButton* addCountButton(const QString& accessibleName, const QString& toolTip);
    static void setCount(QToolButton* button, const QString& text, int count);
    QDateTime lastSync() const;
    void updateConnection();
    QString accountText() const;
    // "14:37" today, "30-11-2026 14:37" on another day.
    static QString when(const QDateTime& at);

    ClientSession& m_session;
    bool m_online = false;
    bool m_stopped = false;
    QLabel* m_connection;
    QLabel* m_lastSync;
    QLabel* m_pending;
    QToolButton* m_conflicts;
    QToolButton* m_refused;
    QProgressBar* m_progress;
    QLabel* m_sync;
    QLabel* m_account;
};
