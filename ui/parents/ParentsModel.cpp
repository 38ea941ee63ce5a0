#include "ParentsModel.h"

#include "common/DisplayFormat.h"
#include "store/lists/ParentListQuery.h"

ParentsModel::ParentsModel(const LocalCache& cache, QObject* parent)
    : ListModel(std::make_unique<ParentListQuery>(cache), parent)
{
}

QString ParentsModel::headerTitle(const QString& key) const
{
    if (key == QLatin1String("name"))
        return tr("Name");
    if (key == QLatin1String("phone"))
        return tr("Phone");
    if (key == QLatin1String("email"))
        return tr("E-mail");
    if (key == QLatin1String("postcode"))
        return tr("Postcode");
    if (key == QLatin1String("municipality"))
        return tr("Municipality");
    if (key == QLatin1String("language"))
        return tr("Language");
    if (key == QLatin1String("applications"))
        return tr("Applications");
    return key;
}

QVariant ParentsModel::displayValue(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("phone"))
        return DisplayFormat::phone(value.toString());
    if (key == QLatin1String("language"))
        return DisplayFormat::languageName(value.toString());
    if (key == QLatin1String("applications"))
        return value.toInt();
    return ListModel::displayValue(key, value);
}

Qt::Alignment ParentsModel::alignment(const QString& key) const
{
    if (key == QLatin1String("applications"))
        return Qt::AlignCenter; // a small count, under its header rather than far off at the right edge
    return ListModel::alignment(key);
}
