#pragma once

#include "lists/ListModel.h"

class LocalCache;

// Applications with child, parent, state (in the person's language, explained in the tooltip) and dates.
class ApplicationsModel : public ListModel
{
    Q_OBJECT

public:
    explicit ApplicationsModel(const LocalCache& cache, QObject* parent = nullptr);

    QString table() const override { return QStringLiteral("applications"); }

protected:
    QString headerTitle(const QString& key) const override;
    QVariant displayValue(const QString& key, const QVariant& value) const override;
    QVariant toolTip(const QString& key, const QVariant& value) const override;
};
