#pragma once

#include "core/domain/message.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/outbox.h"
#include "ui/models/bubblecontent.h"

#include <QAbstractListModel>
#include <QHash>

namespace parley::ui {

// One conversation's messages, oldest first: the newest page from the mirror (older pages on
// demand), followed by this desktop's replies still in the outbox, shown as pending or failed.
//
// It never reads SQL on its own thread: every window, older page and changed row is asked of
// the MirrorStore's reader thread and applied when the answer comes back. Answers come back in
// the order asked; one asked for another conversation (or before the conversation was opened
// again) is dropped. A sync batch updates rows in place: a status or an edit is dataChanged of
// that row (and of the replies quoting it), a new message one rowsInserted where it belongs, a
// reply the hub took one removal from the pending rows; only opening a conversation resets.
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

    // `store` reads the messages. Without one, the model makes its own over the mirror's file.
    explicit MessageListModel(MirrorStore *store, QObject *parent = nullptr);
    explicit MessageListModel(QSqlDatabase mirror, QObject *parent = nullptr);

    void setConversation(Id conversationId);
    Id conversationId() const { return m_conversation; }
    // Asks for the page before the oldest loaded message; its rows come in above
    // (olderLoaded()). Nothing when no older message is in the mirror or a window is coming.
    void loadOlder();
    // The mirror holds messages older than the first row.
    bool hasOlder() const { return m_hasOlder; }
    // The hub holds messages of this conversation older than any in the mirror.
    bool olderOnHub() const { return m_olderOnHub; }
    bool isLoadingOlder() const { return m_olderAsked != 0; }
    // Asks the mirror again whether the hub still holds older messages (olderOnHubChanged()).
    void checkOlderOnHub();
    // A question to the reader is on its way: rows may change soon.
    bool isLoading() const { return m_inFlight > 0; }
    // Brings a stored message into the rows (loading what lies between it and the oldest row)
    // and answers with revealed(): at once when it is loaded already.
    void reveal(Id messageId);
    // The row of a stored message that is loaded, -1 otherwise.
    int rowOf(Id messageId) const { return m_rowOf.value(messageId, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

public slots:
    void refresh(const parley::MirrorChanges &changes);
    void outboxChanged(qint64 conversationId);

signals:
    // The conversation's newest window arrived (after a reset).
    void windowLoaded();
    // `count` older rows came in above the first one.
    void olderLoaded(int count);
    // reveal(): the message's row, -1 when it is not in this conversation.
    void revealed(parley::Id messageId, int row);
    void olderOnHubChanged(bool olderOnHub);
    // Every question asked has been answered.
    void settled();

private:
    struct Row {
        Message message;
        QString outboxId;
        QString outboxState;
        Id replyToId = 0; // a pending reply: the message it quotes
        BubbleContent content;
    };
    using Request = MessageWindowRequest;
    void ask(Request request, void (MessageListModel::*apply)(const MessageWindowReply &));
    void applyWindow(const MessageWindowReply &reply);
    void applyOlder(const MessageWindowReply &reply);
    void applyChanges(const MessageWindowReply &reply);
    void askReveal();

    // What an answer brings besides messages: names, the outbox, quotes.
    void takeExtras(const MessageWindowReply &reply);
    QList<Row> outboxRows(const QList<OutboxItem> &items);
    // Inserts stored messages where their time puts them (a block above, one at the end).
    // `olderPage`: they are the page right above the first row.
    void insertMessages(QList<Message> messages, bool olderPage);
    void replaceOutboxRows(const QList<Row> &rows);
    // The id → row index of the stored messages from row `from` on (0: rebuilt whole).
    void reindex(int from = 0);
    int firstOutboxRow() const { return m_mirrorRows; }
    QString teamReactionOn(const Message &m) const;
    BubbleContent contentOf(const Row &row) const;
    void recompute(const QSet<int> &rows);

    MirrorStore *m_store = nullptr;
    Id m_conversation = 0;
    quint64 m_opened = 0;     // the id of the request that opened the conversation
    quint64 m_olderAsked = 0; // an older page on its way (0: none)
    quint64 m_revealAsked = 0;
    Id m_revealWanted = 0; // asked before the window came, or on its way
    bool m_windowPending = false;
    int m_inFlight = 0;
    QList<Row> m_rows; // the mirror's messages [0, m_mirrorRows), then the outbox's replies
    int m_mirrorRows = 0;
    QHash<Id, int> m_rowOf;         // message id → row (stored messages)
    QHash<QString, Id> m_idOfWamid; // wamid → message id (stored messages)
    QHash<Id, QString> m_agentNames;
    QHash<QString, QString> m_mirrorReactions; // wamid → the team's reaction standing on it
    QHash<Id, QString> m_outboxReactions;      // message id → the reaction waiting to be sent
    QHash<QString, Message> m_quotedByWamid;   // quoted messages that are not loaded
    QHash<Id, Message> m_quotedById;
    bool m_hasOlder = false;
    bool m_olderOnHub = false;
};

} // namespace parley::ui
