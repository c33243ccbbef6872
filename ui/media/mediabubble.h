#pragma once

#include "core/domain/message.h"
#include "ui/media/audioplayer.h"

#include <QCoreApplication>
#include <QImage>
#include <QRect>

class QPainter;

namespace parley::ui {

struct Palette;

// The media part of a chat bubble, above the caption: a photo or sticker as its thumbnail, a
// video as its first frame with a play mark and its length, a document as a card with its type,
// name and size (a PDF with its first page above), audio as a play / pause button with progress
// and length. Sizes do not depend on whether the
// thumbnail is there yet, so a bubble never jumps when its picture arrives: a placeholder is
// painted first and the thumbnail in the same place once the ThumbnailCache has it.
class MediaBubble {
    Q_DECLARE_TR_FUNCTIONS(MediaBubble)
public:
    // Whether the message has a media part (its file name is then not repeated in the text).
    static bool shows(const Message &message);
    static bool shows(MessageKind kind);
    static QSize size(const Message &message, int maxWidth);
    // `audio`: where a voice note or audio is in playing (ui/media/audioplayer.h); a video's
    // length comes with its poster in `thumbnail`.
    static void paint(QPainter *painter, const QRect &rect, const Message &message,
                      const QImage &thumbnail, const Palette &colors,
                      const AudioPlayer::State &audio = {});
    // The play / pause button of an audio bubble inside `rect` (clicks on it play or pause).
    static QRect playButton(const QRect &rect);

    // "PDF", "PNG", "OGG", … from the file name or the MIME type; "FILE" when neither says.
    static QString typeLabel(const Message &message);
    // "Photo", "Voice note", "Document", … in the agent's language.
    static QString kindText(const Message &message);
    // A voice note's or an audio's first line: "Voice note · 0:03" (the length once known).
    static QString audioTitle(const Message &message, const AudioPlayer::State &audio);
    // "2.4 MB" or empty when the size is not known (inbound files before the hub has them).
    static QString sizeText(const Message &message);
};

} // namespace parley::ui
