#include "ui/models/messagedelegate.h"

#include "core/domain/message.h"
#include "ui/media/mediabubble.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/messagelistmodel.h"
#include "ui/theme/palette.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QPainter>

#include <optional>

namespace parley::ui {
namespace {

constexpr int margin = 10;
constexpr int padding = 8;

// The message, for kinds that have a media part (painted by ui/media/mediabubble.h).
std::optional<Message> mediaMessage(const QModelIndex &index)
{
    if (!MediaBubble::shows(MessageKind(index.data(MessageListModel::KindRole).toInt())))
        return std::nullopt;
    const Message message = index.data(MessageListModel::MessageRole).value<Message>();
    if (!MediaBubble::shows(message))
        return std::nullopt;
    return message;
}

QString bodyText(const QModelIndex &index)
{
    const QString text = index.data(MessageListModel::TextRole).toString();
    const QString file = index.data(MessageListModel::FileNameRole).toString();
    if (file.isEmpty() || mediaMessage(index))
        return text; // the media part shows the file
    return text.isEmpty() ? QStringLiteral("📎 ") + file
                          : QStringLiteral("📎 ") + file + QLatin1Char('\n') + text;
}

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 600;
}

} // namespace

QString MessageDelegate::ticks(int deliveryState)
{
    // Each state has its own shape, so none is told by colour alone.
    switch (DeliveryState(deliveryState)) {
    case DeliveryState::Pending:
    case DeliveryState::Queued:
        return QStringLiteral("🕒");
    case DeliveryState::Sent:
        return QStringLiteral("✓");
    case DeliveryState::Delivered:
        return QStringLiteral("✓✓");
    case DeliveryState::Read:
        return QStringLiteral("✔✔"); // heavy ticks, and in the read colour
    case DeliveryState::Failed:
        return QStringLiteral("⚠!");
    case DeliveryState::Received:
        return {};
    }
    return {};
}

QRect MessageDelegate::wrappedBounds(const QFontMetrics &metrics, int width,
                                     const QString &text) const
{
    const QPair<int, QString> key(width, text);
    const auto cached = m_bounds.constFind(key);
    if (cached != m_bounds.constEnd())
        return *cached;
    if (m_bounds.size() > 4096) // a few conversations' worth; older ones are measured again
        m_bounds.clear();
    const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    m_bounds.insert(key, bounds);
    return bounds;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index, int width) const
{
    Layout l;
    if (option.font != m_boundsFont) {
        m_bounds.clear();
        m_boundsFont = option.font;
        m_footerWidth = -1;
    }
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    int top = option.rect.top() + 4;
    if (index.data(MessageListModel::NewDayRole).toBool()) {
        l.dayLine = QRect(option.rect.left(), top, width, line + 8);
        top += line + 12;
    }
    const bool outgoing = index.data(MessageListModel::OutgoingRole).toBool();
    const int maxBubble = qMax(120, int(width * 0.72));
    const std::optional<Message> media = mediaMessage(index);
    const QSize mediaSize = media ? MediaBubble::size(*media, maxBubble - 2 * padding) : QSize();
    const int mediaHeight = mediaSize.isValid() ? mediaSize.height() + 4 : 0;
    const QString body = bodyText(index);
    const QRect textBounds = media && body.isEmpty()
                                 ? QRect() // a photo without a caption: no empty line under it
                                 : wrappedBounds(fm, maxBubble - 2 * padding, body);
    if (m_footerWidth < 0)
        m_footerWidth = fm.horizontalAdvance(QStringLiteral("00:00 ✔✔ ")) + 8;
    const int footerWidth = m_footerWidth;
    const int innerWidth = qMax(qMax(textBounds.width(), footerWidth), mediaSize.width());
    QString failure;
    if (DeliveryState(index.data(MessageListModel::StateRole).toInt()) == DeliveryState::Failed)
        failure = index.data(MessageListModel::FailureRole).toString();
    const QRect failureBounds =
        failure.isEmpty() ? QRect() : wrappedBounds(fm, maxBubble - 2 * padding, failure);
    const int bubbleWidth = qMin(maxBubble, qMax(innerWidth, failureBounds.width()) + 2 * padding);
    const int bubbleHeight = mediaHeight + textBounds.height() + line + 2 * padding +
                             (failure.isEmpty() ? 0 : failureBounds.height() + 4);
    const int left =
        outgoing ? option.rect.left() + width - margin - bubbleWidth : option.rect.left() + margin;
    l.bubble = QRect(left, top, bubbleWidth, bubbleHeight);
    if (mediaSize.isValid())
        l.media = QRect(QPoint(left + padding, top + padding), mediaSize);
    l.text = QRect(left + padding, top + padding + mediaHeight, bubbleWidth - 2 * padding,
                   textBounds.height());
    l.footer = QRect(left + padding, l.text.bottom() + 2, bubbleWidth - 2 * padding, line);
    if (!failure.isEmpty())
        l.failure = QRect(left + padding, l.footer.bottom() + 4, bubbleWidth - 2 * padding,
                          failureBounds.height());
    return l;
}

QRect MessageDelegate::mediaRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, index, option.rect.width()).media;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, viewWidth(option), 0);
    const Layout l = layout(opt, index, opt.rect.width());
    return {opt.rect.width(), l.bubble.bottom() + 6};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index, option.rect.width());
    const bool outgoing = index.data(MessageListModel::OutgoingRole).toBool();
    const Palette &colors = Palette::of(option.palette);
    const int kind = index.data(MessageListModel::KindRole).toInt();
    const bool note = MessageKind(kind) == MessageKind::Note;
    const QColor bubble = note ? colors.bubbleNote : outgoing ? colors.bubbleOut : colors.bubbleIn;
    const QColor text = colors.bubbleText;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (l.dayLine.isValid()) {
        const QDateTime when =
            QDateTime::fromMSecsSinceEpoch(index.data(MessageListModel::TimeRole).toLongLong());
        painter->setPen(colors.dayLine);
        painter->drawText(l.dayLine, Qt::AlignCenter,
                          QLocale().toString(when.date(), QLocale::LongFormat));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(bubble);
    painter->drawRoundedRect(l.bubble, 8, 8);
    if (option.state & QStyle::State_Selected) {
        // The chosen message (a search hit, or one picked to copy) is ringed, not recoloured.
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(l.bubble.adjusted(-1, -1, 1, 1), 9, 9);
    }
    if (l.media.isValid()) {
        const Message message = index.data(MessageListModel::MessageRole).value<Message>();
        const QImage thumbnail = m_thumbnails && ThumbnailCache::hasThumbnail(message)
                                     ? m_thumbnails->thumbnail(message)
                                     : QImage();
        MediaBubble::paint(painter, l.media, message, thumbnail, colors);
    }
    painter->setPen(text);
    painter->drawText(l.text, Qt::TextWordWrap, bodyText(index));

    const QDateTime when =
        QDateTime::fromMSecsSinceEpoch(index.data(MessageListModel::TimeRole).toLongLong());
    QString footer = QLocale().toString(when.time(), QLocale::ShortFormat);
    const int state = index.data(MessageListModel::StateRole).toInt();
    if (outgoing && !note)
        footer += QLatin1Char(' ') + ticks(state);
    if (note)
        footer = tr("Note") + QStringLiteral(" · ") + footer;
    const QColor footerColor = DeliveryState(state) == DeliveryState::Read && outgoing
                                   ? colors.tickRead
                                   : colors.bubbleMuted;
    painter->setPen(footerColor);
    painter->drawText(l.footer, Qt::AlignRight | Qt::AlignVCenter, footer);
    if (l.failure.isValid()) {
        painter->setPen(colors.bubbleError);
        painter->drawText(l.failure, Qt::TextWordWrap,
                          index.data(MessageListModel::FailureRole).toString());
    }
    painter->restore();
}

} // namespace parley::ui
