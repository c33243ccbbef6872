#pragma once

#include "core/domain/message.h"
#include "core/mirror/mirror.h"
#include "core/mirror/outbox.h"

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
        StateRole,    // DeliveryState as int
        FailureRole,  // the reason, for failed messages
        KindRole,     // MessageKind as int
        FileNameRole, // attachments
        OutboxIdRole, // pending replies: their outbox id
        NewDayRole,   // true when this row starts a new day
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
    };
    void reload();

    QSqlDatabase m_db;
    Id m_conversation = 0;
    QList<Row> m_rows;
    int m_loadedMessages = 0;
    bool m_hasOlder = false;
};

} // namespace parley::ui
