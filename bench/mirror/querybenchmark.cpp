#include "bench/mirror/querybenchmark.h"

#include "bench/mirror/applybenchmark.h"
#include "bench/mirror/datagenerator.h"
#include "bench/mirror/measure.h"
#include "bench/mirror/sqlite3cli.h"
#include "bench/mirror/sqltext.h"
#include "bench/mirror/vocabulary.h"
#include "core/filter/builtinviews.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace parley {
namespace {

// Returns the ids of the rows it fetched, so that the sqlite3 side can be checked against them.
using ParleyFetch = std::function<bool(QStringList *ids, QString *error)>;

struct QueryCase {
    QString name;
    SqlCondition sql;
    ParleyFetch fetch;
};

FilterContext benchmarkContext()
{
    // UTC: "today" must not depend on the zone of the machine running the benchmark.
    return {DataGenerator::me, DataGenerator::now, QTimeZone::utc()};
}

QueryCase listCase(QSqlDatabase db, const QString &name, const ConversationFilter &filter,
                   int pageSize)
{
    const FilterContext context = benchmarkContext();
    // The page's SQL as fetchConversationPage builds it (a search asks the name index first).
    FilterContext searching = context;
    QString problem;
    if (!withNameCandidates(db, filter, &searching, &problem))
        qWarning("%s: %s", qPrintable(name), qPrintable(problem));
    return {name, conversationPageSql(filter, searching, {}, pageSize),
            [db, filter, context, pageSize](QStringList *ids, QString *error) {
                ConversationPage page;
                if (!fetchConversationPage(db, filter, context, {}, pageSize, &page, error))
                    return false;
                ids->clear();
                for (const Conversation &c : std::as_const(page.rows))
                    ids->append(QString::number(c.id));
                return true;
            }};
}

QList<QueryCase> queryCases(QSqlDatabase db, const QueryBenchmarkSetup &setup)
{
    QList<QueryCase> cases;
    for (BuiltinView view : builtinViews())
        cases.append(listCase(db, QStringLiteral("view_") + builtinViewKey(view),
                              builtinViewFilter(view), setup.pageSize));

    ConversationFilter mineOnChannel;
    mineOnChannel.scope = Scope::Mine;
    mineOnChannel.channelIds = {1};
    mineOnChannel.notRepliedIn = Period{2, PeriodUnit::Weeks};
    cases.append(listCase(db, QStringLiteral("filter_mine_channel_unreplied_2w"), mineOnChannel,
                          setup.pageSize));

    ConversationFilter repliedByOpen;
    repliedByOpen.repliedBy = UserRef{false, 5};
    repliedByOpen.status = ConversationStatus::Open;
    repliedByOpen.messageTimeIn = Period{1, PeriodUnit::Months};
    cases.append(
        listCase(db, QStringLiteral("filter_repliedby_open_1m"), repliedByOpen, setup.pageSize));

    ConversationFilter unreadDepartment;
    unreadDepartment.unreadOnly = true;
    unreadDepartment.departments = {QStringLiteral("Support")};
    unreadDepartment.repliedIn = Period{7, PeriodUnit::Days};
    cases.append(listCase(db, QStringLiteral("filter_unread_dept_replied_7d"), unreadDepartment,
                          setup.pageSize));

    ConversationFilter chinese;
    chinese.search = vocabulary::chineseSearchWord;
    cases.append(listCase(db, QStringLiteral("search_first_page_zh"), chinese, setup.pageSize));
    ConversationFilter portuguese;
    portuguese.search = vocabulary::portugueseSearchWord;
    cases.append(listCase(db, QStringLiteral("search_first_page_pt"), portuguese, setup.pageSize));
    // Texts in many names or numbers (mirror step 18 walks the list for those instead of reading
    // every candidate): a common surname and the country and area code of Portuguese numbers.
    ConversationFilter surname;
    surname.search = QStringLiteral("Silva");
    cases.append(listCase(db, QStringLiteral("search_name_common"), surname, setup.pageSize));
    ConversationFilter areaCode;
    areaCode.search = QStringLiteral("5511");
    cases.append(listCase(db, QStringLiteral("search_number_prefix"), areaCode, setup.pageSize));

    const Id busiest = setup.busiestConversation;
    const int limit = setup.pageSize;
    cases.append({QStringLiteral("open_conversation"), newestMessagesSql(busiest, limit),
                  [db, busiest, limit](QStringList *ids, QString *error) {
                      QList<Message> messages;
                      if (!fetchNewestMessages(db, busiest, limit, &messages, error))
                          return false;
                      ids->clear();
                      for (const Message &m : std::as_const(messages))
                          ids->append(QString::number(m.id));
                      return true;
                  }});
    return cases;
}

bool queryPlan(QSqlDatabase db, const SqlCondition &sql, QStringList *plan, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < sql.values.size(); ++i)
        query.bindValue(i, sql.values.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    plan->clear();
    while (query.next())
        plan->append(query.value(3).toString());
    return true;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int runsFor(double estimateMs, int fixedRuns)
{
    constexpr double budgetMs = 1000;
    constexpr int fewest = 20;
    constexpr int most = 2000;
    if (fixedRuns > 0)
        return fixedRuns;
    return std::clamp(int(budgetMs / std::max(estimateMs, 1e-3)), fewest, most);
}

bool timeParley(const QueryCase &queryCase, int fixedRuns, QueryFigure *figure, QStringList *ids,
                QString *error)
{
    if (!queryCase.fetch(ids, error)) // the warm-up: pages now in SQLite's and the OS's cache
        return false;
    QStringList again;
    QElapsedTimer timer;
    timer.start();
    constexpr int calibrationRuns = 3;
    for (int run = 0; run < calibrationRuns; ++run) {
        if (!queryCase.fetch(&again, error))
            return false;
    }
    figure->runs = runsFor(elapsedMs(timer) / calibrationRuns, fixedRuns);

    QList<double> times;
    for (int run = 0; run < figure->runs; ++run) {
        timer.restart();
        if (!queryCase.fetch(&again, error))
            return false;
        times.append(elapsedMs(timer));
    }
    figure->parleyMs = mean(times);
    figure->parleyRows = int(ids->size());
    return true;
}

} // namespace

bool runQueryBenchmark(Mirror &mirror, const Sqlite3Cli &cli, const QueryBenchmarkSetup &setup,
                       QList<QueryFigure> *figures, QString *error)
{
    QSqlDatabase db = mirror.database();
    figures->clear();
    for (const QueryCase &queryCase : queryCases(db, setup)) {
        const auto fail = [&] {
            *error = QStringLiteral("%1: %2").arg(queryCase.name, *error);
            return false;
        };
        QueryFigure figure;
        figure.name = queryCase.name;
        QString inlined;
        if (!inlineValues(queryCase.sql.sql, queryCase.sql.values, &inlined, error))
            return fail();

        QStringList inlinedPlan;
        if (!queryPlan(db, queryCase.sql, &figure.plan, error) ||
            !queryPlan(db, {inlined, {}}, &inlinedPlan, error))
            return fail();
        figure.samePlan = figure.plan == inlinedPlan;

        // Each query's two sides run back to back rather than all of Parley's first: on a
        // shared machine the background load drifts, and it should drift on both sides alike.
        QStringList parleyIds;
        QList<CliQueryTiming> timings;
        if (!timeParley(queryCase, setup.runs, &figure, &parleyIds, error) ||
            !timeQueriesWithCli(cli, mirror.path(), setup.workDir, mirrorPragmas(),
                                {{queryCase.name, inlined, figure.runs}}, &timings, error))
            return fail();
        figure.sqlite3Ms = mean(timings.first().realMs);
        figure.sqlite3Rows = int(timings.first().firstColumn.size());
        // Parley shows messages oldest first, sqlite3 prints them newest first: compare sets.
        QStringList cliIds = timings.first().firstColumn;
        parleyIds.sort();
        cliIds.sort();
        figure.sameRows = parleyIds == cliIds;
        figures->append(figure);
    }
    return true;
}

} // namespace parley
