#include "ApplicationsModel.h"

#include "common/DisplayFormat.h"
#include "store/lists/ApplicationListQuery.h"

ApplicationsModel::ApplicationsModel(const LocalCache& cache, QObject* parent)
    : ListModel(std::make_unique<ApplicationListQuery>(cache), parent)
{
}

QString ApplicationsModel::headerTitle(const QString& key) const
{
    if (key == QLatin1String("number"))
        return tr("Number");
    if (key == QLatin1String("child"))
        return tr("Child");
    if (key == QLatin1String("parent"))
        return tr("Parent");
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("municipality"))
        return tr("Municipality");
    if (key == QLatin1String("desired_start"))
        return tr("Desired start");
    if (key == QLatin1String("submitted_at"))
        return tr("Submitted");
    if (key == QLatin1String("channel"))
        return tr("Channel");
    return key;
}

QVariant ApplicationsModel::displayValue(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("status"))
        return DisplayFormat::statusLabel(value.toString());
    if (key == QLatin1String("desired_start") || key == QLatin1String("submitted_at"))
        return DisplayFormat::date(value);
    if (key == QLatin1String("channel"))
        return DisplayFormat::channel(value.toString());
    if (key == QLatin1String("number") && value.toString().isEmpty())
        return tr("(not yet numbered)"); // filed offline: the server gives the number on sync
    return ListModel::displayValue(key, value);
}

QVariant ApplicationsModel::toolTip(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("status"))
        return DisplayFormat::statusExplanation(value.toString());
    return ListModel::toolTip(key, value);
}
