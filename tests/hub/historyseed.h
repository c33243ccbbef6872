#pragma once

// What the older-history suites share (issue #11, first sync): a hub's store filled before the
// hub starts, through the hub's own repositories, with many conversations of many messages
// (as a hub holding a long history has), each announced by its conversation.created event.
// tst_olderhistory: GET /api/v1/older-history; tst_olderhistoryfetcher: the desktop's fetcher.
#include "core/protocol/entitycodec.h"
#include "hub/store/conversationrepository.h"
#include "hub/store/eventlog.h"
#include "hub/store/hubdatabase.h"
#include "hubprocess.h"

#include <QHash>
#include <QList>
#include <QTest>

#include <functional>

namespace parley::testing {

// Conversations count from 1; each is on channel 1, its customer 55119<20000000 + c>.
struct HistoryPlan {
    int conversations = 0;
    std::function<int(int conversation)> messagesOf;
    // When message m of conversation c was sent, in ms after the first.
    std::function<qint64(int conversation, int message)> sentAfter;
    std::function<QString(int conversation)> departmentOf; // none when unset
};

// Writes the plan into the store of `hub`, which is not started yet; fails the running test
// (QTest::currentTestFailed()) when the store refuses a row. `messages` gets each
// conversation's message ids, oldest first; `departments` (when given) its department.
inline void seedHistory(HubProcess &hub, const HistoryPlan &plan, QHash<Id, QList<Id>> *messages,
                        QHash<Id, QString> *departments = nullptr)
{
    hub::HubDatabase db;
    QVERIFY2(db.open(hub.dataDir(), hub.databaseUrl()), qPrintable(db.errorString()));
    hub::EventLog events(db);
    hub::ConversationRepository conversations(db);
    QVERIFY(db.begin());
    const qint64 start = 1700000000000;
    for (int c = 1; c <= plan.conversations; ++c) {
        Conversation conversation;
        conversation.channelId = 1;
        conversation.customerNumber = QStringLiteral("55119%1").arg(20000000 + c);
        if (plan.departmentOf)
            conversation.department = plan.departmentOf(c);
        conversation.id = conversations.insert(conversation);
        QVERIFY(conversation.id > 0);
        if (departments)
            departments->insert(conversation.id, conversation.department);
        for (int m = 0; m < plan.messagesOf(c); ++m) {
            Message message;
            message.conversationId = conversation.id;
            message.text = QStringLiteral("older %1 of %2").arg(m).arg(c);
            message.wamid = QStringLiteral("wamid.older.%1.%2").arg(c).arg(m);
            message.createdAt = start + plan.sentAfter(c, m);
            message.id = conversations.insertMessage(message);
            QVERIFY(message.id > 0);
            (*messages)[conversation.id].append(message.id);
            conversation.lastInboundAt = conversation.lastMessageAt = message.createdAt;
        }
        QVERIFY(conversations.save(conversation));
        QVERIFY(events.append(EventType::ConversationCreated, toJson(conversation), start) > 0);
    }
    QVERIFY(db.commit());
}

} // namespace parley::testing
