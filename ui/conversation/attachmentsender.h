#pragma once

#include "core/domain/ids.h"

#include <QObject>
#include <QStringList>

namespace parley::ui {

class SyncController;

// Files picked or dropped in the composer (R4.3): checked here with core's attachment rules, so
// a wrong type or size is refused at once with the reason; accepted files go to the outbox like
// a text reply, so they wait there while the hub is away and go out once (R10.1).
class AttachmentSender : public QObject {
    Q_OBJECT
public:
    // `sync` null: this agent may not send (view-only); files are still checked.
    explicit AttachmentSender(SyncController *sync, QObject *parent = nullptr);

    // The problems found; empty when the files were queued.
    QStringList send(Id conversationId, const QStringList &paths, const QString &caption);
    // The rules alone, for a drag that is still over the window.
    static QStringList problemsWith(const QStringList &paths);
    // What WhatsApp would refuse about `caption` on these files: any caption on audio, or one over
    // 1,024 characters.
    static QStringList problemsWithCaption(const QStringList &paths, const QString &caption);

private:
    SyncController *m_sync;
};

} // namespace parley::ui
