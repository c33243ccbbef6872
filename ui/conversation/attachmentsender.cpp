#include "ui/conversation/attachmentsender.h"

#include "core/rules/attachmentrules.h"
#include "core/rules/templaterules.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/limits.h"
#include "ui/sync/synccontroller.h"

#include <QFile>
#include <QFileInfo>

namespace parley::ui {

AttachmentSender::AttachmentSender(SyncController *sync, QObject *parent)
    : QObject(parent), m_sync(sync)
{}

QStringList AttachmentSender::problemsWith(const QStringList &paths)
{
    QList<AttachmentCandidate> candidates;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {tr("%1 cannot be read.").arg(QFileInfo(path).fileName())};
        candidates.append(
            {QFileInfo(path).fileName(), file.size(), file.peek(attachmentSniffBytes)});
    }
    QStringList problems;
    for (const RuleError &error : checkAttachments(candidates))
        problems.append(error.message());
    return problems;
}

QStringList AttachmentSender::problemsWithCaption(const QStringList &paths, const QString &caption)
{
    if (caption.isEmpty())
        return {};
    // Graph's audio object takes no caption, and a caption has at most 1,024 characters: the text
    // stays in the composer to go as a message of its own.
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        const std::optional<AttachmentClass> kind = classifyAttachment(name);
        if (kind && !whatsapp::mediaCaptionAllowed(messageKindName(kind->kind)))
            return {tr("WhatsApp takes no caption on audio files such as %1. Send the audio "
                       "without text, then the text as a message of its own.")
                        .arg(name)};
    }
    if (codePointCount(caption) > whatsapp::maxCaptionLength)
        return {tr("A caption has at most %1 characters.").arg(whatsapp::maxCaptionLength)};
    return {};
}

QStringList AttachmentSender::send(Id conversationId, const QStringList &paths,
                                   const QString &caption)
{
    QStringList problems = problemsWith(paths);
    if (problems.isEmpty())
        problems = problemsWithCaption(paths, caption);
    if (!problems.isEmpty())
        return problems;
    if (!m_sync)
        return {tr("You have view-only access and cannot send.")};
    m_sync->queueFiles(conversationId, paths, caption);
    return {};
}

} // namespace parley::ui
