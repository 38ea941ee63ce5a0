#pragma once

#include "protocol/AccountInfo.h"
#include "sync/AuditClient.h"

#include <QWidget>

class AuditEventsModel;
class AuditFilterBar;
class LocalCache;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The Audit page (docs/PROTOCOL.md "Audit"): who did what, when, to which record, read from the server page by page
// (newest first) as an admin or coordinator filters it. The log lives on the server only, so offline the page says so
// instead of showing an empty table. "Load more" follows the server's cursor; "Export CSV…" writes the events loaded
// and is itself reported as an export. A click on a record asks the detail panel for it (a child, offer, entry or
// message through its family's record). An admin finds "Anonymisation…" here; what it opens is not this page's.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(LocalCache& cache, ApiClient& api, const AccountInfo& account, QWidget* parent = nullptr);

    void setOnline(bool online);
    void setAccount(const AccountInfo& account);
    // Events per page asked of the server (1–500).
    void setPageSize(int size) { m_pageSize = size; }
    // Reads the first page again with the filters as they are.
    void reload();
    void loadMore();
    bool hasMore() const { return !m_cursor.isEmpty(); }
    bool isLoading() const { return m_loading; }
    // Writes the loaded events to a CSV file (what the table shows, with codes and whole ids).
    bool exportCsv(const QString& path, QString* error);
    // Reads the names of the accounts again from the offline copy (after a sync brought them).
    void refreshAccounts();

    AuditEventsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    AuditFilterBar* filterBar() const { return m_filters; }
    QPushButton* loadMoreButton() const { return m_more; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* anonymisationButton() const { return m_anonymise; }
    QLabel* countLabel() const { return m_count; }
    // What the page says instead of the table (offline, refused, failed); empty while the table shows.
    QString notice() const;

signals:
    void recordRequested(const QString& table, const QString& id);
    void anonymisationRequested();
    // A list was written to a file: reported to the server as export.<format> (MainWindow's ExportReporter).
    void exported(const QString& table, qint64 rows, const QString& format);
    // A page arrived (or failed): tests wait for it.
    void pageLoaded(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildActions();
    void buildTable();
    void fetch(bool first);
    void onPage(const ApiResult& result, bool first);
    void showNotice(const QString& text);
    void updateCount();
    void openRecord(const QModelIndex& index);
    void chooseExportFile();
    QString refusal(const ApiResult& result) const;
    static QString offlineText();
    // A record's name as the offline copy knows it (see AuditEventsModel::setRecordLabel).
    QString recordLabel(const QString& table, const QString& id) const;

    LocalCache& m_cache;
    AuditClient m_client;
    AccountInfo m_account;
    AuditEventsModel* m_model = nullptr;
    AuditFilterBar* m_filters = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_exportNote = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_anonymise = nullptr;
    QString m_cursor;
    int m_pageSize = 100;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_online = false;
};
