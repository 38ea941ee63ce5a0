#include "sync/EmergencyListDates.h"

#include <QJsonValue>

void EmergencyListDates::stamp(const QJsonObject& before, QJsonObject& after, const QDate& today)
{
    const QString day = today.toString(Qt::ISODate);
    const bool wasOpen = before.value(QLatin1String("status")).toString() == QLatin1String("open");
    const bool isOpen = after.value(QLatin1String("status")).toString() == QLatin1String("open");
    if (before.isEmpty()) {
        after.insert(QStringLiteral("listed_on"), day);
        after.insert(QStringLiteral("resolved_on"), isOpen ? QJsonValue() : QJsonValue(day));
        return;
    }
    // Whatever else the write carries, the days follow the status alone. A reopened entry counts from its reopening:
    // the list's size on the days between is what it was.
    after.insert(QStringLiteral("listed_on"), before.value(QLatin1String("listed_on")));
    after.insert(QStringLiteral("resolved_on"), before.value(QLatin1String("resolved_on")));
    if (!wasOpen && isOpen) {
        after.insert(QStringLiteral("listed_on"), day);
        after.insert(QStringLiteral("resolved_on"), QJsonValue());
    } else if (wasOpen && !isOpen) {
        after.insert(QStringLiteral("resolved_on"), day);
    }
}
