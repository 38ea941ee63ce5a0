#pragma once

#include "protocol/AccountInfo.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>

class AnonymisationClient;
class ApiClient;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
struct ApiResult;

// "Anonymisation…" (an administrator's): per region how long personal data is kept (families after their last
// application closed, message texts), saved on the server; a dry run that says how many rows of each kind would lose
// their personal data; then, only for the settings of that dry run and after a plain confirmation that it cannot be
// undone, the run itself. Online only — the server decides and writes (docs/PROTOCOL.md "Anonymisation"); the
// anonymised rows come to every cache by pull.
class AnonymisationDialog : public QDialog
{
    Q_OBJECT

public:
    AnonymisationDialog(ApiClient& api, const AccountInfo& account, bool online, QWidget* parent = nullptr);
    ~AnonymisationDialog() override;

    QComboBox* regionBox() const { return m_region; }
    QSpinBox* familyYearsBox() const { return m_familyYears; }
    QSpinBox* messageYearsBox() const { return m_messageYears; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* dryRunButton() const { return m_dryRun; }
    QPushButton* runButton() const { return m_run; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* messageLabel() const { return m_message; }
    // The counts of a run in words, one kind per line ("3 families (parents)", "4 children", ...).
    static QStringList countLines(const QJsonObject& counts);
    // The text of a refusal from the server, in the window's language.
    static QString refusal(const ApiResult& reply);

signals:
    // A run wrote on the server: the anonymised rows wait for the next pull.
    void anonymised();

private:
    QWidget* buildSettings();
    QString regionId() const;
    QDate closedBefore() const;
    QDate messagesBefore() const;
    QString settingsKey() const; // region and both dates: what a dry run was made for
    void loadRetention();
    void showRetention();
    void saveRetention();
    void dryRun();
    void confirmRun();
    void call(const QString& busyText, bool dryRun);
    void showCounts(const QJsonObject& reply, bool dryRun);
    void updateButtons();
    void say(const QString& text);

    std::unique_ptr<AnonymisationClient> m_client;
    AccountInfo m_account;
    bool m_online;
    bool m_busy = false;
    QHash<QString, QJsonObject> m_retention; // region id -> saved setting
    QString m_dryRunKey;                     // the settings of the last dry run shown; empty: none
    QJsonObject m_dryRunCounts;
    QComboBox* m_region = nullptr;
    QSpinBox* m_familyYears = nullptr;
    QSpinBox* m_messageYears = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_cutoffs = nullptr;
    QPushButton* m_dryRun = nullptr;
    QLabel* m_counts = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_message = nullptr;
};
