#pragma once

#include "hub/service/billingservice.h"
#include "hub/service/conversationservice.h"
#include "hub/service/graphclient.h"
#include "hub/store/mediastore.h"

#include <QTimer>

namespace parley::hub {

// Files in conversations (R4.1, R4.3). An agent's files are checked with core's attachment
// rules, kept in the hub's media folder and queued as one message each; the outgoing worker
// uploads each to Graph /media and sends it by id. A customer's files are fetched from Meta as
// soon as they arrive, because webhook media ids expire after 7 days.
class AttachmentService : public QObject {
    Q_OBJECT
public:
    struct File {
        QString fileName;
        QByteArray bytes;
        QString caption;
    };

    AttachmentService(HubContext &context, ConversationService &conversations,
                      BillingService &billing, const QString &mediaFolder,
                      QObject *parent = nullptr);

    CommandResult send(const Agent &agent, Id conversationId, const QList<File> &files,
                       const QString &idempotencyKey);

    struct Download {
        QByteArray bytes;
        QString mimeType;
        QString fileName;
    };
    // The file of message `messageId`: 404 not_found, or 409 media_not_ready while it is still
    // being fetched from Meta.
    // Only a file of a conversation in the agent's scope (issue #12).
    CommandResult download(const Agent &agent, Id messageId, Download *file);

    MediaStore &store() { return m_store; }
    // Looks for inbound media to fetch now.
    void poke();

    static constexpr int maxFetchAttempts = 5;

private:
    void fetchDue();
    void fetched(Id messageId, const QString &name, qint64 size);
    // `forGood`: no later attempt can succeed (an id that is no Graph id), so none is made.
    void fetchFailed(Id messageId, const QString &why, bool forGood = false);

    HubContext &m_ctx;
    ConversationService &m_conversations;
    BillingService &m_billing;
    MediaStore m_store;
    GraphClient m_graph;
    QTimer m_timer;
    QSet<Id> m_fetching;
};

} // namespace parley::hub
