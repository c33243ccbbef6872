#pragma once

#include <QStyledItemDelegate>

namespace parley::ui {

// Chat bubbles: the customer's on the left, the team's on the right; a date line where a new
// day starts; the time with delivery ticks (sent ✓, delivered ✓✓, read ✓✓ in blue), a clock
// for a pending reply, and the reason under a failed one.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString ticks(int deliveryState);

private:
    struct Layout {
        QRect dayLine;
        QRect bubble;
        QRect text;
        QRect footer;
        QRect failure;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace parley::ui
