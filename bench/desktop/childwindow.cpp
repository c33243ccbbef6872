#include "bench/desktop/childwindow.h"

#include "bench/desktop/measure.h"
#include "bench/desktop/paintprobe.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"
#include "core/sync/hubclient.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/sync/synccontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QListView>
#include <QSplitter>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace parley::bench {
namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void sayMemory(const QString &name, const QString &extra = QString())
{
    const Memory memory = memoryOf(QCoreApplication::applicationPid());
    say(QStringLiteral("%1 %2%3 %4")
            .arg(name, extra)
            .arg(memory.rssMb, 0, 'f', 1)
            .arg(memory.hwmMb, 0, 'f', 1));
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Times `select` until `probe`'s widget has painted; the events left afterwards (the flush,
// timers) run untimed so that one open does not spill into the next.
QString timeOpen(PaintProbe &probe, const std::function<void()> &select)
{
    probe.arm();
    const qint64 start = steadyNs();
    select();
    const qint64 selected = steadyNs();
    const qint64 painted = probe.wait();
    QCoreApplication::processEvents();
    return QStringLiteral("%1 %2")
        .arg(painted == 0 ? -1.0 : double(painted - start) / 1e6, 0, 'f', 3)
        .arg(double(selected - start) / 1e6, 0, 'f', 3);
}

void sayPhases(const ChildOptions &options)
{
    say(QStringLiteral("phase main %1").arg(options.mainNs));
    say(QStringLiteral("phase qapplication %1").arg(options.appReadyNs));
}

// The same opens for both kinds: every typical conversation once, newest first as listed, and
// the busy one after every other, so that each open changes the conversation shown.
void timeOpens(PaintProbe &probe, int typicalCount, const std::function<void(int)> &openTypical,
               const std::function<void()> &openBusy)
{
    for (int i = 0; i < typicalCount; ++i) {
        say(QStringLiteral("open typical %1").arg(timeOpen(probe, [&] { openTypical(i); })));
        if (i % 2 == 1)
            say(QStringLiteral("open busy %1").arg(timeOpen(probe, openBusy)));
    }
}

int runParley(const ChildOptions &options)
{
    // As DesktopApp::signedIn does after the login: open the mirror, build the window, start
    // the sync worker, show.
    Mirror mirror;
    if (mirror.open(options.mirror) != Mirror::OpenStatus::Ok) {
        say(QStringLiteral("error %1").arg(mirror.errorString()));
        return 1;
    }
    sayPhases(options);
    say(QStringLiteral("phase mirror_open %1").arg(steadyNs()));
    HubClient hub;
    hub.setHub(options.hub);
    hub.setToken(options.token);
    ui::SyncController sync;
    Agent me;
    me.id = 3; // DataGenerator::me, whose conversations "Mine" shows
    me.login = QStringLiteral("bench");
    me.name = QStringLiteral("Bench");
    ui::MainWindow window(mirror.database(), &sync, &hub, me);
    say(QStringLiteral("phase window_built %1").arg(steadyNs()));
    sync.start(options.hub, options.token, options.mirror);
    PaintProbe listProbe(window.conversationView()->viewport());
    window.show();
    const qint64 firstPaint = listProbe.wait(60000);
    say(QStringLiteral("first_paint_ns %1").arg(firstPaint));
    sayMemory(QStringLiteral("memory_start"));
    idle(2000); // the view counts and the sync stream start in the background
    sayMemory(QStringLiteral("memory_settled"));

    QListView *messageView = nullptr;
    for (QListView *view : window.pane()->findChildren<QListView *>()) {
        if (view->model() == window.pane()->messages())
            messageView = view;
    }
    if (!messageView) {
        say(QStringLiteral("error no message list in the conversation pane"));
        return 1;
    }
    PaintProbe messageProbe(messageView->viewport());
    // Scroll the list down to the busy conversation as openConversation() would, without
    // showing it, so that its first timed open is its first open.
    ui::ConversationListModel *list = window.conversations();
    // (Pages are read on the list's reader thread: wait for each to come in.)
    while (list->rowOf(options.busy) < 0 && (list->canFetchMore({}) || list->isLoading())) {
        list->fetchMore({});
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    idle(200);
    QList<int> typicalRows;
    for (int row = 0; row < list->rowCount() && typicalRows.size() < options.opens; ++row) {
        if (list->conversationAt(row).id != options.busy)
            typicalRows.append(row);
    }
    const int busyRow = list->rowOf(options.busy);
    say(QStringLiteral("loaded_rows %1 busy_row %2").arg(list->rowCount()).arg(busyRow));
    QListView *listView = window.conversationView();
    timeOpens(
        messageProbe, int(typicalRows.size()),
        [&](int i) { listView->setCurrentIndex(list->index(typicalRows.at(i))); },
        [&] { listView->setCurrentIndex(list->index(busyRow)); });
    sayMemory(QStringLiteral("memory_after_opens"),
              QStringLiteral("%1 ").arg(typicalRows.size() + 1));
    sync.stop();
    return 0;
}

// The yardstick: what Qt itself needs to show the same rows, with none of Parley's models,
// delegates or panes. Two QListViews on QSqlQueryModels running the very SQL Parley runs.
int runBaseline(const ChildOptions &options)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    db.setDatabaseName(options.mirror);
    if (!db.open()) {
        say(QStringLiteral("error cannot open %1").arg(options.mirror));
        return 1;
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -32000"));
    sayPhases(options);
    say(QStringLiteral("phase mirror_open %1").arg(steadyNs()));
    const auto prepared = [&db](const SqlCondition &sql) {
        QSqlQuery query(db); // scrollable: QSqlQueryModel needs it
        query.prepare(sql.sql);
        for (int i = 0; i < sql.values.size(); ++i)
            query.bindValue(i, sql.values.at(i));
        query.exec();
        return query;
    };
    const FilterContext context{3, QDateTime::currentMSecsSinceEpoch(),
                                QTimeZone::systemTimeZone()};
    QSqlQueryModel conversations;
    conversations.setQuery(prepared(conversationPageSql(ConversationFilter(), context, {},
                                                        ui::ConversationListModel::pageSize)));
    QSqlQueryModel messages;
    QSplitter window;
    auto *conversationView = new QListView(&window);
    conversationView->setUniformItemSizes(true);
    conversationView->setModel(&conversations);
    conversationView->setModelColumn(
        conversations.record().indexOf(QStringLiteral("customer_name")));
    auto *messageView = new QListView(&window);
    messageView->setModel(&messages);
    window.resize(1280, 800);
    say(QStringLiteral("phase window_built %1").arg(steadyNs()));
    PaintProbe listProbe(conversationView->viewport());
    window.show();
    const qint64 firstPaint = listProbe.wait(60000);
    say(QStringLiteral("first_paint_ns %1").arg(firstPaint));
    sayMemory(QStringLiteral("memory_start"));
    idle(2000);
    sayMemory(QStringLiteral("memory_settled"));

    PaintProbe messageProbe(messageView->viewport());
    const auto show = [&](Id id) {
        messages.setQuery(prepared(newestMessagesSql(id, ui::MessageListModel::pageSize + 1)));
        messageView->setModelColumn(messages.record().indexOf(QStringLiteral("text")));
        messageView->scrollToBottom();
    };
    QList<Id> typical;
    for (int row = 0; row < conversations.rowCount() && typical.size() < options.opens; ++row) {
        const Id id = conversations.record(row).value(QStringLiteral("id")).toLongLong();
        if (id != options.busy)
            typical.append(id);
    }
    timeOpens(
        messageProbe, int(typical.size()), [&](int i) { show(typical.at(i)); },
        [&] { show(options.busy); });
    sayMemory(QStringLiteral("memory_after_opens"), QStringLiteral("%1 ").arg(typical.size() + 1));
    return 0;
}

} // namespace

int runChild(const ChildOptions &options)
{
    if (options.kind == QLatin1String("parley"))
        return runParley(options);
    if (options.kind == QLatin1String("baseline"))
        return runBaseline(options);
    say(QStringLiteral("error unknown child kind %1").arg(options.kind));
    return 2;
}

} // namespace parley::bench
