#pragma once

#include <QByteArray>
#include <QString>

namespace parley::ui {

// How long a voice note or an audio file lasts, read from its container without decoding it:
// an Ogg stream (Opus, Vorbis) by the granule position of its last page, an MP4 / M4A file by
// its movie header. 0 when the bytes are neither or do not say. Cheap (a scan of the bytes), but
// it reads a file: called off the GUI thread (AudioPlayer).
qint64 audioLengthMs(const QByteArray &bytes);
qint64 audioFileLengthMs(const QString &path);

} // namespace parley::ui
