#include "sim/placeholdermedia.h"

#include <QFile>
#include <QList>
#include <QtEndian>

namespace parley::sim {
namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type) + data;
    return bigEndian32(quint32(data.size())) + typed + bigEndian32(crc32(typed));
}

QByteArray gradientPng(quint32 variant)
{
    constexpr int side = 64;
    const int red = int(variant % 200) + 40;
    const int green = int((variant / 7) % 200) + 40;
    const int blue = int((variant / 49) % 200) + 40;
    QByteArray rows;
    for (int y = 0; y < side; ++y) {
        rows.append(char(0)); // filter: none
        for (int x = 0; x < side; ++x) {
            const int shade = (x + y) * 96 / (2 * side);
            rows.append(char(qMin(255, red + shade)));
            rows.append(char(qMin(255, green + shade)));
            rows.append(char(qMin(255, blue + shade)));
        }
    }
    QByteArray header = bigEndian32(side) + bigEndian32(side);
    header.append("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, deflate, no interlace
    // qCompress() prefixes the zlib stream with its own 4-byte length, which PNG does not want.
    const QByteArray zlib = qCompress(rows).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

QByteArray onePagePdf(const QString &title)
{
    const QByteArray text = title.toLatin1().replace('(', ' ').replace(')', ' ');
    return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R"
           "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
           "4 0 obj<</Length " +
           QByteArray::number(text.size() + 30) + ">>stream\nBT /F1 18 Tf 24 60 Td (" + text +
           ") Tj ET\nendstream endobj\n"
           "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%EOF\n";
}

// Ogg's page checksum: CRC-32 with polynomial 0x04c11db7, not reflected, starting at 0.
quint32 oggCrc(const QByteArray &page)
{
    quint32 crc = 0;
    for (const char byte : page) {
        crc ^= quint32(quint8(byte)) << 24;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x80000000u) ? (crc << 1) ^ 0x04c11db7u : crc << 1;
    }
    return crc;
}

QByteArray littleEndian(quint64 value, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

// One Ogg page holding `packets` (each under 255 bytes, so one lacing value each).
QByteArray oggPage(const QList<QByteArray> &packets, quint8 flags, quint64 granule, quint32 serial,
                   quint32 sequence)
{
    QByteArray lacing;
    QByteArray data;
    for (const QByteArray &packet : packets) {
        lacing.append(char(packet.size()));
        data.append(packet);
    }
    QByteArray page = QByteArray("OggS", 4) + char(0) + char(flags) + littleEndian(granule, 8) +
                      littleEndian(serial, 4) + littleEndian(sequence, 4) + QByteArray(4, '\0') +
                      char(packets.size()) + lacing + data;
    const QByteArray crc = littleEndian(oggCrc(page), 4);
    page.replace(22, 4, crc);
    return page;
}

// A real voice note (RFC 7845 Ogg Opus, mono, 48 kHz): `seconds` of Opus's 20 ms silent CELT
// frame (TOC 0xf8, then 0xff 0xfe), which any Opus decoder plays.
QByteArray opusVoiceNote(int seconds, quint32 serial)
{
    constexpr int preSkip = 312;
    const QByteArray head = QByteArray("OpusHead", 8) + char(1) + char(1) +
                            littleEndian(preSkip, 2) + littleEndian(48000, 4) + littleEndian(0, 2) +
                            char(0);
    const QByteArray vendor("parley-cloudsim");
    const QByteArray tags = QByteArray("OpusTags", 8) + littleEndian(quint64(vendor.size()), 4) +
                            vendor + littleEndian(0, 4);
    QByteArray out = oggPage({head}, 0x02, 0, serial, 0) + oggPage({tags}, 0, 0, serial, 1);
    const QByteArray silence("\xf8\xff\xfe", 3);
    const int frames = seconds * 50;
    quint32 sequence = 2;
    for (int sent = 0; sent < frames;) {
        QList<QByteArray> packets;
        while (packets.size() < 50 && sent < frames) {
            packets.append(silence);
            ++sent;
        }
        out += oggPage(packets, sent == frames ? 0x04 : 0, quint64(sent) * 960, serial, sequence++);
    }
    return out;
}

// A real MP4 (H.264 + AAC, 3 s, 8.5 KB) shipped as a resource: sim/media/README.md.
QByteArray demoClip()
{
    QFile clip(QStringLiteral(":/sim/media/democlip.mp4"));
    return clip.open(QIODevice::ReadOnly) ? clip.readAll() : QByteArray();
}

} // namespace

PlaceholderFile placeholderFile(const QString &messageType, const QString &mimeType,
                                quint32 variant)
{
    PlaceholderFile file;
    if (messageType == QLatin1String("image")) {
        file = {gradientPng(variant), QStringLiteral("image/png"), QString()};
    } else if (messageType == QLatin1String("document")) {
        file = {onePagePdf(QStringLiteral("Parley sim document %1").arg(variant)),
                QStringLiteral("application/pdf"), QStringLiteral("document-%1.pdf").arg(variant)};
    } else if (messageType == QLatin1String("audio")) {
        file = {opusVoiceNote(2 + int(variant % 3), variant),
                QStringLiteral("audio/ogg; codecs=opus"), QString()};
    } else if (messageType == QLatin1String("video")) {
        file = {demoClip(), QStringLiteral("video/mp4"), QString()};
    } else {
        file = {QByteArray("RIFF\x1a\0\0\0WEBPVP8L\x0d\0\0\0\x2f\0\0\0\x10\x07\x10\x11\x11\x88"
                           "\x88\xfe\x07\0",
                           34),
                QStringLiteral("image/webp"), QString()};
    }
    // A caller-chosen MIME type wins: the bytes are only a stand-in, and image decoders look at
    // the content, not the label.
    if (!mimeType.isEmpty())
        file.mimeType = mimeType;
    return file;
}

} // namespace parley::sim
