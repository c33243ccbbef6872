// Who did what on the desktop, against a real parley-hub (issue #12): an owner change arrives
// as a centred line naming the agent, it stays out of the notes, and a note that names this
// agent with "@" raises "… mentioned you" through the notification center.
#include "../hub/hubapifixture.h"
#include "core/mirror/recordreads.h"
#include "core/protocol/entitycodec.h"
#include "ui/models/bubblecontent.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/notificationpresenter.h"

#include <QDBusConnection>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

class RecordingPresenter : public NotificationPresenter {
public:
    void present(const Notification &n) override { presented.append(n); }
    void withdraw(Id) override {}
    QList<Notification> presented;
};

} // namespace

class TeamworkTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror; // bo's

    MirrorChanges syncAsBo()
    {
        SyncBatch batch;
        QString error;
        MirrorChanges changes;
        if (!fromJson(
                m_hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(m_mirror.lastSeq()), m_agent)
                    .json(),
                &batch, &error) ||
            !m_mirror.apply(batch, &changes))
            qWarning() << "sync failed:" << error << m_mirror.errorString();
        return changes;
    }

    Agent agentFor(const QString &token)
    {
        Agent agent;
        QString error;
        fromJson(m_hub.get(QStringLiteral("/api/v1/me"), token)
                     .json()
                     .value(QStringLiteral("agent"))
                     .toObject(),
                 &agent, &error);
        return agent;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(setUpHub(), m_hub.log().constData());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("bo.sqlite"))),
                 Mirror::OpenStatus::Ok);
        syncAsBo();
    }

    void anOwnerChangeIsALineAndAMentionNotifies()
    {
        const Agent admin = agentFor(m_admin);
        const Agent bo = agentFor(m_agent);
        QVERIFY(admin.id > 0 && bo.id > 0);
        const HttpReply assigned =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/assign").arg(m_fresh),
                       {{"owner_id", bo.id}}, m_admin);
        QCOMPARE(assigned.status, 200);
        const HttpReply note =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/notes").arg(m_fresh),
                       {{"text", "@bo please call her about the blue ones"}}, m_admin);
        QCOMPARE(note.status, 201);
        const Id noteId = note.json().value(QStringLiteral("message")).toObject()["id"].toInteger();

        const MirrorChanges changes = syncAsBo();
        QCOMPARE(changes.mentions, QSet<Id>{noteId});

        // The line: a note on the wire, a centred line naming both agents on screen, and not
        // one of the conversation's notes.
        Message line;
        bool found = false;
        for (const QJsonValue &event : m_hub.events(m_agent)) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["details"].toObject().contains(QStringLiteral("team_line"))) {
                QString error;
                found = fromJson(event["data"].toObject(), &line, &error);
            }
        }
        QVERIFY(found);
        QCOMPARE(line.authorId, admin.id);
        BubbleContext context;
        context.authorName = admin.name;
        const BubbleContent shown = BubbleTexts::contentOf(line, context);
        QCOMPARE(shown.shape, BubbleContent::Shape::Line);
        QCOMPARE(shown.body,
                 QStringLiteral("%1 assigned this conversation to %2").arg(admin.name, bo.name));
        QVERIFY(shown.header.isEmpty());
        const QList<Message> notes = RecordReads(m_mirror.database()).notes(m_fresh);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().id, noteId);

        // The mention reaches bo's notification center (no notification server here: the
        // fallback presenter shows it).
        const QDBusConnection nowhere = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/parley-test-bus"), QStringLiteral("nowhere"));
        auto *fallback = new RecordingPresenter;
        {
            NotificationCenter center(m_mirror.database(), nowhere, fallback);
            center.onMirrorChanged(changes);
            QTRY_COMPARE(fallback->presented.size(), 1);
            QCOMPARE(fallback->presented.first().conversationId, m_fresh);
            QCOMPARE(fallback->presented.first().title,
                     QStringLiteral("%1 mentioned you").arg(admin.name));
            QCOMPARE(fallback->presented.first().body,
                     QStringLiteral("@bo please call her about the blue ones"));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
    }
};

QTEST_MAIN(TeamworkTest)
#include "tst_teamwork.moc"
