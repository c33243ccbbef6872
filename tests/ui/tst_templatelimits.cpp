// The account's 200 templates (R6) on the admin's templates screen, from the mirror alone: at
// the limit only a rejected template may be submitted again, and a template taken back as a
// draft frees a place. Split from tst_templatespage, which runs the screen against the hub.
#include "../core/mirrorfixture.h"
#include "core/protocol/entitycodec.h"
#include "core/rules/templaterules.h"
#include "core/sync/hubclient.h"
#include "templateeditorprobe.h"
#include "ui/admin/templateeditor.h"
#include "ui/admin/templatespage.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

MessageTemplate storedTemplate(Id id, TemplateStatus status)
{
    MessageTemplate t;
    t.id = id;
    t.name = QStringLiteral("modelo_%1").arg(id);
    t.language = QStringLiteral("pt_BR");
    t.body = QStringLiteral("Olá $[Leads.First Name], tudo certo.");
    t.status = status;
    t.rejectionReason = status == TemplateStatus::Rejected ? QStringLiteral("SPAM") : QString();
    return t;
}

} // namespace

class TemplateLimitsTest : public QObject {
    Q_OBJECT
private slots:
    void twoHundredTemplatesLeaveRoomOnlyForResubmitting()
    {
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("full.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        const TemplateStatus statuses[] = {TemplateStatus::Approved, TemplateStatus::Pending,
                                           TemplateStatus::Rejected};
        for (int i = 1; i <= templatesPerAccountMax; ++i)
            events.append(
                log.raw(EventType::TemplateUpdated, toJson(storedTemplate(i, statuses[i % 3]))));
        QVERIFY(mirror.apply(batchOf(events)));
        TemplatesPage page(mirror.database(), &client);
        QCOMPARE(page.rowCount(), templatesPerAccountMax);
        TemplateEditor *editor = page.editor();
        page.newTemplate();
        editor->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("mais_um"));
        editor->findChild<QPlainTextEdit *>(QStringLiteral("body"))
            ->setPlainText(QStringLiteral("Olá $[Leads.First Name], tudo certo."));
        QVERIFY(label(editor, "templateCount")->text().contains(QLatin1String("200 / 200")));
        QVERIFY(overLimit(editor, "templateCount"));
        QVERIFY(!editor->canSubmit());
        // A rejected template already counts: it may be changed and sent again.
        QVERIFY(page.selectTemplate(2));
        QCOMPARE(editor->draft().status, TemplateStatus::Rejected);
        QVERIFY(!overLimit(editor, "templateCount"));
        QVERIFY(editor->canSubmit());
        // One left as a draft frees a place: 199 count.
        MessageTemplate draft = storedTemplate(1, TemplateStatus::Draft);
        MirrorChanges changes;
        QVERIFY(
            mirror.apply(batchOf({log.raw(EventType::TemplateUpdated, toJson(draft))}), &changes));
        page.refresh(changes);
        page.newTemplate();
        editor->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("mais_um"));
        editor->findChild<QPlainTextEdit *>(QStringLiteral("body"))
            ->setPlainText(QStringLiteral("Olá $[Leads.First Name], tudo certo."));
        QVERIFY(label(editor, "templateCount")->text().contains(QLatin1String("199 / 200")));
        QVERIFY(!overLimit(editor, "templateCount"));
        QVERIFY(editor->canSubmit());
    }

private:
    HubClient client; // no hub: counting needs none
};

QTEST_MAIN(TemplateLimitsTest)
#include "tst_templatelimits.moc"
