#include "MessagesModel.h"

#include "common/DisplayFormat.h"
#include "store/lists/MessageListQuery.h"

#include <QDateTime>

MessagesModel::MessagesModel(const LocalCache& cache, QObject* parent)
    : ListModel(std::make_unique<MessageListQuery>(cache), parent)
{
    // Newest first: a worker looks for what was just sent or just failed.
    sort(0, Qt::DescendingOrder);
}

QString MessagesModel::headerTitle(const QString& key) const
{
    if (key == QLatin1String("when"))
        return tr("When");
    if (key == QLatin1String("parent"))
        return tr("Parent");
    if (key == QLatin1String("application"))
        return tr("Application");
    if (key == QLatin1String("subject"))
        return tr("Subject");
    if (key == QLatin1String("template"))
        return tr("Kind");
    if (key == QLatin1String("language"))
        return tr("Language");
    if (key == QLatin1String("status"))
        return tr("Delivery");
    if (key == QLatin1String("error"))
        return tr("Reason");
    return key;
}

QVariant MessagesModel::displayValue(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("when")) {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
        // Date and time: a failed message from last week must not look like one from this morning.
        return at.isValid() ? DisplayFormat::date(value) + QLatin1Char(' ') + DisplayFormat::time(at) : QVariant();
    }
    if (key == QLatin1String("template"))
        return DisplayFormat::messageTemplate(value.toString());
    if (key == QLatin1String("language")) // short, so the subject gets the room; the name is the tooltip
        return value.toString().section(QLatin1Char('-'), 0, 0).toUpper();
    if (key == QLatin1String("status"))
        return DisplayFormat::messageStatus(value.toString());
    return ListModel::displayValue(key, value);
}

QVariant MessagesModel::toolTip(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("language"))
        return DisplayFormat::languageName(value.toString());
    if (key == QLatin1String("status") && value.toString() == QLatin1String("queued"))
        return tr("The server sends it at its next round, or once this computer is back online.");
    return ListModel::toolTip(key, value);
}
