#pragma once

#include "lists/ListModel.h"

class LocalCache;

// Parents with their contact data, phone in national notation and how many applications they filed.
class ParentsModel : public ListModel
{
    Q_OBJECT

public:
    explicit ParentsModel(const LocalCache& cache, QObject* parent = nullptr);

    QString table() const override { return QStringLiteral("parents"); }

protected:
    QString headerTitle(const QString& key) const override;
    QVariant displayValue(const QString& key, const QVariant& value) const override;
    Qt::Alignment alignment(const QString& key) const override;
};
