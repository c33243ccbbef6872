#pragma once

#include "core/protocol/automationtypes.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// R6.5 automations: the rules admins set up, the run log (one row per trigger occurrence per
// automation, its unique key what keeps a run from happening twice), the runner's place in the
// event log, and what it last saw of each record and conversation.
class AutomationRepository {
public:
    explicit AutomationRepository(HubDatabase &db) : m_db(db) {}

    // By id; nothing on a store failure (`ok` false).
    QList<Automation> all(bool *ok = nullptr);
    QList<Automation> withTrigger(AutomationTrigger trigger);
    Id add(const Automation &automation); // 0 on a store failure
    // 1 removed, 0 no such automation, -1 store failure.
    int remove(Id id);
    void remember(Id automationId, const QString &error, bool sent, TimestampMs now);

    // The run of `automationId` for the occurrence `runKey`, written as interrupted until
    // finishRun says how it ended (a hub that stops in between leaves that truth). 0 when this
    // occurrence ran already (or the store failed: it is then not run either).
    Id claimRun(Id automationId, const QString &runKey, AutomationTrigger trigger,
                const QString &targetKind, Id targetId, int depth, TimestampMs now);
    struct RunEnd {
        AutomationOutcome outcome = AutomationOutcome::Done;
        QString reason;
        QString detail;
        Id messageId = 0;
        qint64 eventsFrom = 0; // the events its action appended, 0 when none
        qint64 eventsTo = 0;
        bool sent = false; // a new message went out (sent_count), not stored with the run
    };
    bool finishRun(Id runId, const RunEnd &end);
    // The automation whose action appended event `seq`, and that run's depth.
    struct Origin {
        Id automationId = 0;
        int depth = 0;
    };
    Origin originOf(qint64 seq);
    // Newest first; `beforeId` > 0 pages; `automationId` > 0 only that automation's.
    QList<AutomationRun> runs(int limit, Id beforeId, Id automationId);
    struct RunOfRecord {
        AutomationRun run;
        Id messageId = 0;
    };
    QList<RunOfRecord> runsFor(AutomationTrigger trigger, const QString &targetKind, Id targetId);

    qint64 cursor();
    bool setCursor(qint64 seq);
    std::optional<QString> seen(const QString &subject);
    bool setSeen(const QString &subject, const QString &state);
    bool forget(const QString &subject);

    // The newest conversation of a record, 0 when it has none.
    Id newestConversationOf(Id recordId);
    // Conversations whose customer wrote last, at or before `cutoff`, not closed or snoozed,
    // that `automationId` has not run for in this wait: id and last_inbound_at, oldest first.
    QList<QPair<Id, TimestampMs>> waiting(Id automationId, TimestampMs cutoff, int limit);
    static QString waitingKey(Id conversationId, TimestampMs lastInboundAt);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
