#pragma once

#include "core/domain/ids.h"
#include "core/protocol/notificationtypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace parley {

// What a desktop notification says about a customer's message, with what decides whether it
// pops (core/rules/notificationrules.h): read from the mirror on the MirrorStore's reader
// thread after the sync worker applied a batch.
struct IncomingMessage {
    Id id = 0;
    Id conversationId = 0;
    QString kind;
    QString text;
    QString caption;
    QString customerName;
    QString customerNumber;
    NotifyTarget target; // the conversation's department, owner and this agent's mute
};

// The inbound messages among `ids` created at or after `notBefore`, by id. Large batches (a
// first sync) are looked up in slices to keep each statement small.
QList<IncomingMessage> fetchIncomingMessages(QSqlDatabase db, const QList<Id> &ids,
                                             TimestampMs notBefore);

// A note that names this agent (issue #12), for "Ana mentioned you".
struct MentionNote {
    Id id = 0;
    Id conversationId = 0;
    QString text;
    QString authorName;
    NotifyTarget target;
};

// The notes among `noteIds` written at or after `notBefore`, by id, in one statement per slice.
QList<MentionNote> fetchMentionNotes(QSqlDatabase db, const QList<Id> &noteIds,
                                     TimestampMs notBefore);

// What the notification center needs after a batch (issue #12): the customers' messages and the
// notes that name this agent, with their conversations' owner, department and mute, and the
// agent's notification choice, all read in one visit to the reader thread (MirrorStore).
struct NotificationBatchReply {
    quint64 requestId = 0;
    QList<IncomingMessage> incoming;
    QList<MentionNote> mentions;
    NotificationSettings settings;
};

// The batch's incoming messages and mentions (the settings only when there is one of either).
NotificationBatchReply fetchNotificationBatch(QSqlDatabase db, const QList<Id> &messageIds,
                                              const QList<Id> &noteIds, TimestampMs notBefore);

// The newest message id in the mirror (0 when empty): where announcing starts.
Id newestMessageId(QSqlDatabase db);

// The mirror's copy of this agent's notification settings (issue #12; the hub keeps them):
// written by the event applier from notification_settings.updated, read by the notification
// center (on the reader thread) and the conversation menus. A mirror without a copy yet reads
// as the default choice with nothing muted.
bool storeNotificationSettings(QSqlDatabase db, const NotificationSettings &settings,
                               QString *error);
NotificationSettings fetchNotificationSettings(QSqlDatabase db);
bool conversationMuted(QSqlDatabase db, Id conversationId);

} // namespace parley
