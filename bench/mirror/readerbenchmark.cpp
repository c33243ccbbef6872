#include "bench/mirror/readerbenchmark.h"

#include "bench/mirror/datagenerator.h"
#include "bench/mirror/vocabulary.h"
#include "core/mirror/mirrorstore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace parley {
namespace {

// One question and its answer; false when none came within a minute.
bool ask(MirrorStore &store, const ConversationPageRequest &request, ConversationPageReply *out)
{
    QEventLoop loop;
    bool answered = false;
    store.conversationPage(request, [&](const ConversationPageReply &reply) {
        *out = reply;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    return answered;
}

} // namespace

bool runReaderBenchmark(const QString &mirrorPath, int pageSize, int runs,
                        QList<ReaderFigure> *figures, QString *error)
{
    MirrorStore store(mirrorPath);
    const QList<std::pair<QString, QString>> searches{
        {QStringLiteral("zh"), vocabulary::chineseSearchWord},
        {QStringLiteral("pt"), vocabulary::portugueseSearchWord}};
    for (const auto &[language, word] : searches) {
        ConversationPageRequest request;
        request.filter.search = word;
        // UTC, as the query benchmark: the same SQL as its search_first_page figures.
        request.context = {DataGenerator::me, DataGenerator::now, QTimeZone::utc()};
        request.limit = pageSize;
        ReaderFigure figure;
        figure.language = language;
        ConversationPageReply reply;
        if (!ask(store, request, &reply) || !reply.ok) { // warm-up
            *error = QStringLiteral("the reader did not answer the %1 search: %2")
                         .arg(language, reply.error);
            return false;
        }
        double totalMs = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (!ask(store, request, &reply) || !reply.ok) {
                *error = QStringLiteral("the reader did not answer the %1 search").arg(language);
                return false;
            }
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            totalMs += ms;
            figure.maxMs = qMax(figure.maxMs, ms);
        }
        figure.runs = runs;
        figure.meanMs = runs > 0 ? totalMs / runs : 0;
        figure.rows = int(reply.page.rows.size());
        figures->append(figure);
    }
    return true;
}

} // namespace parley
