#pragma once

#include "lists/ListModel.h"

class LocalCache;

// Messages to parents: when, to whom, about which application, subject, template and whether it went out.
class MessagesModel : public ListModel
{
    Q_OBJECT

public:
    explicit MessagesModel(const LocalCache& cache, QObject* parent = nullptr);

    QString table() const override { return QStringLiteral("messages"); }

protected:
    QString headerTitle(const QString& key) const override;
    QVariant displayValue(const QString& key, const QVariant& value) const override;
    QVariant toolTip(const QString& key, const QVariant& value) const override;
};
