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
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>

namespace parley::bench {
namespace {

using hub::ConversationRepository;
using hub::EventLog;
using hub::HubDatabase;
using hub::RecordRepository;

const QString login = QStringLiteral("firstsync");

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

bool writeHistory(const QString &dataDir, int conversations, int messages)
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
        if (!repository.save(conversation) ||
            events.append(EventType::ConversationCreated, toJson(conversation), start) <= 0)
            return false;
    }
    return db.commit();
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
    if (!writeHistory(hub.dataDir(), conversations, messages)) {
        std::printf("first_sync: not measured: the history could not be written\n");
        return false;
    }
    QString error;
    if (!hub.start(&error)) {
        std::printf("first_sync: not measured: %s\n", qPrintable(error));
        return false;
    }
    std::printf("first_sync_size: %d conversations, %d messages (written in %.1f s)\n",
                conversations, messages, double(generation.elapsed()) / 1e3);
    QTemporaryDir dir;

    // Sign-in, then the desktop's sync worker on its own thread from an empty mirror.
    QElapsedTimer signIn;
    signIn.start();
    const QString token = hub.login(login, login + QStringLiteral("-password"));
    const qint64 signInMs = signIn.elapsed(); // the hub's password hashing, part of "usable"
    // The log's head, to know when the mirror has caught up: read outside the timed span (it
    // pages through the whole log, work the desktop does not do; it was once inside it).
    const qint64 seq = hub.currentSeq(token);
    // From here the sync worker's time; the sign-in's is added to both figures.
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
    thread.start();
    QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, hub.url({})),
                              Q_ARG(QString, token), Q_ARG(QString, path));
    Mirror watched;
    double completeS = -1;
    while (timer.elapsed() < 600000) {
        QThread::msleep(50);
        if (!watched.isOpen() && watched.open(path) != Mirror::OpenStatus::Ok)
            continue;
        if (watched.lastSeq() >= seq && watched.olderHistory(1).isEmpty()) {
            completeS = double(signInMs + timer.elapsed()) / 1e3;
            break;
        }
    }
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    watched.close();

    const double replayS =
        fullReplaySeconds(hub, token, dir.filePath(QStringLiteral("replayed.sqlite")));
    if (usableMs < 0 || completeS < 0) {
        std::printf("first_sync: not complete within 600 s\n");
        return false;
    }
    std::printf("first_sync_usable_ms: %lld (full replay, the old first sync: usable only at its "
                "end, %.0f ms)\n",
                qint64(usableMs), replayS * 1e3);
    std::printf("first_sync_signin_ms: %lld (of first_sync_usable_ms: the login request)\n",
                signInMs);
    std::printf("first_sync_complete_s: %.1f (full replay through /sync: %.1f s)\n", completeS,
                replayS);
    return true;
}

} // namespace parley::bench
