// The template editor's header, footer and buttons (issue #14 item 7) against the real hub, with
// the real cloud simulator reviewing: the parts are edited, checked by core's rules, previewed as
// WhatsApp shows them, submitted to the chosen number's account, read back from the mirror, and
// deleted; the composer's template picker asks for the header value and link ending.
#include "../core/mirrorfixture.h"
#include "core/sync/hubclient.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/admin/templateeditor.h"
#include "ui/admin/templatepartseditor.h"
#include "ui/admin/templatespage.h"
#include "ui/conversation/templatesenddialog.h"
#include "ui/conversation/templatevaluesform.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class TemplatePartsUiTest : public QObject {
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
        m_page->resize(1200, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        sync();
    }

    void partsAreCheckedPreviewedAndSubmitted()
    {
        TemplateEditor *editor = m_page->editor();
        m_page->newTemplate();
        editor->findChild<QLineEdit *>(QStringLiteral("name"))
            ->setText(QStringLiteral("entrega_botoes"));
        auto *language = editor->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
        editor->findChild<QPlainTextEdit *>(QStringLiteral("body"))
            ->setPlainText(
                QStringLiteral("Olá $[Leads.First Name], seu pedido saiu para entrega."));
        auto *channel = editor->findChild<QComboBox *>(QStringLiteral("channel"));
        QCOMPARE(channel->count(), 1); // the mirror's channel
        QVERIFY(editor->canSubmit());

        TemplatePartsEditor *parts = editor->parts();
        auto *format = parts->findChild<QComboBox *>(QStringLiteral("headerFormat"));
        format->setCurrentIndex(format->findData(int(TemplateHeaderFormat::Text)));
        auto *headerText = parts->findChild<QLineEdit *>(QStringLiteral("headerText"));
        QTest::keyClicks(headerText, QStringLiteral("Pedido {{1}}"));
        // A variable without its sample: Meta's review would refuse it, so Submit is off.
        QVERIFY(!editor->canSubmit());
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QLatin1String("sample value")));
        QTest::keyClicks(parts->findChild<QLineEdit *>(QStringLiteral("headerExample")),
                         QStringLiteral("A-1042"));
        QVERIFY(editor->canSubmit());
        QTest::keyClicks(parts->findChild<QLineEdit *>(QStringLiteral("footer")),
                         QStringLiteral("Loja Exemplo"));

        // Buttons through the table: two quick replies and a link with a variable ending.
        auto *kind = parts->findChild<QComboBox *>(QStringLiteral("newButtonType"));
        auto *add = parts->findChild<QPushButton *>(QStringLiteral("addButton"));
        auto *table = parts->findChild<QTableWidget *>(QStringLiteral("buttons"));
        kind->setCurrentIndex(kind->findData(int(TemplateButtonType::QuickReply)));
        add->click();
        table->item(0, 1)->setText(QStringLiteral("Recebi"));
        kind->setCurrentIndex(kind->findData(int(TemplateButtonType::Url)));
        add->click();
        table->item(1, 1)->setText(QStringLiteral("Rastrear"));
        table->item(1, 2)->setText(QStringLiteral("https://loja.example/t/{{1}}"));
        QVERIFY(!editor->canSubmit()); // the link's sample ending is missing
        table->item(1, 3)->setText(QStringLiteral("A-1042"));
        QVERIFY(editor->canSubmit());
        kind->setCurrentIndex(kind->findData(int(TemplateButtonType::QuickReply)));
        add->click();
        table->item(2, 1)->setText(QStringLiteral("Não recebi"));
        // Quick replies split by the link: Meta refuses that.
        QVERIFY(!editor->canSubmit());
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("problems"))
                    ->text()
                    .contains(QLatin1String("next to each other")));
        table->setCurrentCell(1, 1);
        parts->findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        QCOMPARE(table->rowCount(), 2);
        kind->setCurrentIndex(kind->findData(int(TemplateButtonType::Url)));
        add->click();
        table->item(2, 1)->setText(QStringLiteral("Rastrear"));
        table->item(2, 2)->setText(QStringLiteral("https://loja.example/t/{{1}}"));
        table->item(2, 3)->setText(QStringLiteral("A-1042"));
        QVERIFY(editor->canSubmit());

        // The preview shows the bubble as WhatsApp does: sample filled in, footer, buttons.
        const QString preview =
            editor->findChild<QTextBrowser *>(QStringLiteral("preview"))->toPlainText();
        QVERIFY2(preview.contains(QLatin1String("Pedido A-1042")), qPrintable(preview));
        QVERIFY(preview.contains(QLatin1String("Loja Exemplo")));
        QVERIFY(preview.contains(QLatin1String("Recebi")));
        QVERIFY(preview.contains(QStringLiteral("Não recebi")));
        QVERIFY(preview.contains(QLatin1String("Rastrear")));
        QVERIFY(preview.indexOf(QLatin1String("Pedido")) < preview.indexOf(QStringLiteral("Olá")));
        grabIfAsked(QStringLiteral("template-editor-buttons"));

        QSignalSpy submitted(editor, &TemplateEditor::submitted);
        editor->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        QVERIFY(submitted.wait(5000));
        m_template = editor->templateId();
        QVERIFY(m_template > 0);
        QVERIFY(syncUntil(m_template, TemplateStatus::Approved));
        // What the simulator holds is what the editor showed.
        const QJsonArray data =
            m_sim
                .graph("GET", QStringLiteral("/%1/message_templates?name=entrega_botoes")
                                  .arg(m_sim.identity().wabaId))
                .json()
                .value(QStringLiteral("data"))
                .toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first()["components"].toArray().size(), 4);

        // Back from the mirror, read-only now that it is approved.
        QVERIFY(m_page->selectTemplate(m_template));
        const MessageTemplate shown = editor->draft();
        QCOMPARE(shown.header.text, QStringLiteral("Pedido {{1}}"));
        QCOMPARE(shown.footer, QStringLiteral("Loja Exemplo"));
        QCOMPARE(shown.buttons.size(), 3);
        QCOMPARE(shown.buttons.at(2).value, QStringLiteral("https://loja.example/t/{{1}}"));
        QVERIFY(!add->isEnabled());
        QVERIFY(headerText->isReadOnly());
    }

    void theComposerAsksForTheHeaderAndLinkValues()
    {
        QVERIFY(m_template > 0);
        const QString wamid = m_sim.inbound(QStringLiteral("5511987650061"),
                                            QStringLiteral("Marina Costa"), QStringLiteral("Oi!"));
        QVERIFY(!wamid.isEmpty());
        Conversation conversation;
        QTRY_VERIFY_WITH_TIMEOUT((sync(), conversation = firstConversation()).id > 0, 5000);
        TemplateSendDialog dialog(m_mirror.database(), &m_client, conversation);
        dialog.show();
        QVERIFY(dialog.templateCount() >= 1);
        TemplateValuesForm *values = dialog.valuesForm();
        QVERIFY(values->asksForValues());
        auto *header = values->findChild<QLineEdit *>(QStringLiteral("headerValue"));
        auto *ending = values->findChild<QLineEdit *>(QStringLiteral("urlValue1"));
        QVERIFY(header && ending);
        QVERIFY(!dialog.canSend());
        QTest::keyClicks(header, QStringLiteral("B-77"));
        QVERIFY(!dialog.canSend());
        QTest::keyClicks(ending, QStringLiteral("B-77"));
        QVERIFY(dialog.canSend());
        QVERIFY(dialog.previewText().contains(QLatin1String("Pedido B-77")));
        dialog.findChild<QPushButton *>(QStringLiteral("send"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(QStringLiteral("5511987650061")).size(), 1, 10000);
        const QJsonArray components = m_sim.sent(QStringLiteral("5511987650061"))
                                          .first()["template"]
                                          .toObject()["components"]
                                          .toArray();
        QCOMPARE(components.first()["parameters"].toArray()[0].toObject()["text"].toString(),
                 QStringLiteral("B-77"));
        QCOMPARE(components.last()["parameters"].toArray()[0].toObject()["text"].toString(),
                 QStringLiteral("B-77"));
    }

    void aDeletedTemplateLeavesTheList()
    {
        QVERIFY(m_template > 0);
        TemplateEditor *editor = m_page->editor();
        QVERIFY(m_page->selectTemplate(m_template));
        auto *remove = editor->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(remove->isVisibleTo(editor));
        remove->click();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = editor->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
        QSignalSpy deleted(editor, &TemplateEditor::deleted);
        ask->findChild<QPushButton *>(QStringLiteral("yesDelete"))->click();
        QVERIFY(deleted.wait(5000));
        QCOMPARE(editor->templateId(), Id(0));
        sync();
        for (int row = 0; row < m_page->rowCount(); ++row)
            QVERIFY(m_page->templateAt(row).id != m_template);
        QVERIFY(m_sim
                    .graph("GET", QStringLiteral("/%1/message_templates?name=entrega_botoes")
                                      .arg(m_sim.identity().wabaId))
                    .json()
                    .value(QStringLiteral("data"))
                    .toArray()
                    .isEmpty());
    }

private:
    // PARLEY_SCREENSHOT_DIR set: the page as the admin sees it, for docs/screenshots.
    void grabIfAsked(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PARLEY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // Tall and wide enough for the whole editor and its preview, without scrollbars.
        m_page->resize(1600, 1400);
        QTest::qWait(200);
        m_page->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    Conversation firstConversation()
    {
        Conversation conversation;
        QSqlQuery q(m_mirror.database());
        if (q.exec(QStringLiteral("SELECT id, record_id, record_module, customer_name FROM"
                                  " conversations ORDER BY id LIMIT 1")) &&
            q.next()) {
            conversation.id = q.value(0).toLongLong();
            conversation.recordId = q.value(1).toLongLong();
            conversation.recordModule = q.value(2).toString();
            conversation.customerName = q.value(3).toString();
        }
        return conversation;
    }

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

    bool syncUntil(Id id, TemplateStatus status)
    {
        for (int i = 0; i < 100; ++i) {
            sync();
            for (int row = 0; row < m_page->rowCount(); ++row) {
                if (m_page->templateAt(row).id == id && m_page->templateAt(row).status == status)
                    return true;
            }
            QTest::qWait(100);
        }
        return false;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_token;
    HubClient m_client;
    QTemporaryDir m_dir;
    Mirror m_mirror;
    std::unique_ptr<TemplatesPage> m_page;
    qint64 m_seq = 0;
    Id m_template = 0;
};

QTEST_MAIN(TemplatePartsUiTest)
#include "tst_templateeditorparts.moc"
