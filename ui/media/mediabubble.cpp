#include "ui/media/mediabubble.h"

#include "ui/media/videoposter.h"
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
constexpr int audioHeight = 58;
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

void drawPlayMark(QPainter *painter, const QRect &circle, bool pause, const QColor &ring,
                  const QColor &mark)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(ring);
    painter->drawEllipse(circle);
    painter->setBrush(mark);
    const QPoint c = circle.center();
    const int r = circle.width() / 2;
    if (pause) {
        painter->drawRect(QRect(c.x() - r / 3, c.y() - r / 3, qMax(2, r / 4), 2 * r / 3));
        painter->drawRect(QRect(c.x() + r / 8, c.y() - r / 3, qMax(2, r / 4), 2 * r / 3));
    } else {
        painter->drawPolygon(QPolygon(
            {c + QPoint(-r / 3, -r / 2), c + QPoint(-r / 3, r / 2), c + QPoint(r / 2, 0)}));
    }
}

// A voice note: the button, its kind, a progress bar, and "0:01 / 0:03" (or why it does not
// play: never a bar that pretends).
void drawAudio(QPainter *painter, const QRect &rect, const QString &title, const QString &subtitle,
               const AudioPlayer::State &audio, const Palette &colors)
{
    const QRect button = MediaBubble::playButton(rect);
    const QColor teal(0x00, 0x89, 0x7b);
    drawPlayMark(painter, button, audio.playing, teal, Qt::white);
    const QFontMetrics fm(painter->font());
    const QRect text = rect.adjusted(button.width() + 14, 4, -4, -4);
    painter->setPen(colors.bubbleText);
    painter->drawText(QRect(text.left(), text.top(), text.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(title, Qt::ElideRight, text.width()));
    const QRect track(text.left(), rect.center().y(), text.width(), 4);
    QColor empty = colors.bubbleMuted;
    empty.setAlpha(70);
    painter->setPen(Qt::NoPen);
    painter->setBrush(empty);
    painter->drawRoundedRect(track, 2, 2);
    if (audio.durationMs > 0 && audio.positionMs > 0) {
        QRect done = track;
        done.setWidth(int(track.width() * qMin<qint64>(audio.positionMs, audio.durationMs) /
                          audio.durationMs));
        painter->setBrush(teal);
        painter->drawRoundedRect(done, 2, 2);
    }
    QString line = subtitle;
    if (!audio.problem.isEmpty())
        line = audio.problem;
    else if (audio.loading)
        line = MediaBubble::tr("Loading…");
    else if (audio.current && audio.durationMs > 0)
        line = AudioPlayer::timeText(audio.positionMs) + QStringLiteral(" / ") +
               AudioPlayer::timeText(audio.durationMs);
    painter->setPen(audio.problem.isEmpty() ? colors.bubbleMuted : colors.bubbleError);
    painter->drawText(QRect(text.left(), text.bottom() - fm.height(), text.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(line, Qt::ElideRight, text.width()));
}

} // namespace

QRect MediaBubble::playButton(const QRect &rect)
{
    const int edge = qMin(40, rect.height() - 8);
    return {rect.left() + 4, rect.top() + (rect.height() - edge) / 2, edge, edge};
}

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
        return {qMin(cardWidth, maxWidth), audioHeight};
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

QString MediaBubble::audioTitle(const Message &message, const AudioPlayer::State &audio)
{
    const QString kind = kindText(message);
    // A length to the nearest second (a 2 s note whose pre-skip trims 7 ms is "0:02").
    return audio.durationMs > 0
               ? kind + QStringLiteral(" · ") + AudioPlayer::timeText(audio.durationMs + 500)
               : kind;
}

void MediaBubble::paint(QPainter *painter, const QRect &rect, const Message &message,
                        const QImage &thumbnail, const Palette &colors,
                        const AudioPlayer::State &audio)
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
        // The first frame (ui/media/videoposter.h) on black, or black until it is made.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x20, 0x24, 0x28));
        painter->drawRoundedRect(rect, 6, 6);
        if (!thumbnail.isNull()) {
            painter->save();
            QPainterPath clip;
            clip.addRoundedRect(rect, 6, 6);
            painter->setClipPath(clip);
            drawFitted(painter, rect, thumbnail);
            painter->restore();
        }
        const int r = qMin(rect.height() / 4, 24);
        drawPlayMark(painter, QRect(rect.center() - QPoint(r, r), QSize(2 * r, 2 * r)), false,
                     QColor(255, 255, 255, 210), QColor(0x20, 0x24, 0x28));
        const qint64 duration = VideoPoster::durationOf(thumbnail);
        QString label = tr("Video");
        if (duration > 0)
            label += QStringLiteral(" · ") + AudioPlayer::timeText(duration);
        label += QStringLiteral(" · ") + subtitle;
        // On a dark band, so that it reads over any frame.
        const QFontMetrics fm(painter->font());
        const QRect band(rect.left(), rect.bottom() - fm.height() - 6, rect.width(),
                         fm.height() + 6);
        painter->save();
        QPainterPath clip;
        clip.addRoundedRect(rect, 6, 6);
        painter->setClipPath(clip);
        painter->fillRect(band, QColor(0, 0, 0, 140));
        painter->restore();
        painter->setPen(Qt::white);
        painter->drawText(band.adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(label, Qt::ElideRight, band.width() - 16));
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
    default: // audio and voice notes: played in the bubble (ui/media/audioplayer.h)
        drawAudio(painter, rect, audioTitle(message, audio), subtitle, audio, colors);
        break;
    }
    painter->restore();
}

} // namespace parley::ui
