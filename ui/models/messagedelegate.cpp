#include "ui/models/messagedelegate.h"

#include "core/domain/message.h"
#include "ui/media/audioplayer.h"
#include "ui/media/mediabubble.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/messagelistmodel.h"
#include "ui/theme/palette.h"

#include "ui/models/bubblecontent.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QMouseEvent>
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

BubbleContent contentOf(const QModelIndex &index)
{
    BubbleContent content = index.data(MessageListModel::BubbleRole).value<BubbleContent>();
    if (mediaMessage(index)) // the media part shows the file: the text is the caption alone
        content.body = index.data(MessageListModel::TextRole).toString();
    return content;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
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
    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics bold(boldFont(option.font));
    const int line = fm.height();
    int top = option.rect.top() + 4;
    if (index.data(MessageListModel::NewDayRole).toBool()) {
        l.dayLine = QRect(option.rect.left(), top, width, line + 8);
        top += line + 12;
    }
    const BubbleContent content = contentOf(index);
    if (content.shape == BubbleContent::Shape::Line) {
        // WhatsApp's notices and calls: centred, no bubble, no ticks.
        const int maxLine = qMax(120, int(width * 0.8));
        const QRect bounds = wrappedBounds(fm, maxLine - 2 * padding, content.body);
        const int lineWidth = bounds.width() + 2 * padding;
        l.bubble = QRect(option.rect.left() + (width - lineWidth) / 2, top, lineWidth,
                         bounds.height() + padding);
        l.text = l.bubble.adjusted(padding, padding / 2, -padding, -padding / 2);
        return l;
    }
    const bool outgoing = index.data(MessageListModel::OutgoingRole).toBool();
    const int maxBubble = qMax(120, int(width * 0.72));
    const int innerMax = maxBubble - 2 * padding;
    const std::optional<Message> media = mediaMessage(index);
    const QSize mediaSize = media ? MediaBubble::size(*media, innerMax) : QSize();
    const QRect textBounds =
        content.body.isEmpty() && (!content.title.isEmpty() || media)
            ? QRect() // a heading or a photo without a caption: no empty line under it
            : wrappedBounds(fm, innerMax, content.body);
    if (m_footerWidth < 0)
        m_footerWidth = fm.horizontalAdvance(QStringLiteral("00:00 ✔✔ ")) + 8;
    int innerWidth = qMax(qMax(textBounds.width(), m_footerWidth), mediaSize.width());
    if (!content.marker.isEmpty())
        innerWidth = qMax(innerWidth, m_footerWidth + fm.horizontalAdvance(content.marker) + 8);
    if (!content.header.isEmpty())
        innerWidth = qMax(innerWidth, qMin(innerMax, small.horizontalAdvance(content.header) + 4));
    if (!content.quote.isEmpty())
        innerWidth = qMax(innerWidth, qMin(innerMax, small.horizontalAdvance(content.quote) + 12));
    if (!content.title.isEmpty())
        innerWidth = qMax(innerWidth, qMin(innerMax, bold.horizontalAdvance(content.title) + 4));
    if (!content.action.isEmpty())
        innerWidth = qMax(innerWidth, qMin(innerMax, fm.horizontalAdvance(content.action)));
    QString failure;
    if (DeliveryState(index.data(MessageListModel::StateRole).toInt()) == DeliveryState::Failed)
        failure = index.data(MessageListModel::FailureRole).toString();
    const QRect failureBounds = failure.isEmpty() ? QRect() : wrappedBounds(fm, innerMax, failure);
    const int bubbleWidth = qMin(maxBubble, qMax(innerWidth, failureBounds.width()) + 2 * padding);
    const int inner = bubbleWidth - 2 * padding;
    const int left =
        outgoing ? option.rect.left() + width - margin - bubbleWidth : option.rect.left() + margin;
    int y = top + padding;
    if (!content.header.isEmpty()) {
        l.header = QRect(left + padding, y, inner, small.height());
        y = l.header.bottom() + 3;
    }
    if (!content.quote.isEmpty()) {
        l.quote = QRect(left + padding, y, inner, small.height() + 8);
        y = l.quote.bottom() + 5;
    }
    if (!content.title.isEmpty()) {
        l.title = QRect(left + padding, y, inner, bold.height());
        y = l.title.bottom() + 2;
    }
    if (mediaSize.isValid()) {
        l.media = QRect(QPoint(left + padding, y), mediaSize);
        y = l.media.bottom() + 4;
    }
    l.text = QRect(left + padding, y, inner, textBounds.height());
    y = l.text.bottom() + 2;
    if (!content.action.isEmpty()) {
        l.action =
            QRect(left + padding, y + 2, qMin(inner, fm.horizontalAdvance(content.action)), line);
        y = l.action.bottom() + 2;
    }
    l.footer = QRect(left + padding, y, inner, line);
    y = l.footer.bottom();
    if (!failure.isEmpty()) {
        l.failure = QRect(left + padding, y + 4, inner, failureBounds.height());
        y = l.failure.bottom();
    }
    l.bubble = QRect(left, top, bubbleWidth, y - top + padding);
    if (!content.reactions.isEmpty()) {
        // A chip hanging under the bubble's edge, on the bubble's own side.
        const int chipWidth = fm.horizontalAdvance(content.reactions) + 12;
        const int chipLeft = outgoing ? l.bubble.right() - chipWidth - 6 : l.bubble.left() + 6;
        l.reactions = QRect(chipLeft, l.bubble.bottom() - 4, chipWidth, line + 4);
    }
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
    const int bottom = l.reactions.isValid() ? l.reactions.bottom() : l.bubble.bottom();
    return {opt.rect.width(), bottom + 6};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index, option.rect.width());
    const BubbleContent content = contentOf(index);
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
    if (content.shape == BubbleContent::Shape::Line) {
        paintLine(painter, option, l, content);
        painter->restore();
        return;
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
    paintParts(painter, option, l, content);
    if (l.media.isValid()) {
        const Message message = index.data(MessageListModel::MessageRole).value<Message>();
        const QImage thumbnail = m_thumbnails && ThumbnailCache::hasThumbnail(message)
                                     ? m_thumbnails->thumbnail(message)
                                     : QImage();
        const AudioPlayer::State audio = m_audio && message.kind == MessageKind::Audio
                                             ? m_audio->stateFor(message)
                                             : AudioPlayer::State();
        MediaBubble::paint(painter, l.media, message, thumbnail, colors, audio);
    }
    painter->setPen(content.mutedBody ? colors.bubbleMuted : text);
    painter->drawText(l.text, Qt::TextWordWrap, content.body);

    const QDateTime when =
        QDateTime::fromMSecsSinceEpoch(index.data(MessageListModel::TimeRole).toLongLong());
    QString footer = QLocale().toString(when.time(), QLocale::ShortFormat);
    const int state = index.data(MessageListModel::StateRole).toInt();
    if (outgoing && !note)
        footer += QLatin1Char(' ') + ticks(state);
    if (note)
        footer = tr("Note") + QStringLiteral(" · ") + footer;
    if (!content.marker.isEmpty())
        footer = content.marker + QStringLiteral(" · ") + footer;
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
    if (l.reactions.isValid()) {
        painter->setPen(QPen(colors.backdrop, 2));
        painter->setBrush(bubble);
        painter->drawRoundedRect(l.reactions, l.reactions.height() / 2, l.reactions.height() / 2);
        painter->setPen(text);
        painter->drawText(l.reactions, Qt::AlignCenter, content.reactions);
    }
    painter->restore();
}

void MessageDelegate::paintLine(QPainter *painter, const QStyleOptionViewItem &option,
                                const Layout &l, const BubbleContent &content) const
{
    const Palette &colors = Palette::of(option.palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.bubbleNote);
    painter->drawRoundedRect(l.bubble, 8, 8);
    painter->setPen(colors.bubbleText);
    painter->drawText(l.text, Qt::TextWordWrap | Qt::AlignHCenter, content.body);
}

void MessageDelegate::paintParts(QPainter *painter, const QStyleOptionViewItem &option,
                                 const Layout &l, const BubbleContent &content) const
{
    const Palette &colors = Palette::of(option.palette);
    const QFont small = smallFont(option.font);
    if (l.header.isValid()) {
        painter->setFont(small);
        painter->setPen(colors.bubbleMuted);
        painter->drawText(
            l.header, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(content.header, Qt::ElideRight, l.header.width()));
    }
    if (l.quote.isValid()) {
        // The quoted message in a tinted box with a bar, like WhatsApp's.
        QColor tint = colors.bubbleText;
        tint.setAlpha(24);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawRoundedRect(l.quote, 4, 4);
        painter->setBrush(colors.tickRead);
        painter->drawRect(QRect(l.quote.left(), l.quote.top(), 3, l.quote.height()));
        painter->setFont(small);
        painter->setPen(colors.bubbleText);
        const QRect quoteText = l.quote.adjusted(9, 0, -4, 0);
        painter->drawText(
            quoteText, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(content.quote, Qt::ElideRight, quoteText.width()));
    }
    painter->setFont(option.font);
    if (l.title.isValid()) {
        const QFont bold = boldFont(option.font);
        painter->setFont(bold);
        painter->setPen(colors.bubbleText);
        painter->drawText(
            l.title, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(content.title, Qt::ElideRight, l.title.width()));
        painter->setFont(option.font);
    }
    if (l.action.isValid()) {
        QFont link = option.font;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(colors.tickRead);
        painter->drawText(l.action, Qt::AlignLeft | Qt::AlignVCenter, content.action);
        painter->setFont(option.font);
    }
}

QRect MessageDelegate::partRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                Part part) const
{
    const Layout l = layout(option, index, option.rect.width());
    switch (part) {
    case Part::Quote:
        return l.quote;
    case Part::Action:
        return l.action;
    case Part::Reactions:
        return l.reactions;
    }
    return {};
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const Layout l = layout(option, index, option.rect.width());
            const QPoint at = mouse->position().toPoint();
            if (l.quote.isValid() && l.quote.contains(at)) {
                emit quoteActivated(index);
                return true;
            }
            if (l.action.isValid() && l.action.contains(at)) {
                emit actionActivated(index);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace parley::ui
