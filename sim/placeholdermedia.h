#pragma once

#include <QByteArray>
#include <QString>

namespace parley::sim {

// The file behind a simulated customer's photo, voice note or document when the control API
// gives no bytes: real enough for the hub to store and a desktop to show.
struct PlaceholderFile {
    QByteArray bytes;
    QString mimeType;
    QString filename;
};

// Images are a small gradient PNG in a colour picked by `variant` (so each customer's photos
// differ); a document is a one-page PDF; audio is a playable Ogg/Opus voice note of a few
// seconds of silence; video is a real 3-second H.264 + AAC MP4 (sim/media/README.md); a sticker
// is a valid WebP header with no picture.
// `mimeType` empty: the type's usual one.
PlaceholderFile placeholderFile(const QString &messageType, const QString &mimeType,
                                quint32 variant);

} // namespace parley::sim
