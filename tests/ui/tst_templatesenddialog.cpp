// The template offer of a closed window: only approved templates of the record's module, the
// preview filled from the record, and no send while a value is missing.
#include "../core/mirrorfixture.h"
#include "ui/conversation/templatesenddialog.h"

#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class TemplateSendDialogTest : public QObject {
    Q_OBJECT
private slots:
    void offersApprovedTemplatesFilledFromTheRecord()
    {
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        const auto tpl = [](Id id, const char *name, TemplateStatus status, Module module,
                            const char *body) {
            MessageTemplate t;
            t.id = id;
            t.name = QString::fromLatin1(name);
            t.language = QStringLiteral("pt_BR");
            t.status = status;
            t.module = module;
            t.body = QString::fromUtf8(body);
            return t;
        };
        Record ana;
        ana.id = 5;
        ana.module = Module::Leads;
        ana.fields.insert(QStringLiteral("First Name"), QStringLiteral("Ana"));
        QVERIFY(mirror.apply(batchOf(
            {log.raw(EventType::RecordUpdated, toJson(ana)),
             log.raw(EventType::TemplateUpdated,
                     toJson(tpl(1, "ola", TemplateStatus::Approved, Module::Leads,
                                "Olá $[Leads.First Name], seu pedido chegou!"))),
             log.raw(
                 EventType::TemplateUpdated,
                 toJson(tpl(2, "rejeitado", TemplateStatus::Rejected, Module::Leads, "Promoção!"))),
             log.raw(EventType::TemplateUpdated,
                     toJson(tpl(3, "contato", TemplateStatus::Approved, Module::Contacts,
                                "Oi $[Contacts.First Name]"))),
             log.raw(EventType::TemplateUpdated,
                     toJson(tpl(4, "empresa", TemplateStatus::Approved, Module::Leads,
                                "Olá equipe da $[Leads.Company]!")))})));
        Conversation conversation;
        conversation.id = 9;
        conversation.customerName = QStringLiteral("Ana");
        conversation.recordModule = QStringLiteral("Leads");
        conversation.recordId = 5;
        TemplateSendDialog dialog(mirror.database(), nullptr, conversation);
        // "empresa" and "ola": approved, Leads; sorted by name.
        QCOMPARE(dialog.templateCount(), 2);
        QCOMPARE(dialog.previewText(), QStringLiteral("Olá equipe da !"));
        auto *send = dialog.findChild<QPushButton *>();
        QVERIFY(send);
        auto *list = dialog.findChild<QListWidget *>();
        list->setCurrentRow(1);
        QCOMPARE(dialog.previewText(), QStringLiteral("Olá Ana, seu pedido chegou!"));
    }
};

QTEST_MAIN(TemplateSendDialogTest)
#include "tst_templatesenddialog.moc"
