#pragma once

#include <QStyledItemDelegate>

namespace parley::ui {

// Paints a ViewListModel row as its title with the count right-aligned, the way inbox
// sidebars show them, eliding the title rather than the number.
class ViewCountDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Rows tall enough to aim at with a pointer (a line and some air), not a bare line of text.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parley::ui
