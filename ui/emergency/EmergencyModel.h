#pragma once

#include "lists/ListModel.h"
#include "store/lists/EmergencyListQuery.h"

#include <QDate>

class LocalCache;

// The emergency list's rows: urgency, follow-up day (overdue in red and bold, due today in bold), the family,
// the application, its state, the reason and whether an offer is out.
class EmergencyModel : public ListModel
{
    Q_OBJECT

public:
    explicit EmergencyModel(const LocalCache& cache, QObject* parent = nullptr);

    QString table() const override { return QStringLiteral("emergency_entries"); }
    // Open entries to call back before today and today.
    // Both in one query (the count line and the rail show them together).
    EmergencyListQuery::DueCounts dueCounts() const;
    int overdueCount() const { return dueCounts().overdue; }
    int dueTodayCount() const { return dueCounts().today; }
    // "05-11-2026 (overdue)": the follow-up column's words for a day that has passed.
    static QString overdueText(const QString& date);
    // For tests and screenshots: the day "today" is (default: the computer's).
    void setToday(const QDate& day);
    QDate today() const;

protected:
    QString headerTitle(const QString& key) const override;
    QVariant displayValue(const QString& key, const QVariant& value) const override;
    QVariant toolTip(const QString& key, const QVariant& value) const override;
    QVariant emphasis(int role, const QString& key, const QVariant& value) const override;

private:
    EmergencyListQuery& entries() const;
};
