// A saved view's JSON (core/filter) as the mirror stores it and a newer or damaged desktop might
// have written it: decoded, validated, turned into SQL and run on a real mirror, whose SQLite
// must accept every statement a valid filter produces.

#include "fuzzsupport.h"

#include "core/filter/conversationfilter.h"
#include "core/filter/filtersql.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace parley;

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::startApplication((*argv)[0]);
    fuzz::scratchMirror();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ConversationFilter filter;
    QString error;
    if (!fromJson(QJsonDocument::fromJson(json).object(), &filter, &error)) {
        fuzz::require(!error.isEmpty(), "a refused view has no reason");
        return 0;
    }
    ConversationFilter again;
    fuzz::require(fromJson(toJson(filter), &again, &error) && again == filter,
                  "a view does not survive being saved and read back");
    if (!validate(filter).isEmpty())
        return 0;

    // 2026-03-29 00:30 UTC in Lisbon, half an hour before the clocks go forward: periods cross
    // a DST change.
    FilterContext context;
    context.me = 2;
    context.now = Q_INT64_C(1774744200000);
    context.zone = QTimeZone(QByteArrayLiteral("Europe/Lisbon"));
    const SqlCondition where = conversationWhere(filter, context);
    fuzz::require(where.sql.count(QLatin1Char('?')) == where.values.size(),
                  "the WHERE clause's placeholders and values differ in number");

    ConversationPage page;
    fuzz::require(fetchConversationPage(fuzz::scratchMirror().database(), filter, context, {}, 50,
                                        &page, &error),
                  "the mirror refused the SQL of a valid view");
    qint64 count = 0;
    fuzz::require(
        countConversations(fuzz::scratchMirror().database(), filter, context, &count, &error),
        "the mirror refused the count of a valid view");
    return 0;
}
