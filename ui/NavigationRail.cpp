#include "NavigationRail.h"

#include <QIcon>

namespace {
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
    item->setToolTip(title);
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Icon plus up to two lines of label.
    item->setSizeHint(QSize(kRailWidth - 8, iconSize().height() + 2 * fontMetrics().lineSpacing() + 16));
}

QString NavigationRail::currentName() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

bool NavigationRail::selectName(const QString& name)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == name) {
            setCurrentRow(i);
            return true;
        }
    }
    return false;
}
