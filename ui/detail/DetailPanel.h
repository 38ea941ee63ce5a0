#pragma once

#include "detail/RecordHistory.h"

#include "HistoryHtml.h"
#include "protocol/AccountInfo.h"
#include "sync/ApiResult.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>

class LocalCache;
class QAction;
class QTextBrowser;
class QToolButton;

// The panel beside the lists: shows the selected parent or application from the cache, its history (from the
// server, asynchronously, when online) and, for an application, the follow-up actions: change the state,
// assign, assign to me, add a note; for both, "Edit…" to correct what was filed. Actions write the cache and the outbox
// (ApplicationActions), so they work offline.
class DetailPanel : public QWidget
{
    Q_OBJECT

public:
    using HistoryReply = RecordHistory::Reply;
    using HistorySource = RecordHistory::Source;

    explicit DetailPanel(LocalCache& cache, QWidget* parent = nullptr);

    void showRecord(const QString& table, const QString& id);
    void clear();
    // Reads the shown record again (after a sync changed it) and, online, its history.
    void refresh();
    void setAccount(const AccountInfo& account);
    void setHistorySource(HistorySource source);
    void setOnline(bool online);
    QString table() const { return m_table; }
    QString recordId() const { return m_id; }
    QString html() const;
    QString plainText() const;

    QAction* changeStateAction() const { return m_changeState; }
    QAction* assignAction() const { return m_assign; }
    QAction* assignToMeAction() const { return m_assignToMe; }
    QAction* addNoteAction() const { return m_addNote; }
    QAction* writeMessageAction() const { return m_writeMessage; }
    QAction* emergencyAction() const { return m_emergency; }
    QAction* offerAction() const { return m_offer; }
    QAction* editAction() const { return m_edit; }
    // The application "Put on the emergency list" acts on: the one shown, or a parent's only open one.
    QString emergencyApplication() const;

signals:
    // A link to a related record was followed ("record:parents/<id>").
    void recordRequested(const QString& table, const QString& id);
    // An action changed the shown record locally (and queued it for the server).
    void changed();
    // The application is on the emergency list already: show its open entry there.
    void emergencyEntryRequested(const QString& entryId);

private:
    void buildActions();
    QAction* makeAction(const QString& text, const QKeySequence& keys, void (DetailPanel::*slot)());
    void render();
    QString positionSection() const;
    void requestHistory();
    void updateActions();
    void changeState();
    void assign();
    void assignToMe();
    void addNote();
    void writeMessage();
    void putOnEmergencyList();
    void offerPlace();
    void editRecord();
    void resendMessage(const QString& id);
    void afterWrite(bool ok, const QString& error);
    bool mayAct() const;
    void followLink(const QUrl& url);
    static QString styleSheet();

    LocalCache& m_cache;
    QWidget* m_actionBar;
    QTextBrowser* m_browser;
    QAction* m_changeState = nullptr;
    QAction* m_assign = nullptr;
    QAction* m_assignToMe = nullptr;
    QAction* m_addNote = nullptr;
    QAction* m_writeMessage = nullptr;
    QAction* m_emergency = nullptr;
    QAction* m_offer = nullptr;
    QAction* m_edit = nullptr;
    QList<QToolButton*> m_applicationButtons; // hidden while a parent shows
    AccountInfo m_account;
    bool m_online = false;
    RecordHistory m_history;
    QString m_table;
    QString m_id;
};
