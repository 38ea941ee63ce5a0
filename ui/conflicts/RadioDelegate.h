#pragma once

#include <QStyledItemDelegate>

// Draws a checkable cell's indicator as a radio button: "Mine" and "Theirs" are one choice, not two ticks.
// Clicking and the space bar still work as for any checkable cell.
class RadioDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
