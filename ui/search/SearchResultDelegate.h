#pragma once

#include <QStyledItemDelegate>

// Paints the search popup's rows: a group heading in small bold grey, a hit as its label with a line of
// context under it, "n more" in grey italics.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintHeading(QPainter* painter, const QStyleOptionViewItem& option, const QString& text) const;
    void paintHit(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintMore(QPainter* painter, const QStyleOptionViewItem& option, const QString& text) const;
};
