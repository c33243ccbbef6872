#pragma once

// MirrorStore's reader (internal to core/mirror/mirrorstore*.cpp): what runs on the reader
// thread, over the reader's own connection.
#include "core/mirror/mirrorstore.h"
#include "core/mirror/threadconnection.h"

namespace parley {

// Lives on the reader thread; its connection is opened, used and closed there only.
class MirrorStore::Reader : public QObject {
public:
    Reader(const QString &path, std::shared_ptr<std::atomic<quint64>> obsoleteBelow);

    // The reader's connection (opened at the first request).
    QSqlDatabase database();

    ConversationPageReply page(quint64 id, const ConversationPageRequest &request);
    bool count(const ConversationFilter &filter, const FilterContext &context, qint64 *count);
    MessageWindowReply window(quint64 id, const MessageWindowRequest &request);
    bool conversation(Id id, Conversation *conversation);
    AttachmentListReply attachments(quint64 id, Id conversationId);
    NotificationBatchReply notifications(quint64 id, const QList<Id> &messageIds,
                                         const QList<Id> &noteIds, TimestampMs notBefore);

private:
    bool obsolete(quint64 id) const { return id < m_obsoleteBelow->load(); }
    static int progress(void *self);

    ThreadConnection m_connection;
    std::shared_ptr<std::atomic<quint64>> m_obsoleteBelow;
    quint64 m_running = 0; // the superseding request being read, 0 when none
};

} // namespace parley
