#pragma once

#include <QListWidget>

// The list of the client's parts down the left side of the main window, one icon and word each.
class NavigationRail : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationRail(QWidget* parent = nullptr);

    // Adds an entry; name is the --view name and the key of the page it shows.
    void addEntry(const QString& name, const QString& title, const QIcon& icon);
    QString currentName() const;
    bool selectName(const QString& name);

signals:
    void pageRequested(const QString& name);
};
