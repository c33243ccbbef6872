#pragma once

#include "core/domain/ids.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// CSAT (issue #14 item 5): which survey template each channel sends on close (channel 0: every
// channel without its own), and each survey sent: the closing it belongs to, who and what it
// counts for, and the customer's score.
class CsatRepository {
public:
    explicit CsatRepository(HubDatabase &db) : m_db(db) {}

    struct Setting {
        Id channelId = 0; // 0: team-wide
        Id templateId = 0;
    };
    QList<Setting> settings(bool *ok);
    // Channel's own, else team-wide; 0 when no survey.
    Id templateFor(Id channelId);
    bool setSetting(Id channelId, Id templateId); // templateId 0 turns it off

    // The survey of one closing (`closingKey`); 0 when it exists already or the store failed.
    Id claimSurvey(Id conversationId, const QString &closingKey, Id channelId, Id ownerId,
                   Id teamId, TimestampMs now);
    bool surveySent(Id surveyId, Id messageId, const QString &error);
    // Records `score` on the survey sent to the conversation as message `wamid`, at or after
    // `since` and not answered yet; false when there is none.
    bool answer(Id conversationId, const QString &wamid, int score, TimestampMs at,
                TimestampMs since);

    struct Answer {
        Id channelId = 0;
        Id ownerId = 0;
        Id teamId = 0;
        int score = 0;
    };
    // Answers given in [from, to), narrowed like the other reports (0: any).
    std::optional<QList<Answer>> answers(TimestampMs from, TimestampMs to, Id channelId, Id agentId,
                                         Id groupId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
