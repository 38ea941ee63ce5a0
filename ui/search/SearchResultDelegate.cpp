#include "SearchResultDelegate.h"

#include "SearchResultsModel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kPadding = 10;
const QColor kMuted(0x54, 0x6e, 0x7a);

SearchResultsModel::RowType rowType(const QModelIndex& index)
{
    return SearchResultsModel::RowType(index.data(SearchResultsModel::RowTypeRole).toInt());
}

QFont headingFont(const QFont& base)
{
    QFont font(base);
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    switch (rowType(index)) {
    case SearchResultsModel::RowType::Heading:
        return QSize(200, QFontMetrics(headingFont(option.font)).height() + 12);
    case SearchResultsModel::RowType::More:
        return QSize(200, metrics.height() + 8);
    case SearchResultsModel::RowType::Hit:
        break;
    }
    return QSize(200, 2 * metrics.height() + 10);
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    switch (rowType(index)) {
    case SearchResultsModel::RowType::Heading:
        paintHeading(painter, option, index.data().toString());
        break;
    case SearchResultsModel::RowType::More:
        paintMore(painter, option, index.data().toString());
        break;
    case SearchResultsModel::RowType::Hit:
        paintHit(painter, option, index);
        break;
    }
    painter->restore();
}

void SearchResultDelegate::paintHeading(QPainter* painter, const QStyleOptionViewItem& option,
                                        const QString& text) const
{
    const QFont font = headingFont(option.font);
    painter->setFont(font);
    painter->setPen(kMuted);
    const QRect r = option.rect.adjusted(kPadding, 6, -kPadding, 0);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text.toUpper());
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(option.rect.left(), option.rect.top(), option.rect.right(), option.rect.top());
}

void SearchResultDelegate::paintMore(QPainter* painter, const QStyleOptionViewItem& option, const QString& text) const
{
    QFont font(option.font);
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(kMuted);
    const QRect r = option.rect.adjusted(2 * kPadding, 0, -kPadding, 0);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(text, Qt::ElideRight, r.width()));
}

void SearchResultDelegate::paintHit(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    if (selected)
        painter->fillRect(option.rect, option.palette.color(QPalette::Highlight));
    else if (hovered)
        painter->fillRect(option.rect, option.palette.color(QPalette::AlternateBase));
    const QRect r = option.rect.adjusted(2 * kPadding, 5, -kPadding, -5);
    const QFontMetrics metrics(option.font);
    QFont bold(option.font);
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect top(r.left(), r.top(), r.width(), metrics.height());
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, r.width()));
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : kMuted);
    const QRect bottom(r.left(), top.bottom() + 1, r.width(), metrics.height());
    const QString context = index.data(SearchResultsModel::ContextRole).toString();
    painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(context, Qt::ElideRight, r.width()));
}
