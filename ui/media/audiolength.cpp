#include "ui/media/audiolength.h"

#include <QFile>

namespace parley::ui {
namespace {

// WhatsApp's audio limit is 16 MB; a longer file is not read for its length.
constexpr qint64 maxBytes = 16 * 1024 * 1024;

quint64 little(const QByteArray &bytes, qsizetype at, int size)
{
    quint64 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

quint64 big(const QByteArray &bytes, qsizetype at, int size)
{
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// RFC 7845 (Opus: granules at 48 kHz, less the pre-skip) and the Vorbis I specification
// (granules at the identification header's rate). The first page holds the codec's header.
qint64 oggLengthMs(const QByteArray &bytes)
{
    constexpr qsizetype pageHeader = 27;
    if (bytes.size() < pageHeader + 1)
        return 0;
    const qsizetype firstPacket = pageHeader + quint8(bytes.at(26));
    const QByteArray first = bytes.mid(firstPacket, 30);
    quint64 rate = 0;
    quint64 preSkip = 0;
    if (first.startsWith("OpusHead") && first.size() >= 12) {
        rate = 48000;
        preSkip = little(first, 10, 2);
    } else if (first.startsWith("\x01vorbis") && first.size() >= 16) {
        rate = little(first, 12, 4);
    }
    if (rate == 0)
        return 0;
    // The last page that ends a packet carries the stream's final granule position.
    for (qsizetype at = bytes.lastIndexOf("OggS"); at >= 0;
         at = at > 0 ? bytes.lastIndexOf("OggS", at - 1) : -1) {
        if (at + pageHeader > bytes.size())
            continue;
        const quint64 granule = little(bytes, at + 6, 8);
        if (granule == ~quint64(0) || granule == 0)
            continue; // no packet ends on this page
        return granule > preSkip ? qint64((granule - preSkip) * 1000 / rate) : 0;
    }
    return 0;
}

// ISO/IEC 14496-12: moov → mvhd holds the timescale and the duration (version 0: 32-bit, 1:
// 64-bit). Found by its type's bytes: the boxes before it are not walked.
qint64 mp4LengthMs(const QByteArray &bytes)
{
    if (bytes.size() < 12 || bytes.mid(4, 4) != "ftyp")
        return 0;
    const qsizetype type = bytes.indexOf("mvhd");
    if (type < 4)
        return 0;
    const qsizetype body = type + 4; // version (1 byte) and flags (3)
    const int version = body < bytes.size() ? quint8(bytes.at(body)) : -1;
    quint64 timescale = 0;
    quint64 duration = 0;
    if (version == 0 && body + 20 <= bytes.size()) {
        timescale = big(bytes, body + 12, 4);
        duration = big(bytes, body + 16, 4);
    } else if (version == 1 && body + 32 <= bytes.size()) {
        timescale = big(bytes, body + 20, 4);
        duration = big(bytes, body + 24, 8);
    }
    if (timescale == 0 || duration == ~quint64(0) || duration == 0xffffffffu)
        return 0;
    return qint64(duration * 1000 / timescale);
}

} // namespace

qint64 audioLengthMs(const QByteArray &bytes)
{
    if (bytes.startsWith("OggS"))
        return oggLengthMs(bytes);
    return mp4LengthMs(bytes);
}

qint64 audioFileLengthMs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return 0;
    return audioLengthMs(file.readAll());
}

} // namespace parley::ui
