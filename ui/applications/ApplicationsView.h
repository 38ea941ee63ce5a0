#pragma once

#include "lists/ListPage.h"

class LocalCache;

// The list of applications the account may see, findable by number, name, national number or phone.
class ApplicationsView : public ListPage
{
    Q_OBJECT

public:
    QString printTitle() const override;
    explicit ApplicationsView(const LocalCache& cache, QWidget* parent = nullptr);

protected:
    QString countText(int total) const override;
    QString searchPlaceholder() const override;
    QString exportName() const override;
    QString searchToolTip() const override;
    QStringList columnSamples() const override;
    FilterBar::Fields filterFields() const override;
};
