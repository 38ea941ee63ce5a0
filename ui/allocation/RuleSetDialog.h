#pragma once

#include "protocol/AccountInfo.h"

#include <QDialog>

class LocalCache;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

// "Priority rules": the rule set a region's joint allocations use, in the words a counter would use with a parent
// (who comes first, what the lottery decides, what share is kept for whom), in the window's language, offline from
// the shipped rule sets and the cached region. The region's coordinator and an admin can choose another set here;
// the server decides whether the change stands.
class RuleSetDialog : public QDialog
{
    Q_OBJECT

public:
    RuleSetDialog(LocalCache& cache, const AccountInfo& account, const QString& regionId, QWidget* parent = nullptr);

    QString html() const;
    QComboBox* regionBox() const { return m_region; }
    QComboBox* ruleSetBox() const { return m_choice; }
    QPushButton* useButton() const { return m_use; }
    QLabel* note() const { return m_note; }

signals:
    // The region's rule set was changed locally (the main window syncs).
    void ruleSetChosen();

private:
    void showRegion();
    void useChosen();
    bool mayChoose(const QString& regionId) const;
    static QString describe(const class RuleSet& rules, bool chosen);

    LocalCache& m_cache;
    AccountInfo m_account;
    QComboBox* m_region = nullptr;
    QTextBrowser* m_text = nullptr;
    QComboBox* m_choice = nullptr;
    QPushButton* m_use = nullptr;
    QLabel* m_note = nullptr;
};
