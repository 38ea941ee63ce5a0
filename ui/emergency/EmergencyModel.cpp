#include "EmergencyModel.h"

#include "common/DisplayFormat.h"
#include "store/lists/EmergencyListQuery.h"

#include <QBrush>
#include <QColor>
#include <QFont>

EmergencyModel::EmergencyModel(const LocalCache& cache, QObject* parent)
    : ListModel(std::make_unique<EmergencyListQuery>(cache), parent)
{
}

EmergencyListQuery& EmergencyModel::entries() const
{
    return static_cast<EmergencyListQuery&>(query());
}

EmergencyListQuery::DueCounts EmergencyModel::dueCounts() const
{
    return entries().dueCounts();
}

QString EmergencyModel::overdueText(const QString& date)
{
    return tr("%1 (overdue)").arg(date);
}

void EmergencyModel::setToday(const QDate& day)
{
    entries().setToday(day);
    refresh();
}

QDate EmergencyModel::today() const
{
    return entries().today();
}

QString EmergencyModel::headerTitle(const QString& key) const
{
    if (key == QLatin1String("urgency"))
        return tr("Urgency");
    if (key == QLatin1String("follow_up"))
        return tr("Call back on");
    if (key == QLatin1String("parent"))
        return tr("Parent");
    if (key == QLatin1String("child"))
        return tr("Child");
    if (key == QLatin1String("application"))
        return tr("Application");
    if (key == QLatin1String("state"))
        return tr("State");
    if (key == QLatin1String("municipality"))
        return tr("Municipality");
    if (key == QLatin1String("reason"))
        return tr("Reason");
    if (key == QLatin1String("offer"))
        return tr("Offer");
    return key;
}

QVariant EmergencyModel::displayValue(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("urgency"))
        return DisplayFormat::urgency(value.toInt());
    if (key == QLatin1String("follow_up")) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        if (day.isValid() && day < today())
            return overdueText(DisplayFormat::date(value));
        if (day == today())
            return tr("Today");
        return DisplayFormat::date(value);
    }
    if (key == QLatin1String("state"))
        return DisplayFormat::statusLabel(value.toString());
    if (key == QLatin1String("reason"))
        return DisplayFormat::emergencyReason(value.toString());
    if (key == QLatin1String("offer"))
        return value.isNull() ? QString() : DisplayFormat::offerStatus(value.toString());
    return ListModel::displayValue(key, value);
}

QVariant EmergencyModel::toolTip(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("state"))
        return DisplayFormat::statusExplanation(value.toString());
    if (key == QLatin1String("follow_up") && value.toString() < today().toString(Qt::ISODate))
        return tr("This family should have been called back already.");
    return ListModel::toolTip(key, value);
}

QVariant EmergencyModel::emphasis(int role, const QString& key, const QVariant& value) const
{
    const bool due = key == QLatin1String("follow_up") && !value.isNull();
    const QString day = today().toString(Qt::ISODate);
    if (due && role == Qt::FontRole && value.toString() <= day) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (due && role == Qt::ForegroundRole && value.toString() < day)
        return QBrush(QColor(0xb0, 0x1e, 0x1e)); // dark red: readable on white and in print
    if (key == QLatin1String("urgency") && role == Qt::FontRole && value.toInt() == 1) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QVariant();
}
