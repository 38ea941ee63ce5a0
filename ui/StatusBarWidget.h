#pragma once

#include <QDateTime>
#include <QWidget>

class ClientSession;
class QLabel;

// What the person must always be able to see (DESIGN §7): online or offline (and how old the data is),
// the last sync, changes waiting to be sent, conflicts, who is signed in, and a running sync's progress.
class StatusBarWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBarWidget(ClientSession& session, QWidget* parent = nullptr);

    bool isOnline() const { return m_online; }
    // Everything shown, in one line (for tests and screen readers).
    QString text() const;

public slots:
    // Reads last sync, pending changes and conflicts from the cache again.
    void refresh();
    void setOnline(bool online);
    void syncStarted();
    void syncProgress(int rowsReceived);
    void syncFinished(bool ok, const QString& error);

private:
    QLabel* addLabel(const QString& accessibleName);
    QDateTime lastSync() const;
    void updateConnection();
    QString accountText() const;

    ClientSession& m_session;
    bool m_online = false;
    QLabel* m_connection;
    QLabel* m_lastSync;
    QLabel* m_pending;
    QLabel* m_conflicts;
    QLabel* m_sync;
    QLabel* m_account;
};
