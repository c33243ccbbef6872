// The desktop's sync worker on its own thread against the real hub process: the stream keeps
// the mirror current, and a reply typed while the hub is down goes out once when it is back,
// also after the app itself was restarted.
#include "core/filter/conversationfilter.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/drafts.h"
#include "core/mirror/savedviews.h"
#include "core/mirror/snoozes.h"
#include "core/sync/syncworker.h"
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"
#include "customerwrites.h"
#include "hubprocess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("sync-secret");

// A worker on its own thread, as the desktop runs it.
class WorkerThread {
public:
    WorkerThread()
    {
        worker = new SyncWorker;
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
    }
    ~WorkerThread()
    {
        QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    void start(const QUrl &hub, const QString &token, const QString &mirror)
    {
        QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, hub),
                                  Q_ARG(QString, token), Q_ARG(QString, mirror));
    }
    void queueText(qint64 conversation, const QString &text)
    {
        QMetaObject::invokeMethod(worker, "queueText", Qt::QueuedConnection,
                                  Q_ARG(qint64, conversation), Q_ARG(QString, text));
    }

    QThread thread;
    SyncWorker *worker = nullptr;
};

} // namespace

class SyncWorkerTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 appSecret, QStringLiteral("vt")));
        QVERIFY(m_hub.start());
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_token).status,
            200);
        m_mirrorPath = m_dir.filePath(QStringLiteral("mirror.sqlite"));
    }

    void theStreamKeepsTheMirrorCurrent()
    {
        WorkerThread worker;
        QSignalSpy online(worker.worker, &SyncWorker::stateChanged);
        QSignalSpy changed(worker.worker, &SyncWorker::mirrorChanged);
        worker.start(m_hub.url(), m_token, m_mirrorPath);
        QTRY_VERIFY_WITH_TIMEOUT(stateSeen(online, SyncState::Online), 5000);
        m_conversation = customerWrites(m_hub, appSecret, m_token,
                                        {QStringLiteral("5511912340001"),
                                         QStringLiteral("Bom dia!"), QStringLiteral("Carla Dias")});
        QVERIFY(m_conversation > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!mirrorMessages(m_conversation).isEmpty(), 5000);
        QCOMPARE(mirrorMessages(m_conversation).first().text, QStringLiteral("Bom dia!"));
        QVERIFY(!changed.isEmpty());
        const auto changes = changed.last().first().value<MirrorChanges>();
        QVERIFY(changes.conversations.contains(m_conversation));
    }

    void aReplyTypedWhileTheHubIsDownGoesOutOnceAfterBothRestart()
    {
        const quint16 port = m_hub.port();
        m_hub.kill();
        {
            WorkerThread worker;
            QSignalSpy outbox(worker.worker, &SyncWorker::outboxChanged);
            worker.start(m_hub.url(), m_token, m_mirrorPath);
            worker.queueText(m_conversation, QStringLiteral("Bom dia! Já verifico."));
            QTRY_VERIFY_WITH_TIMEOUT(!outbox.isEmpty(), 5000);
            QCOMPARE(outboxRows(), 1);
            QTest::qWait(300); // a failed attempt or two against the stopped hub
        }                      // the app quits with the reply still pending
        QCOMPARE(outboxRows(), 1);

        QVERIFY(m_hub.start(10000, port));
        WorkerThread again;
        again.start(m_hub.url(), m_token, m_mirrorPath);
        // Sent once, and the pending copy gives way to the hub's message.
        QTRY_COMPARE_WITH_TIMEOUT(outboxRows(), 0, 15000);
        int copies = 0;
        for (const QJsonValue &event :
             m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_token)
                 .json()
                 .value(QStringLiteral("events"))
                 .toArray()) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["text"] == QStringLiteral("Bom dia! Já verifico."))
                ++copies;
        }
        QCOMPARE(copies, 1);
        QTRY_VERIFY_WITH_TIMEOUT(mirrorMessages(m_conversation).size() == 2, 5000);
        QCOMPARE(mirrorMessages(m_conversation).last().direction, Direction::Out);
    }

    void aDamagedMirrorStillSendsItsUnsentReplies()
    {
        const QString reply = QStringLiteral("Seu pedido foi separado, Carla.");
        const quint16 port = m_hub.port();
        m_hub.kill();
        {
            WorkerThread worker;
            QSignalSpy outbox(worker.worker, &SyncWorker::outboxChanged);
            worker.start(m_hub.url(), m_token, m_mirrorPath);
            worker.queueText(m_conversation, reply);
            QTRY_VERIFY_WITH_TIMEOUT(!outbox.isEmpty(), 5000);
        }
        {
            // What else only this desktop knows.
            Mirror mirror;
            QCOMPARE(mirror.open(m_mirrorPath), Mirror::OpenStatus::Ok);
            QVERIFY(Snoozes(mirror.database()).snooze(m_conversation, 4102444800000, 2));
            QVERIFY(Drafts(mirror.database()).save(m_conversation, QStringLiteral("e o frete")));
            ConversationFilter filter;
            filter.unreadOnly = true;
            QVERIFY(SavedViews(mirror.database()).add(QStringLiteral("Não lidas"), filter) > 0);
        }
        QCOMPARE(outboxRows(), 1);
        // A failing disk: the mirror's pages are garbage and its journal is gone.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_mirrorPath + suffix);
        QFile file(m_mirrorPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(64 * 1024, 'z'));
        file.close();

        QVERIFY(m_hub.start(10000, port));
        WorkerThread again;
        QSignalSpy rebuilt(again.worker, &SyncWorker::mirrorRebuilt);
        again.start(m_hub.url(), m_token, m_mirrorPath);
        QTRY_COMPARE_WITH_TIMEOUT(rebuilt.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(outboxRows(), 0, 15000);
        QCOMPARE(hubCopies(reply), 1);
        // The rebuilt mirror has the reply from the hub, and the rest is where it was.
        QTRY_VERIFY_WITH_TIMEOUT(!mirrorMessages(m_conversation).isEmpty() &&
                                     mirrorMessages(m_conversation).last().text == reply,
                                 10000);
        Mirror mirror;
        QCOMPARE(mirror.open(m_mirrorPath), Mirror::OpenStatus::Ok);
        QCOMPARE(Snoozes(mirror.database()).find(m_conversation)->messageCount, 2);
        QCOMPARE(Drafts(mirror.database()).text(m_conversation), QStringLiteral("e o frete"));
        QCOMPARE(SavedViews(mirror.database()).list().size(), 1);
        QVERIFY(Drafts(mirror.database()).save(m_conversation, QString()));
        QVERIFY(Snoozes(mirror.database()).clear(m_conversation));
    }

    void filesQueuedWhileTheHubIsDownGoOutOnceFromTheirCopies()
    {
        const quint16 port = m_hub.port();
        m_hub.kill();
        const QString first = writeFile(QStringLiteral("quote.pdf"), "%PDF-1.7\nquote");
        const QString second =
            writeFile(QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + "pixels");
        const QString staged = m_mirrorPath + QStringLiteral(".files");
        {
            WorkerThread worker;
            QSignalSpy outbox(worker.worker, &SyncWorker::outboxChanged);
            worker.start(m_hub.url(), m_token, m_mirrorPath);
            QMetaObject::invokeMethod(worker.worker, "queueFiles", Qt::QueuedConnection,
                                      Q_ARG(qint64, m_conversation),
                                      Q_ARG(QStringList, QStringList({first, second})),
                                      Q_ARG(QString, QStringLiteral("Segue o orçamento")));
            QTRY_VERIFY_WITH_TIMEOUT(!outbox.isEmpty(), 5000);
            QCOMPARE(outboxRows(), 1);
            QTest::qWait(300);
        }
        // The originals may be gone by the time the hub is back: the outbox has its own copies.
        QVERIFY(QFile::remove(first));
        QVERIFY(QFile::remove(second));
        QCOMPARE(QDir(staged).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

        QVERIFY(m_hub.start(10000, port));
        WorkerThread again;
        again.start(m_hub.url(), m_token, m_mirrorPath);
        QTRY_COMPARE_WITH_TIMEOUT(outboxRows(), 0, 15000);
        QStringList sent;
        for (const QJsonValue &m :
             m_hub
                 .get(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                      m_token)
                 .json()
                 .value(QStringLiteral("messages"))
                 .toArray()) {
            if (m[QStringLiteral("media")].isObject())
                sent << m[QStringLiteral("media")][QStringLiteral("filename")].toString() +
                            QLatin1Char('|') + m[QStringLiteral("text")].toString();
        }
        sent.sort();
        QCOMPARE(sent, QStringList({QStringLiteral("photo.png|Segue o orçamento"),
                                    QStringLiteral("quote.pdf|")}));
        // Settled: the copies are removed with the outbox row.
        QTRY_COMPARE_WITH_TIMEOUT(QDir(staged).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(),
                                  0, 5000);
    }

    void aReplyTheHubRefusesStaysVisibleAsFailed()
    {
        WorkerThread worker;
        worker.start(m_hub.url(), m_token, m_mirrorPath);
        worker.queueText(999999, QStringLiteral("to nowhere"));
        QTRY_COMPARE_WITH_TIMEOUT(outboxState(QStringLiteral("to nowhere")),
                                  QStringLiteral("failed:not_found"), 5000);
    }

    // Issue #10 item 6: a quoted reply and a reaction wait in the outbox like a text.
    void aQuotedReplyAndAReactionQueuedOfflineGoOutOnce()
    {
        const Message customer = mirrorMessages(m_conversation).first();
        QVERIFY(!customer.wamid.isEmpty());
        const quint16 port = m_hub.port();
        m_hub.kill();
        {
            WorkerThread worker;
            QSignalSpy outbox(worker.worker, &SyncWorker::outboxChanged);
            worker.start(m_hub.url(), m_token, m_mirrorPath);
            QMetaObject::invokeMethod(
                worker.worker, "queueReply", Qt::QueuedConnection, Q_ARG(qint64, m_conversation),
                Q_ARG(QString, QStringLiteral("Respondendo a você")), Q_ARG(qint64, customer.id));
            QMetaObject::invokeMethod(worker.worker, "queueReaction", Qt::QueuedConnection,
                                      Q_ARG(qint64, m_conversation), Q_ARG(qint64, customer.id),
                                      Q_ARG(QString, QStringLiteral("👍")));
            QTRY_VERIFY_WITH_TIMEOUT(outbox.size() >= 2, 5000);
            QTest::qWait(300);
        }
        QVERIFY(m_hub.start(10000, port));
        WorkerThread again;
        again.start(m_hub.url(), m_token, m_mirrorPath);
        const auto sent = [this](const QString &type) {
            QList<QJsonObject> found;
            for (const QJsonValue &event :
                 m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_token)
                     .json()
                     .value(QStringLiteral("events"))
                     .toArray()) {
                if (event["type"] == QStringLiteral("message.created") &&
                    event["data"]["type"] == type &&
                    event["data"]["direction"] == QStringLiteral("out"))
                    found.append(event["data"].toObject());
            }
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sent(QStringLiteral("reaction")).size(), 1, 15000);
        const QJsonObject reaction = sent(QStringLiteral("reaction")).first();
        QCOMPARE(reaction["details"]["reaction"]["message_id"].toString(), customer.wamid);
        QCOMPARE(reaction["details"]["reaction"]["emoji"].toString(), QStringLiteral("👍"));
        int replies = 0;
        for (const QJsonObject &text : sent(QStringLiteral("text"))) {
            if (text["text"] == QStringLiteral("Respondendo a você")) {
                ++replies;
                QCOMPARE(text["reply_to"].toString(), customer.wamid);
            }
        }
        QCOMPARE(replies, 1);
    }

    void aDamagedMirrorIsRebuiltFromTheHub()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'z'));
        file.close();
        WorkerThread worker;
        QSignalSpy rebuilt(worker.worker, &SyncWorker::mirrorRebuilt);
        worker.start(m_hub.url(), m_token, path);
        QTRY_COMPARE_WITH_TIMEOUT(rebuilt.size(), 1, 5000);
        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(mirror.lastSeq() > 0, 5000);
    }

    void aRevokedTokenStopsTheStream()
    {
        const QString token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/logout"), {}, token).status, 200);
        WorkerThread worker;
        QSignalSpy refused(worker.worker, &SyncWorker::authenticationFailed);
        worker.start(m_hub.url(), token, m_dir.filePath(QStringLiteral("other.sqlite")));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
    }

private:
    static bool stateSeen(const QSignalSpy &spy, SyncState state)
    {
        for (const QList<QVariant> &args : spy) {
            if (args.first().value<SyncState>() == state)
                return true;
        }
        return false;
    }

    QList<Message> mirrorMessages(Id conversation)
    {
        Mirror mirror;
        if (mirror.open(m_mirrorPath) != Mirror::OpenStatus::Ok)
            return {};
        QList<Message> messages;
        QString error;
        fetchNewestMessages(mirror.database(), conversation, 50, &messages, &error);
        return messages;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

    int hubCopies(const QString &text)
    {
        int copies = 0;
        for (const QJsonValue &event :
             m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_token)
                 .json()
                 .value(QStringLiteral("events"))
                 .toArray()) {
            if (event["type"] == QStringLiteral("message.created") && event["data"]["text"] == text)
                ++copies;
        }
        return copies;
    }

    int outboxRows()
    {
        Mirror mirror;
        if (mirror.open(m_mirrorPath) != Mirror::OpenStatus::Ok)
            return -1;
        return Outbox(mirror.database()).count();
    }

    QString outboxState(const QString &text)
    {
        Mirror mirror;
        if (mirror.open(m_mirrorPath) != Mirror::OpenStatus::Ok)
            return {};
        for (const OutboxItem &item : Outbox(mirror.database()).forConversation(999999)) {
            if (item.payload.value(QStringLiteral("text")).toString() == text)
                return item.state + QLatin1Char(':') + item.lastError;
        }
        return {};
    }

    QTemporaryDir m_dir;
    HubProcess m_hub;
    QString m_token;
    QString m_mirrorPath;
    Id m_conversation = 0;
};

QTEST_GUILESS_MAIN(SyncWorkerTest)
#include "tst_syncworker.moc"
