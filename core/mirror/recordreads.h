#pragma once

#include "core/domain/activity.h"
#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/domain/record.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace parley {

// One page of the records browser (R9.3): a module, a part of any field's value, an owner.
struct RecordQuery {
    Module module = Module::Leads;
    QString search; // blank matches all; otherwise a part of any field's value
    Id ownerId = 0; // 0: anyone's
    int limit = 50;
    Id beforeId = 0; // 0: from the newest; else the records older than this one (the next page)
};

// What the record panel beside the chat reads from the mirror (R4.5): the record, what links
// to it, its activities and the conversation's notes. Small indexed queries for the UI thread;
// on a database error the result is empty and errorString() says why.
class RecordReads {
public:
    explicit RecordReads(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Record> record(Id id);
    // Records of `module` whose link field points at `target` (core/domain/recordlinks.h),
    // newest first: the deals of a contact, the contacts of a company.
    QList<Record> linkedTo(const Record &target, Module module);
    // Records of one module, by id, newest first; `limit` bounds pickers.
    QList<Record> recordsOf(Module module, int limit = 500);
    // The browser's page: newest first, at most query.limit records.
    QList<Record> browse(const RecordQuery &query);
    // The conversations that belong to `recordId`, the latest first.
    QList<Conversation> conversationsOf(Id recordId);
    // Open ones first by due time (undated last), then done ones.
    QList<Activity> activities(Id recordId);
    // The conversation's notes, newest first.
    QList<Message> notes(Id conversationId);

    QString errorString() const { return m_error; }

private:
    QList<Record> readRecords(QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace parley
