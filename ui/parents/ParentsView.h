#pragma once

#include "lists/ListPage.h"

class LocalCache;

// The list of parents with their contact data; the state filter keeps parents with an application in it.
class ParentsView : public ListPage
{
    Q_OBJECT

public:
    QString printTitle() const override;
    explicit ParentsView(const LocalCache& cache, QWidget* parent = nullptr);

protected:
    QString countText(int total) const override;
    QString searchPlaceholder() const override;
    QString exportName() const override;
    QString searchToolTip() const override;
    QStringList columnSamples() const override;
    FilterBar::Fields filterFields() const override;
    QString stretchColumn() const override { return QStringLiteral("email"); }
};
