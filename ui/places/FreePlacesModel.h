#pragma once

#include "lists/ListModel.h"

#include <QDate>

class FreePlaceListQuery;
class LocalCache;

// The free places' rows: where, what kind of care, from when, ages, days, how many, status (with "to confirm"
// for an open place nobody confirmed for four weeks), offers out, and when and by whom it was last updated.
class FreePlacesModel : public ListModel
{
    Q_OBJECT

public:
    explicit FreePlacesModel(const LocalCache& cache, QObject* parent = nullptr);

    QString table() const override { return QStringLiteral("free_places"); }
    // Open places per municipality for the current filter, e.g. "Antwerpen 12 · Berchem 3".
    QString openPlacesText() const;
    void setToday(const QDate& day);
    // "Open — to confirm": the status column's words for a place nobody confirmed for four weeks.
    static QString toConfirmText(const QString& status);

protected:
    QString headerTitle(const QString& key) const override;
    QVariant displayValue(const QString& key, const QVariant& value) const override;
    QVariant toolTip(const QString& key, const QVariant& value) const override;
    QVariant emphasis(int role, const QString& key, const QVariant& value) const override;
    Qt::Alignment alignment(const QString& key) const override;

private:
    FreePlaceListQuery& places() const;
};
