#pragma once

#include "core/domain/message.h"
#include "core/mirror/mirror.h"
#include "core/mirror/outbox.h"
#include "ui/models/bubblecontent.h"

#include <QAbstractListModel>

namespace parley::ui {

// One conversation's messages, oldest first: the newest page from the mirror (older pages on
// demand), followed by this desktop's replies still in the outbox, shown as pending or failed.
class MessageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        MessageRole = Qt::UserRole + 1,
        TextRole,
        OutgoingRole,
        TimeRole,
        StateRole,      // DeliveryState as int
        FailureRole,    // the reason, for failed messages
        KindRole,       // MessageKind as int
        FileNameRole,   // attachments
        OutboxIdRole,   // pending replies: their outbox id
        NewDayRole,     // true when this row starts a new day
        BubbleRole,     // BubbleContent: what the bubble says for its kind
        SummaryRole,    // one line about the message, for "Replying to …"
        AnswerableRole, // a reply can quote it and a reaction be put on it
    };

    static constexpr int pageSize = 50;

    explicit MessageListModel(QSqlDatabase mirror, QObject *parent = nullptr);

    void setConversation(Id conversationId);
    Id conversationId() const { return m_conversation; }
    // Loads the page before the oldest loaded message; returns how many rows came in.
    int loadOlder();
    bool hasOlder() const { return m_hasOlder; }
    // The row of a stored message, loading older pages until it is in (-1: not in this thread).
    int loadUntil(Id messageId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

public slots:
    void refresh(const parley::MirrorChanges &changes);
    void outboxChanged(qint64 conversationId);

private:
    struct Row {
        Message message;
        QString outboxId;
        QString outboxState;
        Id replyToId = 0; // a pending reply: the message it quotes
        BubbleContent content;
    };
    void reload();
    BubbleContent contentOf(const Row &row) const;
    // Updates the rows of messages an event changed, and the replies quoting them; false when
    // a change needs the whole page again (a message new to this thread, a reaction).
    bool updateRows(const QSet<Id> &messageIds);

    QSqlDatabase m_db;
    Id m_conversation = 0;
    QList<Row> m_rows;
    int m_loadedMessages = 0;
    QHash<Id, QString> m_agentNames;
    QHash<QString, QString> m_teamReactions; // wamid → the team's reaction standing on it
    bool m_hasOlder = false;
};

} // namespace parley::ui
