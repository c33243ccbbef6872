#pragma once

#include <QStyledItemDelegate>

namespace parley::ui {

// Paints one conversation row: an initials avatar, the customer's name and the time of the last
// message, the last message, the unread badge, the channel, and whether the 24-hour window is
// still open. Painting, not widgets: a list of thousands scrolls at full speed.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "14:05" today, "Mon" within a week, a short date before; in the user's locale.
    static QString shortTime(qint64 msSinceEpoch, qint64 now);
    static QString initials(const QString &name);
    static QColor avatarColor(const QString &key);
};

} // namespace parley::ui
