#include "ui/models/conversationdelegate.h"

#include "ui/models/conversationlistmodel.h"
#include "ui/theme/palette.h"

#include <QApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace parley::ui {

QString ConversationDelegate::shortTime(qint64 msSinceEpoch, qint64 now)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    const QDateTime current = QDateTime::fromMSecsSinceEpoch(now);
    const QLocale locale;
    if (when.date() == current.date())
        return locale.toString(when.time(), QLocale::ShortFormat);
    if (when.date().daysTo(current.date()) < 7)
        return locale.dayName(when.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QString ConversationDelegate::initials(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    // CJK names are written without spaces: their first character is the usual short form.
    QString out = words.first().left(1);
    if (words.size() > 1 && words.first().at(0).script() == QChar::Script_Latin)
        out += words.last().left(1);
    return out.toUpper();
}

QColor ConversationDelegate::avatarColor(const QString &key)
{
    return Palette::avatar(key).fill;
}

QString ConversationDelegate::priorityText(ConversationPriority priority)
{
    switch (priority) {
    case ConversationPriority::Low:
        return tr("Low");
    case ConversationPriority::Normal:
        return tr("Normal");
    case ConversationPriority::High:
        return tr("High");
    case ConversationPriority::Urgent:
        return tr("Urgent");
    }
    return {};
}

int ConversationDelegate::paintChip(QPainter *painter, const QFont &font, int right, int top,
                                    int height, const QString &text, const QColor &fill) const
{
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 10;
    const QRect chip(right - width, top, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, 4, 4);
    // Black or white, whichever reads better on the admin's colour.
    painter->setPen(contrastRatio(Qt::black, fill) >= contrastRatio(Qt::white, fill) ? Qt::black
                                                                                     : Qt::white);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, text);
    return chip.left();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    // The view decides the width; only the height is the delegate's.
    return {1, line * 3 + 14};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // Secondary text in the palette's muted colour (4.5:1); on a selected row, everything in
    // the highlighted text colour, which is what the selection is measured against.
    const Palette &colors = Palette::of(opt.palette);
    const QColor muted = selected ? text : colors.muted;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(8, 6, -8, -6);
    const int line = opt.fontMetrics.height();
    const QString name = index.data(ConversationListModel::NameRole).toString();

    // Avatar.
    const int size = qMin(r.height(), line * 2 + 8);
    const QRect avatar(r.left(), r.top() + (r.height() - size) / 2, size, size);
    painter->setPen(Qt::NoPen);
    const Palette::Avatar avatarColors = Palette::avatar(name);
    painter->setBrush(avatarColors.fill);
    painter->drawEllipse(avatar);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(avatarColors.initials);
    painter->drawText(avatar, Qt::AlignCenter, initials(name));

    const int left = avatar.right() + 10;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString time =
        shortTime(index.data(ConversationListModel::LastMessageAtRole).toLongLong(), now);
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const bool windowOpen = index.data(ConversationListModel::WindowOpenRole).toBool();

    // First line: name … time.
    const int timeWidth = opt.fontMetrics.horizontalAdvance(time) + 4;
    QRect nameRect(left, r.top(), r.right() - left - timeWidth, line);
    painter->setPen(text);
    painter->setFont(unread > 0 ? bold : opt.font);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    // Second line: last message … unread badge.
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        badgeWidth = qMax(line + 2, opt.fontMetrics.horizontalAdvance(count) + 10);
        const QRect badge(r.right() - badgeWidth, r.top() + line + 3, badgeWidth, line + 2);
        painter->setPen(Qt::NoPen);
        // WhatsApp's green for "new"; on a selected row the badge turns round so that it still
        // stands out from the highlight.
        painter->setBrush(selected ? colors.highlightedText : colors.unreadBadge);
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setPen(selected ? colors.highlight : colors.unreadBadgeText);
        painter->setFont(bold);
        painter->drawText(badge, Qt::AlignCenter, count);
        painter->setFont(opt.font);
    }
    const QRect messageRect(left, r.top() + line + 4, r.right() - left - badgeWidth - 6, line);
    painter->setPen(muted);
    // A reply being written comes first, then (while searching) the message that matched, else
    // the last message.
    const QString draft = index.data(ConversationListModel::DraftRole).toString().simplified();
    const QString match = index.data(ConversationListModel::MatchTextRole).toString().simplified();
    const QString last =
        !draft.isEmpty()
            ? tr("Draft: %1").arg(draft)
            : (!match.isEmpty()
                   ? match
                   : index.data(ConversationListModel::LastMessageRole).toString().simplified());
    if (!draft.isEmpty()) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(text);
    }
    painter->drawText(messageRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(last, Qt::ElideRight, messageRect.width()));
    painter->setFont(opt.font);

    // Third line: channel · window state.
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QString channel = index.data(ConversationListModel::ChannelNameRole).toString();
    const QString window = windowOpen ? tr("Window open") : tr("Template only");
    QString third = channel.isEmpty() ? window : channel + QStringLiteral(" · ") + window;
    if (index.data(ConversationListModel::SnoozedRole).toBool())
        third += QStringLiteral(" · ") + tr("Notifications snoozed");
    const Conversation c =
        index.data(ConversationListModel::ConversationRole).value<Conversation>();
    if (c.status == ConversationStatus::Pending)
        third += QStringLiteral(" · ") + tr("Pending");
    else if (c.status == ConversationStatus::Snoozed)
        third += QStringLiteral(" · ") + tr("Snoozed");
    // Labels, then the priority when it is not normal, from the right edge leftwards; the
    // text gets what is left.
    const int chipTop = r.top() + 2 * line + 6;
    const int chipHeight = QFontMetrics(small).height();
    int chipsLeft = r.right();
    for (auto id = c.labelIds.crbegin(); id != c.labelIds.crend(); ++id) {
        const auto label = m_labels.constFind(*id);
        if (label == m_labels.cend() || chipsLeft - left < line * 4)
            continue;
        chipsLeft = paintChip(painter, small, chipsLeft, chipTop, chipHeight, label->name,
                              QColor(label->color)) -
                    4;
    }
    if (c.priority == ConversationPriority::High || c.priority == ConversationPriority::Urgent)
        chipsLeft =
            paintChip(painter, small, chipsLeft, chipTop, chipHeight, priorityText(c.priority),
                      c.priority == ConversationPriority::Urgent ? colors.error : colors.warning) -
            4;
    painter->setFont(small);
    painter->setPen(windowOpen || selected ? muted : colors.warning);
    const QRect thirdRect(left, chipTop, chipsLeft - left, line);
    painter->drawText(thirdRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(third, Qt::ElideRight, thirdRect.width()));
    painter->restore();
}

} // namespace parley::ui
