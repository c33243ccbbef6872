#include "ui/media/mediabubble.h"

#include "ui/theme/palette.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>

namespace parley::ui {
namespace {

constexpr int photoWidth = 240;
constexpr int photoHeight = 180;
constexpr int stickerEdge = 150;
constexpr int cardHeight = 48;
constexpr int pageHeight = 150;
constexpr int cardWidth = 260;

bool isPdf(const Message &message)
{
    return message.media.mimeType == QLatin1String("application/pdf") ||
           message.media.fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

bool isVoice(const Message &message)
{
    return message.details.value(QStringLiteral("voice")).toBool() ||
           message.media.mimeType.startsWith(QLatin1String("audio/ogg"));
}

// A colour per family of type, so a PDF, a sheet and a text file differ at a glance (with the
// type written on it as well, so never by colour alone).
QColor typeColor(const QString &label)
{
    if (label == QLatin1String("PDF"))
        return QColor(0xd3, 0x2f, 0x2f);
    if (label.startsWith(QLatin1String("XLS")) || label == QLatin1String("CSV"))
        return QColor(0x2e, 0x7d, 0x32);
    if (label.startsWith(QLatin1String("DOC")) || label == QLatin1String("TXT"))
        return QColor(0x15, 0x65, 0xc0);
    if (label.startsWith(QLatin1String("PPT")))
        return QColor(0xe6, 0x51, 0x00);
    return QColor(0x60, 0x6b, 0x75);
}

void drawFitted(QPainter *painter, const QRect &box, const QImage &image)
{
    const QSize fitted = image.size().scaled(box.size(), Qt::KeepAspectRatio);
    const QRect target(box.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
    painter->drawImage(target, image);
}

void drawPlaceholder(QPainter *painter, const QRect &box, const QString &mark,
                     const Palette &colors)
{
    QColor fill = colors.bubbleMuted;
    fill.setAlpha(50);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 6, 6);
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    painter->save();
    painter->setFont(font);
    painter->setPen(colors.bubbleMuted);
    painter->drawText(box, Qt::AlignCenter, mark);
    painter->restore();
}

void drawCard(QPainter *painter, const QRect &card, const QString &mark, const QColor &markColor,
              const QString &title, const QString &subtitle, const Palette &colors)
{
    const QRect icon(card.left() + 4, card.top() + 4, 32, card.height() - 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(markColor);
    painter->drawRoundedRect(icon, 4, 4);
    QFont small = painter->font();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    small.setBold(true);
    painter->save();
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(icon, Qt::AlignCenter, mark);
    painter->restore();
    const QRect text = card.adjusted(icon.width() + 12, 4, -4, -4);
    const QFontMetrics fm(painter->font());
    painter->setPen(colors.bubbleText);
    painter->drawText(QRect(text.left(), text.top(), text.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(title, Qt::ElideMiddle, text.width()));
    painter->setPen(colors.bubbleMuted);
    painter->drawText(QRect(text.left(), text.bottom() - fm.height(), text.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(subtitle, Qt::ElideRight, text.width()));
}

} // namespace

bool MediaBubble::shows(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
    case MessageKind::Sticker:
    case MessageKind::Video:
    case MessageKind::Document:
    case MessageKind::Audio:
        return true;
    default:
        return false;
    }
}

bool MediaBubble::shows(const Message &message)
{
    return shows(message.kind) && !message.media.isEmpty() && message.deletedAt == 0;
}

QSize MediaBubble::size(const Message &message, int maxWidth)
{
    if (!shows(message))
        return {};
    const auto fit = [maxWidth](int width, int height) {
        return width <= maxWidth ? QSize(width, height)
                                 : QSize(maxWidth, height * maxWidth / qMax(1, width));
    };
    switch (message.kind) {
    case MessageKind::Image:
        return fit(photoWidth, photoHeight);
    case MessageKind::Sticker:
        return fit(stickerEdge, stickerEdge);
    case MessageKind::Video:
        return fit(photoWidth, photoWidth * 9 / 16);
    case MessageKind::Document:
        return {qMin(cardWidth, maxWidth), cardHeight + (isPdf(message) ? pageHeight + 4 : 0)};
    default: // audio
        return {qMin(cardWidth, maxWidth), cardHeight};
    }
}

QString MediaBubble::typeLabel(const Message &message)
{
    QString suffix = QFileInfo(message.media.fileName).suffix();
    if (suffix.isEmpty() || suffix.size() > 5) {
        // "audio/ogg; codecs=opus": the type without its parameters.
        const QString type = message.media.mimeType.section(QLatin1Char(';'), 0, 0).trimmed();
        suffix = type == QLatin1String("audio/ogg")
                     ? QStringLiteral("ogg")
                     : QMimeDatabase().mimeTypeForName(type).preferredSuffix();
    }
    return suffix.isEmpty() ? QStringLiteral("FILE") : suffix.toUpper();
}

QString MediaBubble::kindText(const Message &message)
{
    switch (message.kind) {
    case MessageKind::Image:
        return tr("Photo");
    case MessageKind::Sticker:
        return tr("Sticker");
    case MessageKind::Video:
        return tr("Video");
    case MessageKind::Audio:
        return isVoice(message) ? tr("Voice message") : tr("Audio");
    default:
        return tr("Document");
    }
}

QString MediaBubble::sizeText(const Message &message)
{
    return message.media.size > 0 ? QLocale().formattedDataSize(message.media.size) : QString();
}

void MediaBubble::paint(QPainter *painter, const QRect &rect, const Message &message,
                        const QImage &thumbnail, const Palette &colors)
{
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QString size = sizeText(message);
    const QString subtitle =
        size.isEmpty() ? typeLabel(message) : size + QStringLiteral(" · ") + typeLabel(message);
    switch (message.kind) {
    case MessageKind::Image:
    case MessageKind::Sticker:
        if (thumbnail.isNull()) {
            drawPlaceholder(painter, rect, QStringLiteral("🖼"), colors);
        } else {
            QPainterPath clip;
            clip.addRoundedRect(rect, 6, 6);
            painter->setClipPath(clip);
            drawFitted(painter, rect, thumbnail);
        }
        break;
    case MessageKind::Video: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x20, 0x24, 0x28));
        painter->drawRoundedRect(rect, 6, 6);
        const int r = qMin(rect.height() / 4, 24);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawEllipse(rect.center(), r, r);
        painter->setBrush(QColor(0x20, 0x24, 0x28));
        const QPoint c = rect.center();
        painter->drawPolygon(QPolygon(
            {c + QPoint(-r / 3, -r / 2), c + QPoint(-r / 3, r / 2), c + QPoint(r / 2, 0)}));
        painter->setPen(Qt::white);
        painter->drawText(rect.adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignBottom,
                          tr("Video") + QStringLiteral(" · ") + subtitle);
        break;
    }
    case MessageKind::Document: {
        QRect card = rect;
        if (isPdf(message)) {
            const QRect page(rect.left(), rect.top(), rect.width(), pageHeight);
            if (thumbnail.isNull()) {
                drawPlaceholder(painter, page, QStringLiteral("📄"), colors);
            } else {
                painter->fillRect(page, QColor(0xf4, 0xf4, 0xf4));
                drawFitted(painter, page.adjusted(2, 2, -2, -2), thumbnail);
            }
            card.setTop(page.bottom() + 5);
        }
        const QString name =
            message.media.fileName.isEmpty() ? kindText(message) : message.media.fileName;
        drawCard(painter, card, typeLabel(message), typeColor(typeLabel(message)), name, subtitle,
                 colors);
        break;
    }
    default: // audio and voice notes: opened in the system's player
        drawCard(painter, rect, QStringLiteral("▶"), QColor(0x00, 0x89, 0x7b), kindText(message),
                 subtitle, colors);
        break;
    }
    painter->restore();
}

} // namespace parley::ui
