// "New WhatsApp chat" (R2.4) offers only connected numbers and approved templates, checks the
// customer's number before anything is sent, and says why it cannot send.
#include "../core/mirrorfixture.h"
#include "ui/conversation/newchatdialog.h"

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
};

QTEST_MAIN(NewChatDialogTest)
#include "tst_newchatdialog.moc"
