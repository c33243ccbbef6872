#include "bench/hub/firstsyncbenchmark.h"

#include "bench/hub/hubinstance.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/syncworker.h"
#include "hub/store/conversationrepository.h"
#include "hub/store/eventlog.h"
#include "hub/store/hubdatabase.h"
#include "hub/store/recordrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>

#include <sys/resource.h>

namespace parley::bench {
namespace {

using hub::ConversationRepository;
using hub::EventLog;
using hub::HubDatabase;
using hub::RecordRepository;

const QString login = QStringLiteral("firstsync");
// The full replay runs beside the first sync up to this many messages.
constexpr int fullReplayUpTo = 200000;

// Every tenth conversation is long (more than the snapshot's newest 20), the others short, so
// the mean is messages / conversations and some history is left for the background.
QList<int> messageCounts(int conversations, int messages)
{
    QList<int> counts(conversations, 0);
    int left = messages;
    for (int c = 0; c < conversations && left > 0; ++c) {
        const int mean = messages / conversations;
        counts[c] = qMin(left, c % 10 == 0 ? mean * 5 + 5 : qMax(1, mean / 2));
        left -= counts[c];
    }
    for (int c = 0; left > 0; c = (c + 1) % conversations, --left)
        ++counts[c];
    return counts;
}

// The log's head seq goes to `seq`: the sync is complete when the mirror is there.
bool writeHistory(const QString &dataDir, int conversations, int messages, qint64 *seq)
{
    HubDatabase db;
    if (!db.open(dataDir, QString())) {
        std::printf("error: %s\n", qPrintable(db.errorString()));
        return false;
    }
    EventLog events(db);
    ConversationRepository repository(db);
    RecordRepository records(db);
    const QList<int> counts = messageCounts(conversations, messages);
    const qint64 start = 1700000000000;
    qint64 at = start;
    if (!db.begin())
        return false;
    for (int c = 0; c < conversations; ++c) {
        Record record;
        record.module = Module::Leads;
        record.fields.insert(QStringLiteral("name"), QStringLiteral("Cliente %1").arg(c));
        record.createdAt = record.updatedAt = start;
        const QString phone = QStringLiteral("55%1").arg(11900000000LL + c);
        record.id = records.insert(record, phone);
        Conversation conversation;
        conversation.channelId = 1;
        conversation.customerNumber = phone;
        conversation.customerName = QStringLiteral("Cliente %1").arg(c);
        conversation.recordModule = QStringLiteral("Leads");
        conversation.recordId = record.id;
        conversation.id = repository.insert(conversation);
        if (record.id <= 0 || conversation.id <= 0 ||
            events.append(EventType::RecordUpdated, toJson(record), start) <= 0)
            return false;
        for (int m = 0; m < counts.at(c); ++m) {
            Message message;
            message.conversationId = conversation.id;
            message.text = QStringLiteral("Olá, gostaria de saber o preço do pedido %1 da conta %2")
                               .arg(m)
                               .arg(c);
            message.wamid = QStringLiteral("wamid.fs.%1.%2").arg(c).arg(m);
            message.createdAt = ++at;
            message.id = repository.insertMessage(message);
            if (message.id <= 0 ||
                events.append(EventType::MessageCreated, toJson(message), start) <= 0)
                return false;
            conversation.lastInboundAt = conversation.lastMessageAt = message.createdAt;
            conversation.lastMessageText = message.text;
            conversation.unreadCount = m + 1;
        }
        *seq = events.append(EventType::ConversationCreated, toJson(conversation), start);
        if (!repository.save(conversation) || *seq <= 0)
            return false;
    }
    return db.commit();
}

// PARLEY_FIRST_SYNC_STORE=<folder>: the store written for a size is kept in <folder>/<size>
// (the hub's data folder, with the log's head seq beside it) and copied for the next run of
// that size: writing 1 M messages takes minutes, and runs before and after a change then sync
// the same store.
QString storeCache(int conversations, int messages)
{
    const QString folder = qEnvironmentVariable("PARLEY_FIRST_SYNC_STORE");
    return folder.isEmpty()
               ? QString()
               : QStringLiteral("%1/%2-%3").arg(folder).arg(conversations).arg(messages);
}

bool copyFolder(const QString &from, const QString &to)
{
    return QDir().mkpath(to) &&
           QProcess::execute(QStringLiteral("cp"),
                             {QStringLiteral("-a"), from + QStringLiteral("/."), to}) == 0;
}

// The store of this size, from the cache when it holds one, else written (and then cached).
bool prepareHistory(const QString &dataDir, int conversations, int messages, qint64 *seq,
                    bool *fromCache)
{
    const QString cache = storeCache(conversations, messages);
    QFile seqFile(cache + QStringLiteral("/head-seq"));
    *fromCache = !cache.isEmpty() && seqFile.open(QIODevice::ReadOnly);
    if (*fromCache) {
        *seq = seqFile.readAll().trimmed().toLongLong();
        // The set-up's own store is replaced whole: no journal of it may stay beside the copy.
        QDir data(dataDir);
        for (const QString &journal :
             data.entryList({QStringLiteral("*-wal"), QStringLiteral("*-shm")}, QDir::Files))
            data.remove(journal);
        return *seq > 0 && copyFolder(cache + QStringLiteral("/data"), dataDir);
    }
    if (!writeHistory(dataDir, conversations, messages, seq))
        return false;
    if (cache.isEmpty())
        return true;
    if (!copyFolder(dataDir, cache + QStringLiteral("/data")) ||
        !seqFile.open(QIODevice::WriteOnly)) {
        std::printf("first_sync: the store could not be kept in %s\n", qPrintable(cache));
        return true; // the run itself can go on
    }
    seqFile.write(QByteArray::number(*seq));
    return true;
}

// This process's user + system CPU seconds: the desktop side of the sync (the sync worker's
// thread; the watcher's polls are a few ms).
double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 messageCount(Mirror &mirror)
{
    QSqlQuery query(mirror.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM messages")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

// The old first sync: every page of the log through GET /sync into a mirror.
double fullReplaySeconds(HubInstance &hub, const QString &token, const QString &path)
{
    Mirror mirror;
    if (mirror.open(path) != Mirror::OpenStatus::Ok)
        return -1;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const testing::HttpReply page = hub.get(
            QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(mirror.lastSeq()), token);
        SyncBatch batch;
        QString error;
        if (page.status != 200 || !fromJson(page.json(), &batch, &error) || !mirror.apply(batch))
            return -1;
        if (batch.events.size() < 5000)
            return double(timer.nsecsElapsed()) / 1e9;
    }
}

// The streams the hub ended because their client stopped answering pings or reading
// (parley_stream_dropped_total in /metrics); -1 when it could not be read.
qint64 streamsDropped(HubInstance &hub)
{
    const QByteArray metrics =
        testing::httpCall("GET", hub.url(QStringLiteral("/metrics")), {}, {}, 30000).body;
    for (const QByteArray &line : metrics.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts.at(0) == "parley_stream_dropped_total")
            return parts.at(1).toLongLong();
    }
    return -1;
}

} // namespace

bool runFirstSync(int conversations, int messages)
{
    HubInstance hub;
    if (!hub.addChannel() || !hub.addAgent(login, login + QStringLiteral("-password"))) {
        std::printf("first_sync: not measured: the hub could not be set up\n");
        return false;
    }
    QElapsedTimer generation;
    generation.start();
    // The log's head, to know when the mirror has caught up: known from writing the store (it
    // was once read through GET /sync, the whole log again, minutes at 1 M messages).
    qint64 seq = 0;
    bool fromCache = false;
    if (!prepareHistory(hub.dataDir(), conversations, messages, &seq, &fromCache)) {
        std::printf("first_sync: not measured: the history could not be written\n");
        return false;
    }
    QString error;
    if (!hub.start(&error)) {
        std::printf("first_sync: not measured: %s\n", qPrintable(error));
        return false;
    }
    std::printf("first_sync_size: %d conversations, %d messages (%s in %.1f s)\n", conversations,
                messages, fromCache ? "copied from PARLEY_FIRST_SYNC_STORE" : "written",
                double(generation.elapsed()) / 1e3);
    std::fflush(stdout);
    QTemporaryDir dir;

    // Sign-in, then the desktop's sync worker on its own thread from an empty mirror.
    QElapsedTimer signIn;
    signIn.start();
    const QString token = hub.login(login, login + QStringLiteral("-password"));
    const qint64 signInMs = signIn.elapsed(); // the hub's password hashing, part of "usable"
    // From here the sync worker's time; the sign-in's is added to both figures.
    const double hubCpuBefore = hub.cpuSeconds();
    const double ownCpuBefore = ownCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const QString path = dir.filePath(QStringLiteral("snapshot.sqlite"));
    QThread thread;
    auto *worker = new SyncWorker;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    std::atomic<qint64> usableMs{-1}; // set on the worker's thread
    QObject::connect(worker, &SyncWorker::mirrorChanged, worker,
                     [&usableMs, &timer, signInMs](const MirrorChanges &changes) {
                         if (usableMs < 0 && !changes.conversations.isEmpty())
                             usableMs = signInMs + timer.elapsed();
                     });
    // What the worker went through, told when the sync does not complete (and how often its
    // stream connected): received on this thread, whose event loop runs while it waits.
    QStringList workerLog;
    int streams = 0;
    const auto note = [&workerLog, &timer](const QString &what) {
        workerLog.append(
            QStringLiteral("%1 s %2").arg(double(timer.elapsed()) / 1e3, 0, 'f', 1).arg(what));
    };
    QObject::connect(worker, &SyncWorker::stateChanged, &thread,
                     [&note, &streams](SyncState state, const QString &detail) {
                         streams += state == SyncState::Online ? 1 : 0;
                         note(QStringLiteral("state %1 %2").arg(int(state)).arg(detail));
                     });
    QObject::connect(worker, &SyncWorker::failed, &thread,
                     [&note](const QString &why) { note(QStringLiteral("failed: ") + why); });
    QObject::connect(worker, &SyncWorker::authenticationFailed, &thread,
                     [&note] { note(QStringLiteral("authentication failed")); });
    thread.start();
    QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, hub.url({})),
                              Q_ARG(QString, token), Q_ARG(QString, path));
    Mirror watched;
    double snapshotS = -1; // the snapshot applied whole: the mirror at its seq
    double completeS = -1;
    while (timer.elapsed() < 600000) {
        // The event loop runs meanwhile: the hub's output pipes are read only from it
        // (HubInstance), and a hub writing into a full pipe would stop mid-sync.
        QEventLoop wait;
        QTimer::singleShot(50, &wait, &QEventLoop::quit);
        wait.exec();
        if (!watched.isOpen() && watched.open(path) != Mirror::OpenStatus::Ok)
            continue;
        const bool atHead = watched.lastSeq() >= seq;
        if (atHead && snapshotS < 0)
            snapshotS = double(signInMs + timer.elapsed()) / 1e3;
        if (atHead && watched.olderHistory(1).isEmpty()) {
            completeS = double(signInMs + timer.elapsed()) / 1e3;
            break;
        }
    }
    const double hubCpu = hub.cpuSeconds() - hubCpuBefore;
    const double ownCpu = ownCpuSeconds() - ownCpuBefore;
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    const qint64 mirrored = watched.isOpen() ? messageCount(watched) : -1;
    watched.close();

    if (usableMs < 0 || completeS < 0) {
        std::printf("first_sync: not complete within 600 s (%lld messages in the mirror); the "
                    "sync worker:\n",
                    mirrored);
        for (const QString &line : std::as_const(workerLog))
            std::printf("  %s\n", qPrintable(line));
        return false;
    }
    // The old first sync, the whole log through /sync pages, next to it: only at sizes where it
    // ends in minutes (at 1 M messages it took over 25 at load 25).
    const bool replay = messages <= fullReplayUpTo;
    const double replayS =
        replay ? fullReplaySeconds(hub, token, dir.filePath(QStringLiteral("replayed.sqlite")))
               : -1;
    const QString replayText =
        replay ? QStringLiteral("%1 s").arg(replayS, 0, 'f', 1)
               : QStringLiteral("not run above %1 messages").arg(fullReplayUpTo);
    std::printf("first_sync_usable_ms: %lld (full replay, the old first sync: usable only at its "
                "end, %s)\n",
                qint64(usableMs), qPrintable(replayText));
    std::printf("first_sync_signin_ms: %lld (of first_sync_usable_ms: the login request)\n",
                signInMs);
    std::printf("first_sync_snapshot_s: %.1f (the snapshot applied whole: the mirror at the "
                "log's head)\n",
                snapshotS);
    std::printf("first_sync_complete_s: %.1f (full replay through /sync: %s)\n", completeS,
                qPrintable(replayText));
    std::printf("first_sync_streams: %d (stream connections: more than one means the snapshot "
                "was cut off and asked for again; the hub dropped %lld as not reading)\n",
                streams, streamsDropped(hub));
    if (streams > 1) {
        for (const QString &line : std::as_const(workerLog))
            std::printf("  %s\n", qPrintable(line));
    }
    std::printf("first_sync_cpu_s: hub %.1f, desktop %.1f (sign-in to complete; the two share "
                "the cores with everything else)\n",
                hubCpu, ownCpu);
    if (mirrored != messages) {
        std::printf("first_sync_failures: %lld messages in the mirror, %d on the hub\n", mirrored,
                    messages);
        return false;
    }
    return true;
}

} // namespace parley::bench
