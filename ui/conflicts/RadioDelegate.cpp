#include "RadioDelegate.h"

#include <QApplication>
#include <QPainter>

void RadioDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!(opt.features & QStyleOptionViewItem::HasCheckIndicator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The cell without its check box, then a radio button where the check box would be.
    const QRect indicator = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
    const Qt::CheckState state = opt.checkState;
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget); // the whole cell's background
    opt.rect.setLeft(indicator.right() + 4);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QStyleOptionButton radio;
    radio.rect = indicator;
    radio.state = QStyle::State_Enabled | (state == Qt::Checked ? QStyle::State_On : QStyle::State_Off);
    if (option.state & QStyle::State_HasFocus)
        radio.state |= QStyle::State_HasFocus;
    style->drawPrimitive(QStyle::PE_IndicatorRadioButton, &radio, painter, widget);
}
