#pragma once

#include "core/domain/conversation.h"
#include "core/domain/record.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace parley {

// What the records browser's screens (ui/records) read from the mirror in one go, asked of
// MirrorStore::read() so that it is read on the store's reader thread (as core/mirror/screenreads).

// A record beside the browser's list (ui/records/recorddetail): the record, its owner's name,
// its conversations (latest first) and the lead or contact a chat from it goes to.
struct RecordDetailSheet {
    std::optional<Record> record; // none: merged away, out of scope or not arrived yet
    QString ownerName;            // empty: nobody
    QList<Conversation> conversations;
    Id chatPerson = 0; // 0: no lead or contact belongs to the record
};
RecordDetailSheet readRecordDetail(QSqlDatabase db, Id recordId);

// What the merge moves from a duplicate to the record kept.
struct RecordMoves {
    int conversations = 0;
    int activities = 0;
    int deals = 0;
};

// The two records of a merge (ui/records/mergedialog) and what each would bring along if the
// other were kept.
struct MergeSides {
    std::optional<Record> first;
    std::optional<Record> second;
    RecordMoves firstMoves;  // when the second is kept
    RecordMoves secondMoves; // when the first is kept
};
MergeSides readMergeSides(QSqlDatabase db, Id firstId, Id secondId);

} // namespace parley
