#pragma once

#include "core/domain/message.h"
#include "core/rules/ruleerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace parley {

// R4.3: what an agent may attach to one send, and how the hub uploads it to Graph /media.
//
// A megabyte here is 1024 × 1024 = 1,048,576 bytes (a mebibyte). Meta writes "5 MB" without
// saying which; taking the binary megabyte accepts a little more, and Meta's own check is the
// final word (a 131053 upload error).
constexpr qint64 megabyte = 1024LL * 1024;
constexpr int maxAttachmentsPerSend = 5;
constexpr qint64 maxImageBytes = 5 * megabyte;
constexpr qint64 maxAudioBytes = 16 * megabyte;
constexpr qint64 maxVideoBytes = 16 * megabyte;
constexpr qint64 maxDocumentBytes = 100 * megabyte;

// How many leading bytes a caller should read for the content check; more is harmless.
constexpr int attachmentSniffBytes = 64;

// The file formats Parley knows by their first bytes. Docx is recognised as any ZIP archive:
// the first bytes cannot tell a .docx from another ZIP, and Meta re-checks the MIME type.
enum class FileFormat { Jpeg, Png, Pdf, Mp3, Mp4, Doc, Docx };

// One file the agent picked. `head` is the file's first bytes (attachmentSniffBytes suffice).
struct AttachmentCandidate {
    QString fileName;
    qint64 size = 0;
    QByteArray head;
};

// What an allowed extension means on WhatsApp: the message kind to send (Image, Audio, Video or
// Document, whose messageKindName() is the Graph message type), the MIME type for the /media
// upload, and Meta's size limit for that kind.
struct AttachmentClass {
    FileFormat format = FileFormat::Pdf;
    MessageKind kind = MessageKind::Document;
    QString mimeType;
    qint64 maxBytes = 0;
};

// The extension after the last '.', lower-cased, without any directory part; empty if none.
QString fileExtension(const QString &fileName);

// By extension only (case-insensitive); nullopt for anything R4.3 does not allow.
std::optional<AttachmentClass> classifyAttachment(const QString &fileName);

// True when `head` starts the way a file of `format` starts. Used for attachments and channel
// icons alike so that a renamed file is refused everywhere.
bool contentMatchesFormat(FileFormat format, const QByteArray &head);

// A short, language-neutral label for messages: "JPEG", "PNG", "PDF", "MP3", "MP4", "DOC", "DOCX".
QString fileFormatLabel(FileFormat format);

// Every violation, in file order after the count check:
// - attachment_too_many {count, max, files}: one error naming the files beyond the fifth;
// - attachment_type_not_allowed {file, extension, allowed};
// - attachment_empty {file}: size 0 (or less); no content check is made on an empty file;
// - attachment_content_mismatch {file, expected}: the first bytes are not those of the type the
//   extension claims (a .png holding a PDF);
// - attachment_too_large {file, size, max, kind}: size above the kind's limit (exactly the limit
//   passes). size and max are in bytes.
RuleErrors checkAttachments(const QList<AttachmentCandidate> &candidates);

} // namespace parley
