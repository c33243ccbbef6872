#include "ui/filters/viewcountdelegate.h"

#include "ui/filters/viewlistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace parley::ui {

void ViewCountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const qint64 count = index.data(ViewListModel::CountRole).toLongLong();
    const QString countText = count > 0 ? QLocale().toString(count) : QString();
    const int margin = 6;
    const int countWidth =
        countText.isEmpty() ? 0 : item.fontMetrics.horizontalAdvance(countText) + 2 * margin;

    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    // The selection spans the whole row; the title then gets what the count leaves.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, item.widget);
    QStyleOptionViewItem title = item;
    title.rect.setRight(item.rect.right() - countWidth);
    style->drawControl(QStyle::CE_ItemViewItem, &title, painter, item.widget);
    if (countText.isEmpty())
        return;

    painter->save();
    const bool selected = item.state & QStyle::State_Selected;
    painter->setPen(
        item.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect countRect(item.rect.right() - countWidth + margin, item.rect.top(),
                          countWidth - 2 * margin, item.rect.height());
    painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, countText);
    painter->restore();
}

QSize ViewCountDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), qMax(base.height(), option.fontMetrics.height() + 14)};
}

} // namespace parley::ui
