#pragma once

#include <QJsonObject>
#include <QSet>
#include <QWidget>

class LocalCache;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// One allocation run as the coordinator reviews it: the totals and reserved shares, per application whether it got
// a place and why (the server's reason in the window's language), per location its slots and who fills them. The
// families are named from the cache the coordinator may see; filters and a CSV export of what is shown.
class AllocationDraftView : public QWidget
{
    Q_OBJECT

signals:
    void selectionChanged();

public:
    enum Column { Number, Child, Outcome, Priority, Lottery, Reason, ColumnCount };

    explicit AllocationDraftView(LocalCache& cache, QWidget* parent = nullptr);

    void showRun(const QJsonObject& run);
    void clear();
    QTableWidget* applicationTable() const { return m_applications; }
    QTableWidget* locationTable() const { return m_locations; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* detailLabel() const { return m_detail; }
    QComboBox* outcomeFilter() const { return m_outcome; }
    // The application of the selected row (empty when none), and whether it is one of the run's urgent families
    // without a place that are not on the emergency list yet.
    QString selectedApplication() const;
    bool isProposed(const QString& applicationId) const { return m_proposals.contains(applicationId); }
    // The family is on the emergency list now: no longer proposed.
    void dropProposal(const QString& applicationId);
    // Writes the applications shown (the filter applied) as CSV; false with *error.
    bool exportCsv(const QString& path, int* rows, QString* error) const;

private:
    QWidget* buildApplications();
    void fillApplications(const QJsonObject& run);
    void fillLocations(const QJsonObject& run);
    QString summaryText(const QJsonObject& run) const;
    QString locationName(const QString& id) const;
    void applyFilter();

    LocalCache& m_cache;
    QLabel* m_summary = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_applications = nullptr;
    QTableWidget* m_locations = nullptr;
    QLabel* m_detail = nullptr;
    QSet<QString> m_proposals; // a confirmed run's urgent families without a place, not on the emergency list
};
