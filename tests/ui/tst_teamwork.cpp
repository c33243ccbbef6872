// Who did what on the desktop, against a real parley-hub (issue #12): an owner change arrives
// as a centred line naming the agent, it stays out of the notes, and a note that names this
// agent with "@" raises "… mentioned you" through the notification center. In any language
// (PARLEY_SCREENSHOT_LANG); with PARLEY_SCREENSHOT_DIR and a notification server (dunst) it
// takes team-mention-<lang>.png: the conversation with the note, and the notification.
#include "../hub/hubapifixture.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/recordreads.h"
#include "core/protocol/entitycodec.h"
#include "screenshots.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/bubblecontent.h"
#include "ui/models/messagelistmodel.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/notificationpresenter.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTest>
#include <QTranslator>

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
    Mirror m_mirror;          // bo's
    QTranslator m_translator; // PARLEY_SCREENSHOT_LANG's

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

    // The admin's note naming bo, as a team speaking the screenshot's language writes it.
    static QString noteText()
    {
        const QString lang = screenshotLanguage();
        if (lang == QLatin1String("pt_BR"))
            return QStringLiteral("@bo pode ligar para ela hoje? Ela quer as azuis.");
        if (lang == QLatin1String("zh_CN"))
            return QStringLiteral("@bo 今天能给她回个电话吗？她想要蓝色的。");
        if (lang == QLatin1String("ja"))
            return QStringLiteral("@bo 今日折り返し電話してもらえますか？青いのが欲しいそうです。");
        return QStringLiteral("@bo please call her about the blue ones");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installScreenshotLanguage(&m_translator));
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
                       {{"text", noteText()}}, m_admin);
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
                 BubbleTexts::tr("%1 assigned this conversation to %2").arg(admin.name, bo.name));
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
                     NotificationCenter::tr("%1 mentioned you").arg(admin.name));
            QCOMPARE(fallback->presented.first().body, noteText());
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
        takeMentionScreenshot(changes);
    }

private:
    // team-mention-<lang>.png: bo's conversation with the line and the note, and the mention as
    // the desktop's notification server (dunst in desktopsession.sh) shows it, from the screen.
    void takeMentionScreenshot(const MirrorChanges &changes)
    {
        const QString dir = qEnvironmentVariable("PARLEY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY2(bus && bus->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")),
                 "the mention's picture needs PARLEY_TEST_NOTIFICATION_SERVER=dunst");
        Conversation conversation;
        QString error;
        QVERIFY2(fetchConversation(m_mirror.database(), m_fresh, &conversation, &error),
                 qPrintable(error));
        ConversationPane pane(m_mirror.database());
        pane.showConversation(conversation);
        // Left of the notifications, which dunst puts at the screen's top right.
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        pane.setGeometry(screen.width() - 1080, 0, 720, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(pane.messages()->rowCount() >= 3, 10000);
        NotificationCenter center(m_mirror.database(), QDBusConnection::sessionBus(), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(center.usesServer(), 10000);
        center.onMirrorChanged(changes);
        QTRY_VERIFY_WITH_TIMEOUT(center.serverNotificationId(m_fresh) > 0, 10000);
        QTest::qWait(500); // dunst draws its bubble
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(
            0, pane.x(), 0, screen.width() - pane.x(), pane.height());
        QVERIFY(shot.save(
            QDir(dir).filePath(QStringLiteral("team-mention-%1.png").arg(screenshotLanguage()))));
    }
};

QTEST_MAIN(TeamworkTest)
#include "tst_teamwork.moc"
