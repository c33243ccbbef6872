// Durable acknowledgements (issue #13) in-process: GroupCommit answers a group's work only once
// its commit is on the disk, and until then the event log's readers stop before the group (on
// SQLite the flush runs on a thread of its own, after the commit); a piece of work that fails
// costs only itself. WebhookIntakeReader reads webhook bodies on its own thread and hands them
// back in the order they came, each with the outcome of its signature check and parse.
#include "core/whatsapp/signature.h"
#include "hub/service/webhookintakereader.h"
#include "hub/store/eventlog.h"
#include "hub/store/groupcommit.h"
#include "hub/store/hubdatabase.h"
#include "scratchstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::hub;

namespace {

QList<qint64> seqs(EventLog &events)
{
    QList<qint64> out;
    for (const Event &event : events.after(0, 1000).events)
        out.append(event.seq);
    return out;
}

QByteArray fixtureBody()
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/message_text.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture message_text.json");
    return file.readAll();
}

} // namespace

class GroupCommitTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // hubpg.tst_groupcommit: the same on a PostgreSQL store (its commit waits for the disk).
        m_db = std::make_unique<HubDatabase>();
        testing::openScratchStore(*m_db, m_dir->path());
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void aGroupIsAnsweredOnlyOnceOnTheDiskAndReadersWaitForIt()
    {
        EventLog events(*m_db);
        const qint64 before = events.append(QStringLiteral("test.before"), {}, 1);
        QVERIFY(before > 0);
        GroupCommit group(*m_db, &events);
        QList<int> answers; // 1 durable, 0 not
        QList<int> levels;  // SQLite's synchronous level inside the group's work
        for (int i = 0; i < 3; ++i) {
            group.run(
                [&] {
                    if (!m_db->walFile().isEmpty())
                        levels.append(synchronousLevel());
                    return events.append(QStringLiteral("test.grouped"), {}, 2) > 0;
                },
                [&](bool durable) { answers.append(durable ? 1 : 0); });
        }
        group.flush(); // committed; the answers wait for the event loop (and on SQLite the flush)
        QVERIFY(answers.isEmpty());
        if (!m_db->walFile().isEmpty()) {
            // The group's commit is written without its flush (NORMAL, 1); everything else
            // waits for the disk (FULL, 2).
            QCOMPARE(levels, (QList<int>{1, 1, 1}));
            QCOMPARE(synchronousLevel(), 2);
            // Visible to the connection, not yet known to be on the disk: not read.
            QCOMPARE(seqs(events), QList<qint64>{before});
            QCOMPARE(events.lastSeq(), before + 3);
        }
        QTRY_COMPARE(answers, (QList<int>{1, 1, 1}));
        QCOMPARE(seqs(events), (QList<qint64>{before, before + 1, before + 2, before + 3}));
        QCOMPARE(group.groups(), qint64(1));
        QCOMPARE(group.grouped(), qint64(3));
        QVERIFY(group.healthy());
    }

    void workThatFailsCostsOnlyItself()
    {
        EventLog events(*m_db);
        GroupCommit group(*m_db, &events);
        QList<int> answers;
        const auto answer = [&answers](int which) {
            return [&answers, which](bool durable) {
                answers.append(durable ? which : -which);
            };
        };
        group.run([&] { return events.append(QStringLiteral("test.first"), {}, 1) > 0; },
                  answer(1));
        group.run(
            [&] {
                Transaction transaction(*m_db); // as WebhookIntake: a savepoint of its own
                events.append(QStringLiteral("test.failed"), {}, 1);
                return false; // rolled back when `transaction` goes
            },
            answer(2));
        QCOMPARE(answers, QList<int>{-2}); // told at once
        group.run([&] { return events.append(QStringLiteral("test.third"), {}, 1) > 0; },
                  answer(3));
        group.flush();
        QTRY_COMPARE(answers, (QList<int>{-2, 1, 3}));
        QStringList types;
        for (const Event &event : events.after(0, 100).events)
            types.append(event.type);
        QCOMPARE(types, (QStringList{QStringLiteral("test.first"), QStringLiteral("test.third")}));
    }

    void aWriteOutsideTheGroupCommitsItFirstAndWaitsWithItForReaders()
    {
        EventLog events(*m_db);
        GroupCommit group(*m_db, &events);
        bool answered = false;
        qint64 grouped = 0;
        group.run(
            [&] {
                grouped = events.append(QStringLiteral("test.grouped"), {}, 1);
                return grouped > 0;
            },
            [&](bool durable) { answered = durable; });
        // An API write meanwhile: the group is committed first, not joined or lost.
        const qint64 own = events.append(QStringLiteral("test.outside"), {}, 1);
        QVERIFY(own > 0);
        QVERIFY(!m_db->groupOpen());
        QTRY_VERIFY(answered);
        QCOMPARE(seqs(events), (QList<qint64>{grouped, own}));
    }

    void theReaderHandsBodiesBackInOrderWithTheirOutcome()
    {
        const QByteArray secret = "reader-secret";
        auto secrets = std::make_shared<WebhookSecrets>(WebhookSecrets{1, {"other", secret}});
        const QByteArray good = fixtureBody();
        const QByteArray notJson = "{\"object\": ";
        QList<ReadWebhook> delivered;
        WebhookIntakeReader reader([&delivered](ReadWebhook read) { delivered.append(read); });
        constexpr int bodies = 120;
        for (int i = 0; i < bodies; ++i) {
            // Each body distinct (its wamid), every third unsigned, every fifth not JSON.
            const QByteArray body =
                i % 5 == 4
                    ? notJson + QByteArray::number(i)
                    : QByteArray(good).replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUF"
                                               "FRTAzODEwMTQ0RgA=",
                                               "wamid.reader-" + QByteArray::number(i));
            const QByteArray signature =
                whatsapp::webhookSignature(i % 3 == 2 ? QByteArray("forged") : secret, body);
            reader.submit(body, signature, secrets, 1000);
        }
        QTRY_COMPARE(delivered.size(), bodies);
        for (int i = 0; i < bodies; ++i) {
            const ReadWebhook &read = delivered.at(i);
            QVERIFY(read.body.endsWith(QByteArray::number(i)) ||
                    read.body.contains("wamid.reader-" + QByteArray::number(i) + '"'));
            QVERIFY(read.checkedAgainst == secrets);
            if (i % 3 == 2) {
                QCOMPARE(read.outcome, ReadWebhook::Outcome::Unsigned);
                QVERIFY(read.updates.isEmpty()); // nothing of an unsigned body is parsed
            } else if (i % 5 == 4) {
                QCOMPARE(read.outcome, ReadWebhook::Outcome::Malformed);
                QCOMPARE(read.appSecret, QString::fromUtf8(secret));
            } else {
                QCOMPARE(read.outcome, ReadWebhook::Outcome::Read);
                QCOMPARE(read.updates.size(), 1);
            }
        }
    }

private:
    int synchronousLevel()
    {
        // exec(): a PRAGMA's value is read when it is prepared, so never a kept statement.
        QSqlQuery query = m_db->exec(QStringLiteral("PRAGMA synchronous"));
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubDatabase> m_db;
};

QTEST_GUILESS_MAIN(GroupCommitTest)
#include "tst_groupcommit.moc"
