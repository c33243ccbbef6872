// The admin's templates screen (R6) against the real hub, with the real cloud simulator
// reviewing: counters at their limits switch Submit off (the account's 200 templates are
// tst_templatelimits'), "#" inserts a field of the module,
// pending and approved templates are read-only, a rejected one is changed and submitted again,
// automations are set up from the page, and a record sends a template (R6.5).
#include "../core/mirrorfixture.h"
#include "core/rules/templaterules.h"
#include "core/sync/hubclient.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "templateeditorprobe.h"
#include "ui/admin/automationdialog.h"
#include "ui/admin/automationpanel.h"
#include "ui/admin/templateeditor.h"
#include "ui/admin/templatefieldpicker.h"
#include "ui/admin/templatespage.h"
#include "ui/conversation/newchatdialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

// "w0 $[Leads.First Name] w1 $[Leads.First Name] … end": `count` fields with words between.
QString bodyWithFields(int count)
{
    QString body;
    for (int i = 0; i < count; ++i)
        body += QStringLiteral("w%1 $[Leads.First Name] ").arg(i);
    return body + QStringLiteral("end");
}

} // namespace

class TemplatesPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_token.isEmpty());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_token).status,
            200);
        m_client.setHub(m_hub.url());
        m_client.setToken(m_token);
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("mirror.sqlite"))),
                 Mirror::OpenStatus::Ok);
        m_page = std::make_unique<TemplatesPage>(m_mirror.database(), &m_client);
        m_page->resize(1100, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        sync();
        m_channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_token)
                .first()[QStringLiteral("id")]
                .toInteger();
        QVERIFY(m_channel > 0);
    }

    void countersStopSubmitPastTheBodyAndFieldLimits()
    {
        m_page->newTemplate();
        TemplateEditor *editor = m_page->editor();
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name"));
        auto *body = editor->findChild<QPlainTextEdit *>(QStringLiteral("body"));
        name->setText(QStringLiteral("limites"));
        body->setPlainText(QString(templateBodyMaxLength, QLatin1Char('x')));
        QVERIFY(!overLimit(editor, "characterCount"));
        QVERIFY(label(editor, "characterCount")->text().contains(QLatin1String("900 / 900")));
        QVERIFY(editor->canSubmit());
        body->setPlainText(QString(templateBodyMaxLength + 1, QLatin1Char('x')));
        QVERIFY(overLimit(editor, "characterCount"));
        QVERIFY(label(editor, "characterCount")->text().contains(QLatin1String("901 / 900")));
        QVERIFY(!editor->canSubmit());
        QVERIFY(label(editor, "problems")->isVisibleTo(editor));

        body->setPlainText(bodyWithFields(templateMaxMergeFields));
        QVERIFY(!overLimit(editor, "fieldCount"));
        QVERIFY(label(editor, "fieldCount")->text().contains(QLatin1String("10 / 10")));
        QVERIFY(editor->canSubmit());
        body->setPlainText(bodyWithFields(templateMaxMergeFields + 1));
        QVERIFY(overLimit(editor, "fieldCount"));
        QVERIFY(label(editor, "fieldCount")->text().contains(QLatin1String("11 / 10")));
        QVERIFY(!editor->canSubmit());
        // The preview reads like the customer's message, with sample values in the fields.
        body->setPlainText(QStringLiteral("Olá $[Leads.First Name], seu pedido saiu."));
        QVERIFY(editor->canSubmit());
        const QString preview = editor->findChild<QWidget *>(QStringLiteral("preview"))
                                    ->property("plainText")
                                    .toString();
        QVERIFY2(!preview.contains(QLatin1String("$[")), qPrintable(preview));
        QVERIFY2(preview.startsWith(QStringLiteral("Olá ")) &&
                     preview.endsWith(QStringLiteral(", seu pedido saiu.")),
                 qPrintable(preview));
    }

    void hashOpensTheModulesFieldsAndInsertsTheChosenOne()
    {
        m_page->newTemplate();
        TemplateEditor *editor = m_page->editor();
        auto *module = editor->findChild<QComboBox *>(QStringLiteral("module"));
        module->setCurrentIndex(module->findData(int(Module::Contacts)));
        auto *body = editor->findChild<QPlainTextEdit *>(QStringLiteral("body"));
        body->setFocus();
        body->setPlainText(QStringLiteral("Olá "));
        body->moveCursor(QTextCursor::End);
        TemplateFieldPicker *picker = editor->fieldPicker();
        QVERIFY(!picker->isOpen());
        QTest::keyClicks(body, QStringLiteral("#"));
        QVERIFY(picker->isOpen());
        QCOMPARE(picker->completer()->completionCount(),
                 int(moduleFields(Module::Contacts).size()));
        QTest::keyClicks(body, QStringLiteral("mail"));
        QCOMPARE(picker->completer()->completionCount(), 3); // Email, Mailing City, Mailing Country
        QTest::keyClicks(body, QStringLiteral("ing"));
        QCOMPARE(picker->completer()->completionCount(), 2);
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
        QCOMPARE(body->toPlainText(), QStringLiteral("Olá $[Contacts.Mailing City]"));
        QVERIFY(!picker->isOpen());

        // Escape leaves a plain "#", and typing on does not bring the list back.
        QTest::keyClicks(body, QStringLiteral(", no #"));
        QVERIFY(picker->isOpen());
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Escape);
        QVERIFY(!picker->isOpen());
        QTest::keyClicks(body, QStringLiteral("12"));
        QVERIFY(!picker->isOpen());
        QCOMPARE(body->toPlainText(), QStringLiteral("Olá $[Contacts.Mailing City], no #12"));
    }

    void reviewedTemplatesAreLockedAndRejectedOnesGoBackForReview()
    {
        TemplateEditor *editor = m_page->editor();
        const Id approved = submitNew(QStringLiteral("pedido_enviado"),
                                      QStringLiteral("Olá $[Leads.First Name], seu pedido saiu."));
        QVERIFY(approved > 0);
        // In review: nothing can change.
        QCOMPARE(editor->templateId(), approved);
        QVERIFY(editor->isLocked());
        QVERIFY(editor->findChild<QPlainTextEdit *>(QStringLiteral("body"))->isReadOnly());
        QVERIFY(
            !editor->findChild<QPushButton *>(QStringLiteral("submitButton"))->isVisibleTo(editor));
        QVERIFY(syncUntil(approved, QStringLiteral("Approved")));
        QCOMPARE(editor->templateId(), approved);
        QCOMPARE(editor->draft().status, TemplateStatus::Approved);
        QVERIFY(editor->isLocked());
        QVERIFY(editor->findChild<QPlainTextEdit *>(QStringLiteral("body"))->isReadOnly());
        QCOMPARE(label(editor, "state")->text(),
                 checkTemplateEditable(TemplateStatus::Approved).first().message());

        // The same name again: the hub's refusal is shown and the text stays to be fixed.
        const QString copy = QStringLiteral("Olá $[Leads.First Name], outro texto.");
        m_page->newTemplate();
        fill(QStringLiteral("pedido_enviado"), copy);
        editor->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 5000);
        QVERIFY2(editor->errorText().contains(QLatin1String("pedido_enviado")),
                 qPrintable(editor->errorText()));
        QCOMPARE(editor->findChild<QPlainTextEdit *>(QStringLiteral("body"))->toPlainText(), copy);
        QCOMPARE(editor->templateId(), Id(0));

        // A sales pitch filed as Utility comes back rejected, with the reason listed.
        const Id rejected =
            submitNew(QStringLiteral("aviso_desconto"),
                      QStringLiteral("Olá $[Leads.First Name], hoje tem desconto."));
        QVERIFY(syncUntil(rejected, QStringLiteral("Rejected")));
        // Meta's INCORRECT_CATEGORY, in words.
        QCOMPARE(m_page->cellText(rowOf(rejected), TemplatesPage::ReasonColumn),
                 QStringLiteral("wrong category"));
        QVERIFY(m_page->selectTemplate(rejected));
        QVERIFY(!editor->isLocked());
        auto *body = editor->findChild<QPlainTextEdit *>(QStringLiteral("body"));
        QVERIFY(!body->isReadOnly());
        QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("name"))->isReadOnly());
        QVERIFY(label(editor, "state")->text().contains(QLatin1String("wrong category")));
        body->setPlainText(QStringLiteral("Olá $[Leads.First Name], sua troca foi registrada."));
        QVERIFY(editor->canSubmit());
        editor->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 5000);
        QCOMPARE(editor->errorText(), QString());
        QVERIFY(syncUntil(rejected, QStringLiteral("Approved")));
        QCOMPARE(m_page->templateAt(rowOf(rejected)).body,
                 QStringLiteral("Olá $[Leads.First Name], sua troca foi registrada."));
        m_approved = approved;
    }

    void automationsAreSetUpAndRemovedFromThePage()
    {
        QVERIFY(m_approved > 0);
        AutomationPanel *panel = m_page->automations();
        panel->reload();
        QSignalSpy loaded(panel, &AutomationPanel::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(panel->rowCount(), 0);
        AutomationDialog *dialog = panel->add();
        dialog->setModule(Module::Contacts);
        QCOMPARE(dialog->templateCount(), 0); // no approved Contacts template
        QVERIFY(!dialog->canCreate());
        dialog->setModule(Module::Leads);
        QCOMPARE(dialog->templateCount(), 2); // both approved Leads templates, nothing else
        QVERIFY(dialog->chooseTemplate(m_approved));
        QVERIFY(dialog->chooseChannel(m_channel));
        dialog->create();
        QTRY_COMPARE_WITH_TIMEOUT(panel->rowCount(), 1, 5000);

        const HttpReply record = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Leads"},
             {"fields", QJsonObject{{"First Name", "Lia"}, {"Mobile", "5511987650091"}}}},
            m_token);
        QCOMPARE(record.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(QStringLiteral("5511987650091")).size(), 1, 10000);

        panel->reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(panel->rowCount(), 1);
        auto *table = panel->findChild<QAbstractItemView *>(QStringLiteral("automations"));
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("1"));
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        table->setCurrentIndex(table->model()->index(0, 0));
        panel->deleteCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(panel->rowCount(), 0, 5000);
    }

    void aRecordIsSentAnApprovedTemplateOfItsModule()
    {
        QVERIFY(m_approved > 0);
        const HttpReply created = m_hub.post(QStringLiteral("/api/v1/records"),
                                             {{"module", "Leads"},
                                              {"fields", QJsonObject{{"First Name", "Marina"},
                                                                     {"Full Name", "Marina Costa"},
                                                                     {"Mobile", "5511987650092"},
                                                                     {"Phone", "5511987650093"}}}},
                                             m_token);
        QCOMPARE(created.status, 201);
        const Id recordId = created.json().value(QStringLiteral("record"))["id"].toInteger();
        sync();
        NewChatDialog dialog(m_mirror.database(), &m_client, recordId);
        QCOMPARE(dialog.recordId(), recordId);
        QCOMPARE(dialog.numberCount(), 2);
        QCOMPARE(dialog.templateCount(), 2);
        QVERIFY(dialog.chooseTemplate(m_approved));
        QCOMPARE(dialog.previewText(), QStringLiteral("Olá Marina, seu pedido saiu."));
        dialog.setNumber(QStringLiteral("5511987650093"));
        QVERIFY(dialog.canSend());
        QSignalSpy started(&dialog, &NewChatDialog::started);
        dialog.send();
        QVERIFY(started.wait(5000));
        const Id conversation = started.first().first().toLongLong();
        QVERIFY(conversation > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(QStringLiteral("5511987650093")).size(), 1, 10000);
        const QJsonObject onTheWire =
            m_sim.sent(QStringLiteral("5511987650093")).first().toObject();
        QCOMPARE(onTheWire["template"]["name"].toString(), QStringLiteral("pedido_enviado"));
        QCOMPARE(onTheWire["template"]["parameters"].toArray(),
                 QJsonArray{QStringLiteral("Marina")});
        QCOMPARE(m_sim.sent(QStringLiteral("5511987650092")).size(), 0);
        // The chat is the record's, not a new lead's.
        sync();
        QSqlQuery q(m_mirror.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT record_id FROM conversations WHERE id = %1").arg(conversation)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), recordId);
    }

private:
    MirrorChanges sync()
    {
        MirrorChanges changes;
        const HttpReply reply =
            m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(m_seq), m_token);
        SyncBatch batch;
        QString error;
        if (reply.status != 200 || !fromJson(reply.json(), &batch, &error)) {
            qWarning() << "sync failed" << reply.status << error;
            return changes;
        }
        if (!m_mirror.apply(batch, &changes))
            qWarning() << "mirror apply failed";
        m_seq = batch.next;
        m_page->refresh(changes);
        return changes;
    }

    int rowOf(Id id) const
    {
        for (int row = 0; row < m_page->rowCount(); ++row) {
            if (m_page->templateAt(row).id == id)
                return row;
        }
        return -1;
    }

    bool syncUntil(Id id, const QString &status)
    {
        for (int i = 0; i < 100; ++i) {
            sync();
            const int row = rowOf(id);
            if (row >= 0 && m_page->cellText(row, TemplatesPage::StatusColumn) == status)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    void fill(const QString &name, const QString &body)
    {
        TemplateEditor *editor = m_page->editor();
        editor->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
        auto *language = editor->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
        editor->findChild<QPlainTextEdit *>(QStringLiteral("body"))->setPlainText(body);
    }

    Id submitNew(const QString &name, const QString &body)
    {
        m_page->newTemplate();
        fill(name, body);
        TemplateEditor *editor = m_page->editor();
        if (!editor->canSubmit())
            return 0;
        QSignalSpy submitted(editor, &TemplateEditor::submitted);
        editor->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        if (!submitted.wait(5000))
            return 0;
        return editor->templateId(); // the editor now shows the hub's copy
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_token;
    HubClient m_client;
    QTemporaryDir m_dir;
    Mirror m_mirror;
    std::unique_ptr<TemplatesPage> m_page;
    qint64 m_seq = 0;
    qint64 m_channel = 0;
    Id m_approved = 0;
};

QTEST_MAIN(TemplatesPageTest)
#include "tst_templatespage.moc"
