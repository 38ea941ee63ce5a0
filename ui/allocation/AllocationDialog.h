#pragma once

#include "protocol/AccountInfo.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class AllocationDraftView;
class ApiClient;
class LocalCache;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
struct ApiResult;

// "Joint allocation…": the coordinator runs the region's allocation over its free places and open applications,
// reviews the draft (AllocationDraftView) and confirms it into offers or discards it. Online only — the server
// computes and decides (docs/PROTOCOL.md "Allocation"); the offers a confirmation writes come to every cache by
// pull. Earlier runs are listed with their seed, rules, result and who ran them.
class AllocationDialog : public QDialog
{
    Q_OBJECT

public:
    AllocationDialog(LocalCache& cache, ApiClient& api, const AccountInfo& account, bool online,
                     QWidget* parent = nullptr);

    AllocationDraftView* draftView() const { return m_draft; }
    QPushButton* draftButton() const { return m_makeDraft; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* emergencyButton() const { return m_toEmergency; }
    QTableWidget* runsTable() const { return m_runs; }
    QLabel* messageLabel() const { return m_message; }
    QLineEdit* seedEdit() const { return m_seed; }
    QDateEdit* respondByEdit() const { return m_respondBy; }
    QJsonObject shownRun() const { return m_run; }
    // The text of a refusal from the server, in the window's language.
    static QString refusal(const ApiResult& reply);

signals:
    // A run was confirmed: offers wait on the server for the next pull.
    void confirmed();
    void rulesRequested(const QString& regionId);
    // A family was put on the emergency list from here (a local write: the main window syncs).
    void emergencyEntryAdded();

private:
    QWidget* buildTop();
    QWidget* buildBottom();
    QString regionId() const;
    void loadRuns();
    // One call that answers a run (draft, confirm, discard): busy meanwhile, then the run shown and `done`, or the
    // server's refusal in words.
    void callForRun(const QString& busyText, const std::function<void(std::function<void(const ApiResult&)>)>& start,
                    const std::function<void(const QJsonObject&)>& done);
    void makeDraft();
    void openRun(int row);
    void confirmRun();
    void discardRun();
    void exportCsv();
    void putOnEmergencyList();
    void showRun(const QJsonObject& run);
    void updateButtons();
    void say(const QString& text);
    QString accountName(const QString& id) const;
    // "Confirmed by Regie Antwerpen": who ended a run, beside who made it.
    QString statusText(const QJsonObject& run) const;
    QString confirmedText(const QJsonObject& run) const;

    LocalCache& m_cache;
    ApiClient& m_api;
    AccountInfo m_account;
    bool m_online;
    bool m_busy = false;
    QJsonObject m_run;
    QComboBox* m_region = nullptr;
    QLineEdit* m_seed = nullptr;
    QPushButton* m_makeDraft = nullptr;
    QTableWidget* m_runs = nullptr;
    AllocationDraftView* m_draft = nullptr;
    QDateEdit* m_respondBy = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_toEmergency = nullptr;
    QLabel* m_message = nullptr;
};
