// The order between an admin page's two sources (issue #11): the mirror's copy, read on the
// store's reader thread, and the hub's answer. The reader is held (ReaderGate) so that the hub
// answers first; released, the mirror's late answer must not replace what the hub said. A re-read
// asked after the hub's answer was shown (a sync batch changed what the page shows) is shown.
#include "../core/mirrorfixture.h"
#include "adminpagefixture.h"
#include "core/mirror/mirrorstore.h"
#include "core/protocol/entitycodec.h"
#include "readergate.h"
#include "ui/admin/adminmirror.h"
#include "ui/admin/channelspage.h"
#include "ui/admin/peoplepage.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString mirrorChannel = QStringLiteral("Só no espelho");
const QString mirrorAgent = QStringLiteral("Agente do espelho");

QStringList agentNames(const PeoplePage &page)
{
    QStringList names;
    for (const Agent &agent : page.agents())
        names.append(agent.name);
    return names;
}

} // namespace

class AdminAnswerOrderTest : public QObject, protected AdminPageFixture {
    Q_OBJECT

    QString hubChannelName()
    {
        const QJsonArray channels =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin);
        return channels.isEmpty()
                   ? QString()
                   : channels.first().toObject().value(QStringLiteral("name")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(setUpAdmin());
        QVERIFY(addUnreachableChannel());
        QVERIFY2(startHubAsAdmin(), m_hub.log().constData());
        // The mirror's copy differs from the hub's, so the test sees whose answer is shown.
        EventLog log;
        Channel channel;
        channel.id = 1;
        channel.name = mirrorChannel;
        channel.status = ChannelStatus::Connected;
        const Agent agent{99, QStringLiteral("espelho"), mirrorAgent, Role::Agent, QString(), true};
        QVERIFY(m_mirror.apply(batchOf({log.raw(EventType::ChannelUpdated, toJson(channel)),
                                        log.raw(EventType::AgentUpdated, toJson(agent))})));
        QVERIFY(!hubChannelName().isEmpty());
        QVERIFY(hubChannelName() != mirrorChannel);
    }

    void theRuleKeepsTheHubsAnswer()
    {
        AnswerOrder order;
        const AnswerOrder::Question first = order.askMirror();
        QVERIFY(order.mirrorMayShow(first));
        const AnswerOrder::Question second = order.askMirror();
        QVERIFY(!order.mirrorMayShow(first)); // an older question's answer: dropped
        order.hubShown();
        QVERIFY(!order.mirrorMayShow(second));           // asked before the hub's answer was shown
        QVERIFY(order.mirrorMayShow(order.askMirror())); // asked after it: shown
    }

    void aLateMirrorAnswerNeverReplacesTheHubsChannels()
    {
        MirrorStore store(m_mirror.path());
        ReaderGate gate(store);
        ChannelsPage page(&store, &m_client);
        QSignalSpy shown(&page, &ChannelsPage::channelsShown);
        QVERIFY(shown.wait(10000)); // the hub's list; the mirror's waits behind the gate
        QCOMPARE(page.channels().size(), 1);
        QCOMPARE(page.channels().first().name, hubChannelName());

        gate.release();
        QTRY_COMPARE(store.inFlight(), 0); // the mirror's answer came back, and was dropped
        QCOMPARE(shown.count(), 1);
        QCOMPARE(page.channels().first().name, hubChannelName());

        // A batch changed the channels after the hub answered: the mirror's copy is newer.
        page.reload();
        QTRY_COMPARE(store.inFlight(), 0);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(page.channels().first().name, mirrorChannel);
    }

    void aLateMirrorAnswerNeverReplacesTheHubsAgents()
    {
        MirrorStore store(m_mirror.path());
        ReaderGate gate(store);
        PeoplePage page(&store, &m_client);
        QSignalSpy shown(&page, &PeoplePage::agentsShown);
        QVERIFY(shown.wait(10000));
        const QStringList fromHub = agentNames(page); // the hub's admin
        QVERIFY(!fromHub.isEmpty());
        QVERIFY2(!fromHub.contains(mirrorAgent), qPrintable(fromHub.join(", ")));

        gate.release();
        QTRY_COMPARE(store.inFlight(), 0);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(agentNames(page), fromHub);

        page.reload();
        QTRY_COMPARE(store.inFlight(), 0);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(agentNames(page), QStringList{mirrorAgent});
    }
};

QTEST_MAIN(AdminAnswerOrderTest)
#include "tst_adminanswerorder.moc"
