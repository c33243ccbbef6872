#include "core/mirror/recordscreenreads.h"

#include "core/domain/recordlinks.h"
#include "core/mirror/mirrorreads.h"
#include "core/mirror/recordreads.h"

namespace parley {
namespace {

// The lead or contact a chat from `record` goes to: itself, a deal's person, a company's first
// contact.
Id chatPersonOf(RecordReads &reads, const Record &record)
{
    switch (record.module) {
    case Module::Leads:
    case Module::Contacts:
        return record.id;
    case Module::Deals:
        for (Module person : {Module::Contacts, Module::Leads}) {
            if (const Id id = linkedId(record, person); id > 0 && reads.record(id))
                return id;
        }
        return 0;
    case Module::Companies: {
        const QList<Record> contacts = reads.linkedTo(record, Module::Contacts);
        return contacts.isEmpty() ? 0 : contacts.first().id;
    }
    }
    return 0;
}

RecordMoves movesOf(RecordReads &reads, const std::optional<Record> &duplicate)
{
    if (!duplicate)
        return {};
    return {int(reads.conversationsOf(duplicate->id).size()),
            int(reads.activities(duplicate->id).size()),
            int(reads.linkedTo(*duplicate, Module::Deals).size())};
}

} // namespace

RecordDetailSheet readRecordDetail(QSqlDatabase db, Id recordId)
{
    RecordDetailSheet sheet;
    RecordReads reads(db);
    sheet.record = recordId > 0 ? reads.record(recordId) : std::nullopt;
    if (!sheet.record)
        return sheet;
    for (const Agent &agent : MirrorReads(db).agents(true)) {
        if (agent.id == sheet.record->ownerId)
            sheet.ownerName = agent.name;
    }
    sheet.conversations = reads.conversationsOf(recordId);
    sheet.chatPerson = chatPersonOf(reads, *sheet.record);
    return sheet;
}

MergeSides readMergeSides(QSqlDatabase db, Id firstId, Id secondId)
{
    MergeSides sides;
    RecordReads reads(db);
    sides.first = reads.record(firstId);
    sides.second = reads.record(secondId);
    sides.firstMoves = movesOf(reads, sides.first);
    sides.secondMoves = movesOf(reads, sides.second);
    return sides;
}

} // namespace parley
