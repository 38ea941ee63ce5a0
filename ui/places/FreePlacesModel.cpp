#include "FreePlacesModel.h"

#include "common/DisplayFormat.h"
#include "store/lists/FreePlaceListQuery.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>

namespace {

bool needsConfirming(const QVariant& status)
{
    return status.toString().endsWith(QLatin1String("|confirm"));
}

} // namespace

FreePlacesModel::FreePlacesModel(const LocalCache& cache, QObject* parent)
    : ListModel(std::make_unique<FreePlaceListQuery>(cache), parent)
{
    // Soonest available first: what can be offered now.
    sort(3, Qt::AscendingOrder);
}

FreePlaceListQuery& FreePlacesModel::places() const
{
    return static_cast<FreePlaceListQuery&>(query());
}

void FreePlacesModel::setToday(const QDate& day)
{
    places().setToday(day);
    refresh();
}

QString FreePlacesModel::openPlacesText() const
{
    QStringList parts;
    int total = 0;
    for (const auto& municipality : places().openPlacesPerMunicipality()) {
        parts.append(QStringLiteral("%1 %L2").arg(municipality.first).arg(municipality.second));
        total += municipality.second;
    }
    if (parts.isEmpty())
        return tr("No open places for this filter.");
    return tr("Open places: %L1 — %2").arg(total).arg(parts.join(QStringLiteral(" · ")));
}

QString FreePlacesModel::toConfirmText(const QString& status)
{
    //: A free place still open that nobody confirmed for four weeks.
    return tr("%1 — to confirm").arg(status);
}

QString FreePlacesModel::headerTitle(const QString& key) const
{
    if (key == QLatin1String("location"))
        return tr("Location");
    if (key == QLatin1String("municipality"))
        return tr("Municipality");
    if (key == QLatin1String("kind"))
        return tr("Kind");
    if (key == QLatin1String("available_from"))
        return tr("Available from");
    if (key == QLatin1String("ages"))
        return tr("Ages");
    if (key == QLatin1String("days"))
        return tr("Days");
    if (key == QLatin1String("count"))
        return tr("Places");
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("offers"))
        return tr("Offers out");
    if (key == QLatin1String("updated"))
        return tr("Last updated");
    if (key == QLatin1String("updated_by"))
        return tr("By");
    return key;
}

QVariant FreePlacesModel::displayValue(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("kind"))
        return DisplayFormat::locationKind(value.toString());
    if (key == QLatin1String("available_from") || key == QLatin1String("updated"))
        return DisplayFormat::date(value);
    if (key == QLatin1String("ages")) {
        const QStringList band = value.toString().split(QLatin1Char('-'));
        return band.size() == 2 ? DisplayFormat::ageBand(band.at(0).toInt(), band.at(1).toInt()) : QString();
    }
    if (key == QLatin1String("days"))
        return DisplayFormat::daysShort(QJsonDocument::fromJson(value.toString().toUtf8()).object());
    if (key == QLatin1String("offers"))
        return value.toInt() > 0 ? QVariant(value.toInt()) : QVariant(QString());
    if (key == QLatin1String("status")) {
        const QString status = DisplayFormat::placeStatus(value.toString().section(QLatin1Char('|'), 0, 0));
        return needsConfirming(value) ? toConfirmText(status) : status;
    }
    return ListModel::displayValue(key, value);
}

QVariant FreePlacesModel::toolTip(const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("days"))
        return DisplayFormat::days(QJsonDocument::fromJson(value.toString().toUtf8()).object());
    if (key == QLatin1String("status") && needsConfirming(value))
        return tr("Not updated for four weeks: call the organiser to confirm the place is still free.");
    return ListModel::toolTip(key, value);
}

QVariant FreePlacesModel::emphasis(int role, const QString& key, const QVariant& value) const
{
    if (key == QLatin1String("status") && role == Qt::ForegroundRole && needsConfirming(value))
        return QBrush(QColor(0x8d, 0x6e, 0x00)); // amber, as pending changes elsewhere
    return QVariant();
}

Qt::Alignment FreePlacesModel::alignment(const QString& key) const
{
    if (key == QLatin1String("count") || key == QLatin1String("offers"))
        return Qt::AlignRight | Qt::AlignVCenter;
    return ListModel::alignment(key);
}
