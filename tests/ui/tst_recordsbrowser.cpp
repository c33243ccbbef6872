// The records browser, its new-record dialog and the merge screen (R9.2, R9.3) against a real
// parley-hub: records reach a real mirror through the hub's sync, the browser reads them from
// it, and every change goes to the hub over HTTP and comes back the same way.
#include "../hub/hubapifixture.h"
#include "core/domain/fieldlabels.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/recordreads.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "screenshots.h"
#include "ui/record/recordfieldseditor.h"
#include "ui/records/mergedialog.h"
#include "ui/records/newrecorddialog.h"
#include "ui/records/recorddetail.h"
#include "ui/records/recordswindow.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class RecordsBrowserTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;
    Agent m_adminAgent;
    Agent m_agentAgent;
    QTranslator m_translator; // PARLEY_SCREENSHOT_LANG's

    MirrorChanges sync()
    {
        SyncBatch batch;
        QString error;
        MirrorChanges changes;
        if (!fromJson(
                m_hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(m_mirror.lastSeq()), m_admin)
                    .json(),
                &batch, &error) ||
            !m_mirror.apply(batch, &changes))
            qWarning() << "sync failed:" << error << m_mirror.errorString();
        return changes;
    }

    Id createRecord(const QString &token, Module module, const QJsonObject &fields)
    {
        const HttpReply reply = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{QStringLiteral("module"), moduleName(module)}, {QStringLiteral("fields"), fields}},
            token);
        if (reply.status != 201 && reply.status != 200)
            qWarning() << "create failed:" << reply.status << reply.body;
        return reply.json()[QStringLiteral("record")][QStringLiteral("id")].toInteger();
    }

    Id recordOf(Id conversationId)
    {
        Conversation c;
        QString error;
        fetchConversation(m_mirror.database(), conversationId, &c, &error);
        return c.recordId;
    }

    // What the window asked of the reader thread has come back and is shown.
    static bool settled(const RecordsWindow &window)
    {
        return QTest::qWaitFor([&window] { return !window.isLoading(); }, 10000);
    }

    QStringList rowTexts(const QTableWidget &table, int column)
    {
        QStringList out;
        for (int row = 0; row < table.rowCount(); ++row)
            out << table.item(row, column)->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installScreenshotLanguage(&m_translator));
        QVERIFY(m_dir.isValid());
        QVERIFY2(setUpHub(), m_hub.log().constData());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("records.sqlite"))),
                 Mirror::OpenStatus::Ok);
        m_adminAgent = agentFor(m_admin);
        m_agentAgent = agentFor(m_agent);
        QVERIFY(m_adminAgent.id > 0 && m_agentAgent.id > 0);
    }

    // 55 leads of the admin, 2 of the agent, 2 from customers who wrote: a page of 50, then the
    // rest; a search in any field; an owner's records only.
    void browsesSearchesFiltersAndPages()
    {
        for (int i = 1; i <= 55; ++i)
            QVERIFY(createRecord(
                        m_admin, Module::Leads,
                        {{QStringLiteral("Full Name"),
                          QStringLiteral("Paging %1").arg(i, 2, 10, QLatin1Char('0'))},
                         {QStringLiteral("Email"), QStringLiteral("p%1@example.com").arg(i)}}) > 0);
        QVERIFY(createRecord(m_agent, Module::Leads,
                             {{QStringLiteral("Full Name"), QStringLiteral("Bo's lead one")}}) > 0);
        QVERIFY(createRecord(m_agent, Module::Leads,
                             {{QStringLiteral("Full Name"), QStringLiteral("Bo's lead two")}}) > 0);
        sync();

        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        RecordsWindow window(m_mirror.database(), &client, m_agentAgent);
        window.show();
        QVERIFY(settled(window));
        QCOMPARE(window.module(), Module::Leads);
        QCOMPARE(window.rowCount(), RecordsWindow::pageSize);
        QVERIFY(window.hasMore());
        window.showMore();
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), 59); // 55 + 2 + the two customers' leads
        QVERIFY(!window.hasMore());
        QSet<Id> distinct;
        for (int row = 0; row < window.rowCount(); ++row)
            distinct.insert(window.recordIdAt(row));
        QCOMPARE(distinct.size(), 59); // the second page continues the first

        window.setSearch(QStringLiteral("p17@example"));
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), 1);
        window.setSearch(QStringLiteral("paging 4")); // any case
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), 10);          // 40 … 49
        window.setSearch(QStringLiteral("p1_@")); // a wildcard is a character
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), 0);
        window.setSearch(QString());
        QVERIFY(settled(window));
        // Bo's two, and any customer's lead the hub gave Bo when it came in.
        int bosLeads = 0;
        for (const Record &lead : RecordReads(m_mirror.database()).recordsOf(Module::Leads))
            bosLeads += lead.ownerId == m_agentAgent.id ? 1 : 0;
        QVERIFY(bosLeads >= 2 && bosLeads <= 4);
        window.setOwnerFilter(m_agentAgent.id);
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), bosLeads);
        window.setOwnerFilter(0);
        QVERIFY(settled(window));
        window.setModule(Module::Deals);
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), 0);
        window.setModule(Module::Leads);
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), RecordsWindow::pageSize);
    }

    // An agent creates a contact; it opens once it came back through sync.
    void anAgentCreatesAContact()
    {
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        RecordsWindow window(m_mirror.database(), &client, m_agentAgent);
        window.setModule(Module::Contacts);
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), 0);
        NewRecordDialog *dialog = window.newRecord(Module::Contacts);
        QVERIFY(dialog);
        QVERIFY(!dialog->canCreate()); // nothing filled in
        QVERIFY(!dialog->problemText().isEmpty());
        dialog->editorFor(QStringLiteral("First Name"))->setText(QStringLiteral("Joana"));
        dialog->editorFor(QStringLiteral("Mobile"))->setText(QStringLiteral("+55 11 97777-1234"));
        QVERIFY(dialog->canCreate());
        QSignalSpy created(dialog, &NewRecordDialog::created);
        dialog->findChild<QPushButton *>(QStringLiteral("createRecord"))->click();
        QVERIFY(created.wait(10000));
        const Id id = created.first().first().toLongLong();
        window.mirrorChanged(sync());
        QVERIFY(settled(window));
        QCOMPARE(window.rowCount(), 1);
        QCOMPARE(window.recordIdAt(0), id);
        QCOMPARE(window.detail()->recordId(), id);
        const std::optional<Record> stored = RecordReads(m_mirror.database()).record(id);
        QVERIFY(stored);
        QCOMPARE(stored->module, Module::Contacts);
        QCOMPARE(stored->ownerId, m_agentAgent.id);
        QCOMPARE(stored->field(QStringLiteral("Mobile")), QStringLiteral("+55 11 97777-1234"));
        QCOMPARE(window.detail()->fields()->editorFor(QStringLiteral("First Name"))->text(),
                 QStringLiteral("Joana"));
        QCOMPARE(window.detail()->chatPersonId(), id);

        // A viewer may look but not create.
        const Agent viewer = agentFor(m_viewer);
        RecordsWindow viewing(m_mirror.database(), &client, viewer);
        QVERIFY(!viewing.findChild<QPushButton *>(QStringLiteral("newLead"))->isEnabled());
        QVERIFY(!viewing.newRecord(Module::Leads));
    }

    // A record shows its conversations; a chat starts from a lead and from a deal (its lead).
    void aRecordShowsItsConversationsAndStartsAChat()
    {
        const Id lead = recordOf(m_fresh);
        QVERIFY(lead > 0);
        const Id deal = createRecord(m_agent, Module::Deals,
                                     {{QStringLiteral("Deal Name"), QStringLiteral("Blue shoes")},
                                      {QStringLiteral("Lead Id"), QString::number(lead)}});
        QVERIFY(deal > 0);
        sync();
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        RecordsWindow window(m_mirror.database(), &client, m_agentAgent);
        window.openRecord(lead);
        QVERIFY(settled(window));
        QCOMPARE(window.detail()->recordId(), lead);
        QCOMPARE(window.detail()->conversationCount(), 1);
        QCOMPARE(window.detail()->conversationAt(0), m_fresh);
        window.resize(1200, 640); // the conversation's line whole in every language
        QVERIFY(saveScreenshot(&window, QStringLiteral("records-browser")));
        QSignalSpy chat(&window, &RecordsWindow::chatRequested);
        QSignalSpy open(&window, &RecordsWindow::conversationRequested);
        window.detail()->findChild<QPushButton *>(QStringLiteral("startChat"))->click();
        QCOMPARE(chat.size(), 1);
        QCOMPARE(chat.first().first().toLongLong(), lead);

        window.openRecord(deal);
        QVERIFY(settled(window));
        QCOMPARE(window.module(), Module::Deals);
        QCOMPARE(window.rowCount(), 1);
        QCOMPARE(window.detail()->chatPersonId(), lead);
        window.detail()->findChild<QPushButton *>(QStringLiteral("startChat"))->click();
        QCOMPARE(chat.size(), 2);
        QCOMPARE(chat.last().first().toLongLong(), lead);
        QCOMPARE(open.size(), 0);
    }

    // R9.2: the admin chooses two leads of one customer, sees both and what moves, and merges.
    void anAdminMergesDuplicates()
    {
        const Id first = recordOf(m_fresh);
        const Id second = recordOf(m_stale);
        QVERIFY(first > 0 && second > 0 && first != second);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records/%1/activities").arg(second),
                           {{QStringLiteral("kind"), QStringLiteral("call")},
                            {QStringLiteral("title"), QStringLiteral("Call back")}},
                           m_agent)
                     .status,
                 201);
        QVERIFY(createRecord(m_agent, Module::Deals,
                             {{QStringLiteral("Deal Name"), QStringLiteral("Red boots")},
                              {QStringLiteral("Lead Id"), QString::number(second)}}) > 0);
        sync();

        HubClient agentClient;
        agentClient.setHub(m_hub.url());
        agentClient.setToken(m_agent);
        RecordsWindow agentWindow(m_mirror.database(), &agentClient, m_agentAgent);
        agentWindow.setSearch(QStringLiteral("Cliente"));
        QVERIFY(settled(agentWindow));
        QCOMPARE(agentWindow.rowCount(), 2);
        agentWindow.selectRecords({first, second});
        QVERIFY(!agentWindow.mergeSelected()); // admins only

        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_admin);
        RecordsWindow window(m_mirror.database(), &client, m_adminAgent);
        window.show();
        QVERIFY(settled(window));
        window.setSearch(QStringLiteral("Cliente"));
        QVERIFY(settled(window));
        window.selectRecords({first});
        QVERIFY(!window.mergeSelected()); // two are needed
        window.selectRecords({first, second});
        QVERIFY(window.mergeSelected()); // opens once both records are read
        MergeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<MergeDialog *>()) != nullptr);
        QCOMPARE(dialog->keptId(), qMin(first, second));
        dialog->swap();
        QCOMPARE(dialog->keptId(), qMax(first, second));
        dialog->swap();
        const Id kept = dialog->keptId();
        const Id duplicate = dialog->duplicateId();
        QCOMPARE(duplicate, second);
        // The duplicate's conversation, call and deal move; its other name is kept beside.
        // (In the language of the screenshots: the dialog's own words, not English ones.)
        QCOMPARE(dialog->movesText(),
                 MergeDialog::tr("Moves to #%1: %2, %3 and %4. #%5 is then deleted.")
                     .arg(kept)
                     .arg(MergeDialog::tr("%n conversation(s)", nullptr, 1),
                          MergeDialog::tr("%n activity(ies)", nullptr, 1),
                          MergeDialog::tr("%n deal(s)", nullptr, 1))
                     .arg(duplicate));
        const QStringList names = rowTexts(*dialog->fieldTable(), 0);
        const QStringList after = rowTexts(*dialog->fieldTable(), 3);
        const int alsoNamed = names.indexOf(fieldLabel(QStringLiteral("Full Name (2)")));
        QVERIFY2(alsoNamed >= 0, qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(after.at(alsoNamed), QStringLiteral("Cliente 0002"));
        QVERIFY(dialog->canMerge());

        QSignalSpy merged(dialog, &MergeDialog::merged);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmMerge"))->click();
        QVERIFY(merged.wait(10000));
        QCOMPARE(merged.first().first().toLongLong(), kept);
        window.mirrorChanged(sync());
        QVERIFY(settled(window));
        RecordReads reads(m_mirror.database());
        QVERIFY(!reads.record(duplicate));
        QCOMPARE(reads.record(kept)->field(QStringLiteral("Full Name (2)")),
                 QStringLiteral("Cliente 0002"));
        QCOMPARE(recordOf(m_stale), kept);
        QCOMPARE(reads.activities(kept).size(), 1);
        QCOMPARE(window.detail()->recordId(), kept);
        QCOMPARE(window.detail()->conversationCount(), 2);
        for (int row = 0; row < window.rowCount(); ++row)
            QVERIFY(window.recordIdAt(row) != duplicate);
    }
};

QTEST_MAIN(RecordsBrowserTest)
#include "tst_recordsbrowser.moc"
