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
    // The names of the entries, top to bottom.
    QStringList names() const;
    bool selectName(const QString& name);
    // Shows a number beside an entry's title ("Emergency list (3)"); 0 shows the title alone.
    void setCount(const QString& name, int count, const QString& meaning);
    int shownCount(const QString& name) const;

private:
    QListWidgetItem* itemNamed(const QString& name) const;

signals:
    void pageRequested(const QString& name);
};
