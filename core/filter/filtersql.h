#pragma once

#include "core/filter/conversationfilter.h"

#include <QTimeZone>
#include <QVariantList>

namespace parley {

// Who is asking, and when and where: "me", "today" and "in 2 weeks" depend on it.
struct FilterContext {
    Id me = 0;
    TimestampMs now = 0;
    QTimeZone zone = QTimeZone::systemTimeZone();
    // The agent groups `me` belongs to, for Scope::MyTeam (from the hub's GET /groups).
    QList<Id> myTeams = {};
    // Whether the name index proposes more than nameCandidateLimit conversations for the
    // search (withNameCandidates, core/mirror/conversationqueries.h, sets it): the list then
    // walks the conversations in its order and tests each one's name and number, which finds a
    // page among the first few hundred, instead of reading every candidate (mirror step 18).
    bool manyNameCandidates = false;
};

// A WHERE clause over the mirror's `conversations c` with `?` placeholders and the values to
// bind in order. User input only ever reaches the values, never the SQL text.
struct SqlCondition {
    QString sql;
    QVariantList values;
};

SqlCondition conversationWhere(const ConversationFilter &filter, const FilterContext &context);

// What conversationWhere() reads, for the FROM clause: `conversations c`, or with a search of 3
// characters or more and few name candidates (mirror step 18: its hits are a set of rowids)
// `conversations c NOT INDEXED`. NOT INDEXED still lets SQLite look rows up by rowid, so the plan
// starts from the hits and sorts them, instead of walking an index of another condition (the
// owner's, the activity order) and testing every conversation on it.
QString conversationSource(const ConversationFilter &filter, const FilterContext &context);

// Up to this many conversations proposed by the name index, a search reads them all (about
// 1 us each at 100,000 conversations); beyond, the list's walk in its own order finds a page
// sooner (docs/performance.md, "search_first_page, session 10").
constexpr int nameCandidateLimit = 1000;

// min(nameCandidateLimit + 1, the number of conversations the name index proposes for a search
// text), binding fullTextQuery(search) (not empty: the text has a trigram).
QString nameCandidatesSql();

// The FTS5 query for a folded search text: each of its trigrams quoted, all required. The index
// keeps no positions (mirror step 15, detail=none), so it finds the messages holding every
// trigram; newestSearchHitsSql() keeps those whose folded text holds the whole search text, the
// substring the trigram phrase used to find, in any script. Empty when the text is too short for
// trigrams (under 3 characters); the caller then falls back to LIKE.
QString fullTextQuery(const QString &search);

// A full-text search reads the newest matching messages only, this many at most: FTS5 walks the
// index in rowid order, newest first, and stops (ORDER BY rowid DESC LIMIT), instead of building
// the list of every hit before the first page (75,000 for a common Portuguese word in a
// 1 M-message mirror). The list shows the conversations of those hits in its usual order.
constexpr int searchHitLimit = 1000;

// The ids of the newest searchHitLimit messages holding a folded search text: binds
// newestSearchHitsValues(folded), three values, in order.
QString newestSearchHitsSql();
QVariantList newestSearchHitsValues(const QString &folded);

// The LIKE pattern that finds `text` anywhere, with % and _ escaped by '\'.
QString likeContaining(const QString &text);

} // namespace parley
