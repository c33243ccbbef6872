#include "ui/conversation/attachmentsender.h"

#include "core/rules/attachmentrules.h"
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

QStringList AttachmentSender::send(Id conversationId, const QStringList &paths,
                                   const QString &caption)
{
    const QStringList problems = problemsWith(paths);
    if (!problems.isEmpty())
        return problems;
    if (!m_sync)
        return {tr("You have view-only access and cannot send.")};
    m_sync->queueFiles(conversationId, paths, caption);
    return {};
}

} // namespace parley::ui
