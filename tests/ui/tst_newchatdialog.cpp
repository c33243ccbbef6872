// "New WhatsApp chat" (R2.4) offers only connected numbers and approved templates, checks the
// customer's number before anything is sent, and says why it cannot send.
#include "../core/mirrorfixture.h"
#include "ui/conversation/newchatdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class NewChatDialogTest : public QObject {
    Q_OBJECT
private slots:
    void offersApprovedTemplatesAndChecksTheNumber()
    {
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        NewChatDialog empty(mirror.database(), nullptr);
        QCOMPARE(empty.templateCount(), 0);
        QVERIFY(!empty.canSend());

        EventLog log;
        Channel channel;
        channel.id = 1;
        channel.name = QStringLiteral("Loja");
        channel.status = ChannelStatus::Connected;
        MessageTemplate approved;
        approved.id = 3;
        approved.name = QStringLiteral("boas_vindas");
        approved.status = TemplateStatus::Approved;
        MessageTemplate pending = approved;
        pending.id = 4;
        pending.name = QStringLiteral("em_revisao");
        pending.status = TemplateStatus::Pending;
        QVERIFY(mirror.apply(batchOf({log.raw(EventType::ChannelUpdated, toJson(channel)),
                                      log.raw(EventType::TemplateUpdated, toJson(approved)),
                                      log.raw(EventType::TemplateUpdated, toJson(pending))})));
        NewChatDialog dialog(mirror.database(), nullptr);
        QCOMPARE(dialog.templateCount(), 1);
        dialog.setNumber(QStringLiteral("12ab"));
        QVERIFY(!dialog.canSend());
        dialog.setNumber(QStringLiteral("+55 11 91234-5678"));
        QVERIFY(!dialog.canSend()); // no hub given: nothing can be sent from here
    }

    // R6.5 "Send WhatsApp template" from a record: its numbers, its module's approved
    // templates, a preview with its values, and a clear reason when it cannot be sent.
    void fromARecordOffersItsNumbersAndItsModulesTemplates()
    {
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        Channel channel;
        channel.id = 1;
        channel.name = QStringLiteral("Loja");
        channel.status = ChannelStatus::Connected;
        MessageTemplate greeting;
        greeting.id = 3;
        greeting.name = QStringLiteral("boas_vindas");
        greeting.module = Module::Leads;
        greeting.body = QStringLiteral("Olá $[Leads.First Name], bem-vinda.");
        greeting.status = TemplateStatus::Approved;
        MessageTemplate company = greeting;
        company.id = 4;
        company.name = QStringLiteral("empresa");
        company.body = QStringLiteral("Olá, $[Leads.Company] está cadastrada.");
        MessageTemplate forContacts = greeting;
        forContacts.id = 5;
        forContacts.name = QStringLiteral("contato");
        forContacts.module = Module::Contacts;
        forContacts.body = QStringLiteral("Olá $[Contacts.First Name], tudo bem.");
        Record lead;
        lead.id = 7;
        lead.module = Module::Leads;
        lead.fields = {{QStringLiteral("First Name"), QStringLiteral("Marina")},
                       {QStringLiteral("Mobile"), QStringLiteral("+55 11 98765-0001")},
                       {QStringLiteral("Phone"), QStringLiteral("+55 11 3333-4444")}};
        Record deal;
        deal.id = 8;
        deal.module = Module::Deals;
        deal.fields = {{QStringLiteral("Deal Name"), QStringLiteral("Pedido")}};
        Record noNumber = lead;
        noNumber.id = 9;
        noNumber.fields = {{QStringLiteral("First Name"), QStringLiteral("Rui")}};
        QVERIFY(mirror.apply(batchOf({log.raw(EventType::ChannelUpdated, toJson(channel)),
                                      log.raw(EventType::TemplateUpdated, toJson(greeting)),
                                      log.raw(EventType::TemplateUpdated, toJson(company)),
                                      log.raw(EventType::TemplateUpdated, toJson(forContacts)),
                                      log.raw(EventType::RecordUpdated, toJson(lead)),
                                      log.raw(EventType::RecordUpdated, toJson(deal)),
                                      log.raw(EventType::RecordUpdated, toJson(noNumber))})));

        NewChatDialog dialog(mirror.database(), nullptr, lead.id);
        QCOMPARE(dialog.recordId(), lead.id);
        QCOMPARE(dialog.numberCount(), 2);
        QCOMPARE(dialog.templateCount(), 2); // the Contacts template is not offered
        QVERIFY(dialog.chooseTemplate(greeting.id));
        QVERIFY(!dialog.chooseTemplate(forContacts.id));
        QCOMPARE(dialog.previewText(), QStringLiteral("Olá Marina, bem-vinda."));
        QCOMPARE(dialog.problemText(), QString());
        // The lead has no Company: the hub would refuse, so the dialog says so first.
        QVERIFY(dialog.chooseTemplate(company.id));
        QVERIFY2(dialog.problemText().contains(QLatin1String("$[Leads.Company]")),
                 qPrintable(dialog.problemText()));
        QVERIFY(!dialog.canSend());

        NewChatDialog forDeal(mirror.database(), nullptr, deal.id);
        QVERIFY(!forDeal.problemText().isEmpty());
        QVERIFY(!forDeal.canSend());
        NewChatDialog withoutNumber(mirror.database(), nullptr, noNumber.id);
        QCOMPARE(withoutNumber.numberCount(), 0);
        QVERIFY(!withoutNumber.problemText().isEmpty());
        NewChatDialog unknown(mirror.database(), nullptr, Id(404));
        QCOMPARE(unknown.templateCount(), 0);
        QVERIFY(!unknown.problemText().isEmpty());
        QVERIFY(!unknown.canSend());
    }
    // Keyboard first (issue #16): the customer's number has the focus, Tab goes down the form
    // to Send and then Cancel, a name with a space is typed into the name field (it once
    // pressed Cancel), and Enter never cancels.
    void focusStartsAtTheNumberAndTabFollowsTheForm()
    {
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        NewChatDialog dialog(mirror.database(), nullptr);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *number = nullptr;
        QLineEdit *name = nullptr;
        for (QLineEdit *edit : edits) {
            if (edit->parentWidget() != &dialog)
                continue; // a combo box's own editor
            (edit->placeholderText().isEmpty() ? name : number) = edit;
        }
        QVERIFY(number && name);
        QCOMPARE(QApplication::focusWidget(), number);
        QTest::keyClicks(number, QStringLiteral("+55 11 91234-5678"));
        QTest::keyClick(number, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, QStringLiteral("Ana Souza"));
        QCOMPARE(name->text(), QStringLiteral("Ana Souza"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(number->text(), QStringLiteral("+55 11 91234-5678"));

        // Enter with nothing to send (no hub here) neither sends nor cancels.
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);

        // The contact picker, its numbers (disabled until a contact is picked, so Tab passes
        // it by), the WhatsApp number and the template.
        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 4);
        QVERIFY(!combos.at(1)->isEnabled());
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("send"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancel"));
        QVERIFY(send && cancel);
        QVERIFY(send->isDefault());
        QVERIFY(!cancel->isDefault() && !cancel->autoDefault());
        // Picker, WhatsApp number, template, Send (enabled once a hub is there), Cancel.
        send->setEnabled(true);
        const QList<QWidget *> order{combos.at(0), combos.at(2), combos.at(3),
                                     send,         cancel,       number};
        for (QWidget *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
    }
};

QTEST_MAIN(NewChatDialogTest)
#include "tst_newchatdialog.moc"
