#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class LocalCache;

// Free places as organisers report them by phone or mail: added, corrected and withdrawn by the counter, each
// one local write with its outbox entry. The row is checked here as the server checks it (RowValidator), so a
// mistake shows while the person still has the organiser on the line; the server decides in the end.
class FreePlaceActions
{
    Q_DECLARE_TR_FUNCTIONS(FreePlaceActions)

public:
    explicit FreePlaceActions(LocalCache& cache);

    // place: location_id, available_from, days, age_min_months, age_max_months, count (status open when
    // absent). The region is the location's; the new id in *id.
    bool add(const QJsonObject& place, QString* id, QString* error);
    // values: the fields that change.
    bool update(const QString& id, const QJsonObject& values, QString* error);
    bool withdraw(const QString& id, QString* error);
    // The row as it would be stored, with every problem in words; empty when it is fine.
    QString problems(const QJsonObject& row) const;
    // A field of a free place as the dialog names it.
    static QString fieldName(const QString& field);

private:
    LocalCache& m_cache;
};
