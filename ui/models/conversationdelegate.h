#pragma once

#include "core/protocol/triagetypes.h"

#include <QHash>
#include <QStyledItemDelegate>

namespace parley::ui {

// Paints one conversation row: an initials avatar, the customer's name and the time of the last
// message, the last message, the unread badge, the channel, and whether the 24-hour window is
// still open, and (issue #12) its priority, pending or snoozed state and labels as coloured
// chips. Painting, not widgets: a list of thousands scrolls at full speed.
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
    // The word for a priority, a status shown in the list ("Pending", "Snoozed").
    static QString priorityText(ConversationPriority priority);

    // The labels admins defined, by id (the mirror's); rows show the names of theirs.
    void setLabels(const QHash<Id, Label> &labels) { m_labels = labels; }

private:
    // Paints one chip ending at `right` on the line at `top`; returns its left edge.
    int paintChip(QPainter *painter, const QFont &font, int right, int top, int height,
                  const QString &text, const QColor &fill) const;

    QHash<Id, Label> m_labels;
};

} // namespace parley::ui
