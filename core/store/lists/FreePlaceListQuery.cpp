#include "store/lists/FreePlaceListQuery.h"

QStringList FreePlaceListQuery::columnKeys() const
{
    return {QStringLiteral("location"),       QStringLiteral("municipality"), QStringLiteral("kind"),
            QStringLiteral("available_from"), QStringLiteral("ages"),         QStringLiteral("days"),
            QStringLiteral("count"),          QStringLiteral("status"),       QStringLiteral("offers"),
            QStringLiteral("updated")};
}

QString FreePlaceListQuery::fromClause() const
{
    return QStringLiteral("FROM free_places f LEFT JOIN locations l ON l.id = f.location_id");
}

QStringList FreePlaceListQuery::selectExpressions() const
{
    // Ages travel as "min-max" months; offers count those out (sent) or taken (accepted) on the place.
    return {QStringLiteral("f.id"), QStringLiteral("l.name"), QStringLiteral("l.municipality"),
            QStringLiteral("l.kind"), QStringLiteral("f.available_from"),
            QStringLiteral("coalesce(f.age_min_months, '') || '-' || coalesce(f.age_max_months, '')"),
            QStringLiteral("f.days"), QStringLiteral("f.count"),
            // "open|confirm": open, but nobody confirmed it for four weeks (the cutoff is a date made here).
            QStringLiteral("f.status || CASE WHEN f.status = 'open' AND f.updated_at < '%1' THEN '|confirm' "
                           "ELSE '' END")
                .arg(today().addDays(-kToConfirmDays).toString(Qt::ISODate)),
            QStringLiteral("(SELECT count(*) FROM offers o WHERE o.free_place_id = f.id "
                           "AND o.status IN ('sent', 'accepted'))"),
            QStringLiteral("f.updated_at"),
            // Who last wrote the place on the server: the organiser's call was taken by that colleague.
            QStringLiteral("(SELECT ac.display_name FROM accounts ac WHERE ac.id = f.updated_by)")};
}

QStringList FreePlaceListQuery::sortExpressions(int column) const
{
    if (column == 3) // available from, then where: the order places are talked through on the phone
        return {QStringLiteral("f.available_from"), QStringLiteral("l.name COLLATE NOCASE")};
    if (column == 4)
        return {QStringLiteral("f.age_min_months"), QStringLiteral("f.age_max_months")};
    if (column == 6 || column == 8)
        return {selectExpressions().value(column + 1)};
    return ListQuery::sortExpressions(column);
}

void FreePlaceListQuery::addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                                       QVariantList* binds) const
{
    Q_UNUSED(walkOrder) // a region reports a few hundred places at most
    const auto add = [&](const QString& condition, const QVariant& value) {
        conditions->append(condition);
        binds->append(value);
    };
    if (!filter.search.trimmed().isEmpty()) {
        // The location's name, organiser or municipality: a person on the phone says one of them.
        const QString like = QLatin1Char('%') + filter.search.trimmed() + QLatin1Char('%');
        conditions->append(QStringLiteral("(l.name LIKE ? OR l.organiser LIKE ? OR l.municipality LIKE ?)"));
        *binds << like << like << like;
    }
    if (!filter.status.isEmpty())
        add(QStringLiteral("f.status = ?"), filter.status);
    if (!filter.municipality.isEmpty())
        add(QStringLiteral("l.municipality = ?"), filter.municipality);
    if (!filter.kind.isEmpty())
        add(QStringLiteral("l.kind = ?"), filter.kind);
    if (filter.startFrom.isValid())
        add(QStringLiteral("f.available_from >= ?"), filter.startFrom.toString(Qt::ISODate));
    if (filter.startTo.isValid())
        add(QStringLiteral("f.available_from <= ?"), filter.startTo.toString(Qt::ISODate));
    if (filter.childBorn.isValid()) {
        // Whole months of age on the day (given, or each place's own start), as the age band counts them.
        const QString born = filter.childBorn.toString(Qt::ISODate);
        const QString on = filter.ageOn.isValid() ? QStringLiteral("?") : QStringLiteral("f.available_from");
        const QString months =
            QStringLiteral("((CAST(strftime('%Y', %1) AS INTEGER) - CAST(strftime('%Y', ?) AS INTEGER)) * 12 + "
                           "CAST(strftime('%m', %1) AS INTEGER) - CAST(strftime('%m', ?) AS INTEGER) - "
                           "(CAST(strftime('%d', %1) AS INTEGER) < CAST(strftime('%d', ?) AS INTEGER)))")
                .arg(on);
        conditions->append(QStringLiteral("%1 BETWEEN f.age_min_months AND f.age_max_months").arg(months));
        const QString ageOn = filter.ageOn.toString(Qt::ISODate);
        // Binds in the order the placeholders appear: on, born, on, born, on, born.
        for (int i = 0; i < 3; ++i) {
            if (filter.ageOn.isValid())
                binds->append(ageOn);
            binds->append(born);
        }
    }
}

QVector<QPair<QString, int>> FreePlaceListQuery::openPlacesPerMunicipality() const
{
    ListFilter open = filter();
    open.status = QStringLiteral("open");
    return groupTotals(open, QStringLiteral("l.municipality"), QStringLiteral("f.count"));
}

QStringList FreePlaceListQuery::municipalities() const
{
    return distinctValues(QStringLiteral("SELECT DISTINCT municipality FROM locations WHERE municipality IS NOT NULL "
                                         "AND municipality <> '' ORDER BY municipality"));
}
