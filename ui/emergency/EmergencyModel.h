#pragma once

#include "lists/ListModel.h"

#include <QDate>

class EmergencyListQuery;
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
    int overdueCount() const;
    int dueTodayCount() const;
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
