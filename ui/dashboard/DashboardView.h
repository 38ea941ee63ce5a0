#pragma once

#include "report/DashboardFigures.h"
#include "store/lists/ListFilter.h"

#include <QWidget>

class ChartCard;
class LocalCache;
class QComboBox;
class QDateEdit;
class QLabel;
struct AccountInfo;

// The Dashboard page (docs/ARCHITECTURE.md "The dashboard"): a coordinator's Monday look at the region, from the
// cache so it works offline and says how old its data is. Filters for region, municipality and period; six charts
// (ChartCard) and the emergency list now. A click on a bar opens the applications list filtered the same way.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(LocalCache& cache, const AccountInfo& account, QWidget* parent = nullptr);

    // Counts again with the current filter and redraws every chart (after a sync, or a filter change).
    void refresh();
    void setFilter(const DashboardFilter& filter);
    DashboardFilter filter() const;
    const QVector<ChartCard*>& cards() const { return m_cards; }
    QLabel* asOfLabel() const { return m_asOf; }
    QLabel* emergencyLabel() const { return m_emergency; }
    QString lastError() const { return m_error; }
    // The period report of the regions and period in view (every municipality), as PDF or CSV by the file's
    // extension. False with *error in the window's language.
    bool writeReport(const QString& path, QString* error);

signals:
    void applicationsRequested(const ListFilter& filter);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters(const AccountInfo& account);
    void fillMunicipalities();
    void setPeriodPreset(int months);
    void askReport();

    LocalCache& m_cache;
    QComboBox* m_region;
    QComboBox* m_municipality;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_asOf;
    QLabel* m_emergency;
    QVector<ChartCard*> m_cards;
    bool m_stale = true;
    QString m_error;
};
