// "New WhatsApp chat" picks a contact, or a deal's contact, and one of its numbers (R9.3),
// against a real parley-hub and simulator: the chat the hub starts belongs to that contact, and
// a number typed by hand still works and finds the same record (no second lead).
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/events.h"
#include "core/sync/hubclient.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/conversation/newchatdialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class NewChatPickerTest : public QObject {
    Q_OBJECT
private:
    HubProcess m_hub;
    SimProcess m_sim;
    QString m_agent;
    QTemporaryDir m_dir;
    Mirror m_mirror;
    Id m_template = 0;
    Id m_contact = 0;
    Id m_deal = 0;

    void sync()
    {
        SyncBatch batch;
        QString error;
        if (!fromJson(
                m_hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(m_mirror.lastSeq()), m_agent)
                    .json(),
                &batch, &error) ||
            !m_mirror.apply(batch))
            qWarning() << "sync failed:" << error << m_mirror.errorString();
    }

    QString templateStatus()
    {
        for (const QJsonValue &t : m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                 QStringLiteral("templates"), m_agent)) {
            if (t[QStringLiteral("id")].toInteger() == m_template)
                return t[QStringLiteral("status")].toString();
        }
        return {};
    }

    Id createRecord(Module module, const QJsonObject &fields)
    {
        return m_hub
            .post(QStringLiteral("/api/v1/records"),
                  {{QStringLiteral("module"), moduleName(module)},
                   {QStringLiteral("fields"), fields}},
                  m_agent)
            .json()[QStringLiteral("record")][QStringLiteral("id")]
            .toInteger();
    }

    // Sends from `dialog` and returns the record of the conversation it started.
    Id sendAndFollow(NewChatDialog &dialog)
    {
        QSignalSpy started(&dialog, &NewChatDialog::started);
        dialog.send();
        if (!started.wait(10000)) {
            qWarning() << "not started:" << dialog.problemText();
            return 0;
        }
        const Id conversationId = started.first().first().toLongLong();
        sync();
        Conversation conversation;
        QString error;
        if (!fetchConversation(m_mirror.database(), conversationId, &conversation, &error))
            return 0;
        return conversation.recordId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_hub.addAgent(QStringLiteral("admin"), QStringLiteral("admin"),
                               QStringLiteral("admin-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        const QString admin =
            m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!admin.isEmpty() && !m_agent.isEmpty());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, admin).status,
            200);
        const HttpReply submitted = m_hub.post(QStringLiteral("/api/v1/templates"),
                                               {{"name", "ola_cliente"},
                                                {"language", "pt_BR"},
                                                {"category", "UTILITY"},
                                                {"module", "Contacts"},
                                                {"body", "Olá, podemos ajudar com o seu pedido?"}},
                                               admin);
        QCOMPARE(submitted.status, 202);
        m_template = submitted.json().value(QStringLiteral("template"))["id"].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(templateStatus(), QStringLiteral("APPROVED"), 10000);
        m_contact = createRecord(Module::Contacts, {{"Full Name", "Joana Prado"},
                                                    {"Mobile", "+55 11 98888-0001"},
                                                    {"Phone", "+55 11 3222-0002"}});
        m_deal = createRecord(Module::Deals, {{"Deal Name", "Vestido azul"},
                                              {"Contact Id", QString::number(m_contact)}});
        QVERIFY(m_contact > 0 && m_deal > 0);
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("picker.sqlite"))),
                 Mirror::OpenStatus::Ok);
        sync();
    }

    void aDealsContactAndOneOfItsNumbers()
    {
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        NewChatDialog dialog(m_mirror.database(), &client);
        QVERIFY(dialog.chooseTemplate(m_template));
        QVERIFY(!dialog.chooseCustomer(Id(4040))); // not a contact or deal of this mirror
        QVERIFY(dialog.chooseCustomer(m_deal));
        QCOMPARE(dialog.customerRecordId(), m_contact);
        QCOMPARE(dialog.numberCount(), 2);
        auto *typed = dialog.findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(typed && !typed->isEnabled()); // the picked numbers replace the typed one
        dialog.setNumber(QStringLiteral("+55 11 3222-0002"));
        QVERIFY2(dialog.canSend(), qPrintable(dialog.problemText()));
        QCOMPARE(sendAndFollow(dialog), m_contact);
    }

    void aContactPickedThenATypedNumberStillWorks()
    {
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        NewChatDialog picked(m_mirror.database(), &client);
        QVERIFY(picked.chooseTemplate(m_template));
        QVERIFY(picked.chooseCustomer(m_contact));
        QCOMPARE(picked.customerRecordId(), m_contact);
        QVERIFY(picked.chooseCustomer(0)); // back to typing
        QCOMPARE(picked.customerRecordId(), Id(0));
        QCOMPARE(picked.numberCount(), 0);
        QVERIFY(!picked.canSend());
        // The contact's mobile typed the way an agent types it: the hub finds the contact.
        picked.setNumber(QStringLiteral("+55 (11) 98888-0001"));
        QVERIFY2(picked.canSend(), qPrintable(picked.problemText()));
        QCOMPARE(sendAndFollow(picked), m_contact);
    }
};

QTEST_MAIN(NewChatPickerTest)
#include "tst_newchatpicker.moc"
