#include "NavigationRail.h"

#include <QIcon>

namespace {
constexpr int kTitleRole = Qt::UserRole + 1;
constexpr int kCountRole = Qt::UserRole + 2;
// Wide enough for two short lines of label under the icon; narrow, so the lists keep their room.
constexpr int kRailWidth = 104;
} // namespace

NavigationRail::NavigationRail(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationRail"));
    setAccessibleName(tr("Navigation"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setWordWrap(true);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setTextElideMode(Qt::ElideNone);
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(kRailWidth);
    setStyleSheet(QStringLiteral("#navigationRail { background: #eceff1; padding-top: 4px; } "
                                 "#navigationRail::item { border-radius: 6px; color: #263238; padding: 4px 0; } "
                                 "#navigationRail::item:hover { background: #e0e6e9; } "
                                 "#navigationRail::item:selected { background: #cfd8dc; color: #0d47a1; }"));
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            emit pageRequested(item->data(Qt::UserRole).toString());
    });
}

void NavigationRail::addEntry(const QString& name, const QString& title, const QIcon& icon)
{
    auto* item = new QListWidgetItem(icon, title, this);
    item->setData(Qt::UserRole, name);
    item->setData(kTitleRole, title);
    item->setToolTip(title);
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Icon plus up to two lines of label.
    item->setSizeHint(QSize(kRailWidth - 8, iconSize().height() + 2 * fontMetrics().lineSpacing() + 16));
}

QString NavigationRail::currentName() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

QListWidgetItem* NavigationRail::itemNamed(const QString& name) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == name)
            return item(i);
    }
    return nullptr;
}

QStringList NavigationRail::names() const
{
    QStringList all;
    for (int i = 0; i < count(); ++i)
        all.append(item(i)->data(Qt::UserRole).toString());
    return all;
}

bool NavigationRail::selectName(const QString& name)
{
    QListWidgetItem* entry = itemNamed(name);
    if (entry)
        setCurrentItem(entry);
    return entry != nullptr;
}

void NavigationRail::setCount(const QString& name, int count, const QString& meaning)
{
    QListWidgetItem* entry = itemNamed(name);
    if (!entry || entry->data(kCountRole).toInt() == count)
        return;
    const QString title = entry->data(kTitleRole).toString();
    entry->setData(kCountRole, count);
    entry->setText(count > 0 ? QStringLiteral("%1 (%L2)").arg(title).arg(count) : title);
    entry->setToolTip(count > 0 ? QStringLiteral("%1 — %2: %L3").arg(title, meaning).arg(count) : title);
}

int NavigationRail::shownCount(const QString& name) const
{
    const QListWidgetItem* entry = itemNamed(name);
    return entry ? entry->data(kCountRole).toInt() : 0;
}
