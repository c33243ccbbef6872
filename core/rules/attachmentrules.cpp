#include "core/rules/attachmentrules.h"

#include "core/rules/rulemessages.h"

#include <QStringList>

namespace parley {
namespace {

struct AllowedType {
    const char *extension;
    FileFormat format;
    MessageKind kind;
    const char *mimeType;
};

// R4.3's list. .mp4 is sent as video: WhatsApp plays an audio-only .mp4 as a video message too.
const AllowedType allowedTypes[] = {
    {"jpg", FileFormat::Jpeg, MessageKind::Image, "image/jpeg"},
    {"jpeg", FileFormat::Jpeg, MessageKind::Image, "image/jpeg"},
    {"png", FileFormat::Png, MessageKind::Image, "image/png"},
    {"pdf", FileFormat::Pdf, MessageKind::Document, "application/pdf"},
    {"mp3", FileFormat::Mp3, MessageKind::Audio, "audio/mpeg"},
    {"mp4", FileFormat::Mp4, MessageKind::Video, "video/mp4"},
    {"doc", FileFormat::Doc, MessageKind::Document, "application/msword"},
    {"docx", FileFormat::Docx, MessageKind::Document,
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
};

qint64 maxBytesFor(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
        return maxImageBytes;
    case MessageKind::Audio:
        return maxAudioBytes;
    case MessageKind::Video:
        return maxVideoBytes;
    default:
        return maxDocumentBytes;
    }
}

bool startsWith(const QByteArray &head, const char *magic, int length, int offset = 0)
{
    return head.size() >= offset + length &&
           head.mid(offset, length) == QByteArray::fromRawData(magic, length);
}

// An MPEG audio frame header: 11 sync bits, then a version that is not the reserved 01 and a layer
// that is not 00 (reserved, and the pattern AAC's ADTS headers use, which must not pass as MP3).
bool startsWithMpegAudioFrame(const QByteArray &head)
{
    if (head.size() < 2)
        return false;
    const auto first = static_cast<unsigned char>(head.at(0));
    const auto second = static_cast<unsigned char>(head.at(1));
    const int version = (second >> 3) & 0x3;
    const int layer = (second >> 1) & 0x3;
    return first == 0xFF && (second & 0xE0) == 0xE0 && version != 1 && layer != 0;
}

QString allowedExtensionsText()
{
    QStringList extensions;
    for (const AllowedType &type : allowedTypes)
        extensions << QLatin1Char('.') + QLatin1String(type.extension);
    return extensions.join(QStringLiteral(" "));
}

RuleError fileError(const char *code, const QString &fileName)
{
    return {QString::fromLatin1(code), {{QStringLiteral("file"), fileName}}};
}

const RuleMessage attachmentMessages[] = {
    {"attachment_too_many",
     QT_TRANSLATE_NOOP("RuleError", "At most {max} files can be sent at once; {count} were chosen. "
                                    "Remove {files}.")},
    {"attachment_type_not_allowed",
     QT_TRANSLATE_NOOP("RuleError", "{file} cannot be sent: only {allowed} files are allowed.")},
    {"attachment_content_mismatch",
     QT_TRANSLATE_NOOP("RuleError", "{file} cannot be sent: its name says {expected}, but its "
                                    "content is not a {expected} file.")},
    {"attachment_too_large",
     QT_TRANSLATE_NOOP(
         "RuleError",
         "{file} is too large: WhatsApp accepts at most {maxMb} MB for this type of file.")},
    {"attachment_empty", QT_TRANSLATE_NOOP("RuleError", "{file} is empty and cannot be sent.")},
};

} // namespace

RuleMessageTable attachmentRuleMessages()
{
    return ruleMessageTable(attachmentMessages);
}

QString fileExtension(const QString &fileName)
{
    const qsizetype slash =
        qMax(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    const QString baseName = fileName.mid(slash + 1);
    const qsizetype dot = baseName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    return baseName.mid(dot + 1).toLower();
}

std::optional<AttachmentClass> classifyAttachment(const QString &fileName)
{
    const QString extension = fileExtension(fileName);
    for (const AllowedType &type : allowedTypes) {
        if (extension == QLatin1String(type.extension))
            return AttachmentClass{type.format, type.kind, QString::fromLatin1(type.mimeType),
                                   maxBytesFor(type.kind)};
    }
    return std::nullopt;
}

bool contentMatchesFormat(FileFormat format, const QByteArray &head)
{
    switch (format) {
    case FileFormat::Jpeg:
        return startsWith(head, "\xFF\xD8\xFF", 3);
    case FileFormat::Png:
        return startsWith(head, "\x89PNG\r\n\x1A\n", 8);
    case FileFormat::Pdf:
        return startsWith(head, "%PDF-", 5);
    case FileFormat::Mp3:
        return startsWith(head, "ID3", 3) || startsWithMpegAudioFrame(head);
    case FileFormat::Mp4:
        return startsWith(head, "ftyp", 4, 4);
    case FileFormat::Doc:
        return startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    case FileFormat::Docx:
        return startsWith(head, "PK\x03\x04", 4);
    }
    return false;
}

QString fileFormatLabel(FileFormat format)
{
    switch (format) {
    case FileFormat::Jpeg:
        return QStringLiteral("JPEG");
    case FileFormat::Png:
        return QStringLiteral("PNG");
    case FileFormat::Pdf:
        return QStringLiteral("PDF");
    case FileFormat::Mp3:
        return QStringLiteral("MP3");
    case FileFormat::Mp4:
        return QStringLiteral("MP4");
    case FileFormat::Doc:
        return QStringLiteral("DOC");
    case FileFormat::Docx:
        return QStringLiteral("DOCX");
    }
    return {};
}

RuleErrors checkAttachments(const QList<AttachmentCandidate> &candidates)
{
    RuleErrors errors;
    if (candidates.size() > maxAttachmentsPerSend) {
        QStringList extra;
        for (qsizetype i = maxAttachmentsPerSend; i < candidates.size(); ++i)
            extra << candidates.at(i).fileName;
        errors << RuleError{QStringLiteral("attachment_too_many"),
                            {{QStringLiteral("count"), qint64(candidates.size())},
                             {QStringLiteral("max"), maxAttachmentsPerSend},
                             {QStringLiteral("files"), extra.join(QStringLiteral(", "))}}};
    }
    for (const AttachmentCandidate &candidate : candidates) {
        const std::optional<AttachmentClass> type = classifyAttachment(candidate.fileName);
        if (!type) {
            RuleError error = fileError("attachment_type_not_allowed", candidate.fileName);
            error.args.insert(QStringLiteral("extension"), fileExtension(candidate.fileName));
            error.args.insert(QStringLiteral("allowed"), allowedExtensionsText());
            errors << error;
            continue;
        }
        if (candidate.size <= 0) {
            errors << fileError("attachment_empty", candidate.fileName);
            continue;
        }
        if (!contentMatchesFormat(type->format, candidate.head)) {
            RuleError error = fileError("attachment_content_mismatch", candidate.fileName);
            error.args.insert(QStringLiteral("expected"), fileFormatLabel(type->format));
            errors << error;
        }
        if (candidate.size > type->maxBytes) {
            RuleError error = fileError("attachment_too_large", candidate.fileName);
            error.args.insert(QStringLiteral("size"), candidate.size);
            error.args.insert(QStringLiteral("max"), type->maxBytes);
            error.args.insert(QStringLiteral("maxMb"), type->maxBytes / megabyte);
            error.args.insert(QStringLiteral("kind"), messageKindName(type->kind));
            errors << error;
        }
    }
    return errors;
}

} // namespace parley
