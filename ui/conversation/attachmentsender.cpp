#include "ui/conversation/attachmentsender.h"

#include "core/rules/attachmentrules.h"
#include "core/sync/hubclient.h"
#include "ui/main/huberrors.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

namespace parley::ui {

AttachmentSender::AttachmentSender(HubClient *hub, QObject *parent) : QObject(parent), m_hub(hub) {}

QStringList AttachmentSender::send(Id conversationId, const QStringList &paths,
                                   const QString &caption)
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
    if (!problems.isEmpty() || !m_hub)
        return problems;
    QJsonArray files;
    for (int i = 0; i < paths.size(); ++i) {
        QFile file(paths.at(i));
        if (!file.open(QIODevice::ReadOnly))
            return {tr("%1 cannot be read.").arg(candidates.at(i).fileName)};
        QJsonObject entry{
            {QStringLiteral("filename"), candidates.at(i).fileName},
            {QStringLiteral("content"), QString::fromLatin1(file.readAll().toBase64())}};
        if (i == paths.size() - 1 && !caption.isEmpty())
            entry.insert(QStringLiteral("caption"), caption);
        files.append(entry);
    }
    m_hub->post(
        QStringLiteral("/api/v1/conversations/%1/attachments").arg(conversationId),
        {{QStringLiteral("files"), files}},
        [this](const HubClient::Reply &reply) {
            emit finished(reply.ok(), reply.ok()
                                          ? tr("Files sent.")
                                          : hubErrorText(reply.error.code, reply.error.message));
        },
        QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
    return {};
}

} // namespace parley::ui
