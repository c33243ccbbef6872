// Predefined texts (R4.2, R5) through a real parley-hub: the Manage dialog creates, edits and
// deletes texts, and "New predefined text" beside the composer saves one ready to pick. The
// picker and editor on their own: tst_predefinedtexts.
#include "../core/mirrorfixture.h"
#include "hubprocess.h"
#include "predefinedtextsfixture.h"
#include "ui/texts/predefinedtexteditor.h"
#include "ui/texts/predefinedtextmanager.h"
#include "ui/texts/predefinedtextpicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class PredefinedTextManagerTest : public QObject, protected PredefinedTextsFixture {
    Q_OBJECT
private:
    static QJsonArray hubTexts(HubProcess &hub, const QString &token)
    {
        return hub.get(QStringLiteral("/api/v1/predefined-texts"), token)
            .json()
            .value(QStringLiteral("predefined_texts"))
            .toArray();
    }

    static QJsonObject hubText(HubProcess &hub, const QString &token, Id id)
    {
        for (const QJsonValue &each : hubTexts(hub, token)) {
            if (each[QStringLiteral("id")].toInteger() == id)
                return each.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theManagerChangesTextsThroughTheHub()
    {
        HubProcess hub;
        QVERIFY(hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                             QStringLiteral("bo-password")));
        QVERIFY2(hub.start(), hub.log().constData());
        const QString token = hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!token.isEmpty());
        HubClient client;
        client.setHub(hub.url());
        client.setToken(token);
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("manager.sqlite"))),
                 Mirror::OpenStatus::Ok);
        const auto sync = [&] {
            SyncBatch batch;
            QString error;
            QVERIFY(fromJson(
                hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(mirror.lastSeq()), token)
                    .json(),
                &batch, &error));
            QVERIFY2(mirror.apply(batch), qPrintable(mirror.errorString()));
        };

        PredefinedTextManager manager(mirror.database(), &client);
        QAbstractItemModelTester tester(manager.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        manager.show();
        QSignalSpy saved(&manager, &PredefinedTextManager::textSaved);
        QSignalSpy deleted(&manager, &PredefinedTextManager::textDeleted);
        QTRY_VERIFY(manager.model()->isLoaded()); // read on the store's reader thread
        QCOMPARE(manager.model()->rowCount(), 0);

        // Create.
        PredefinedTextEditor *editor = manager.newText();
        QVERIFY(editor);
        auto *module = child<QComboBox>(*editor, "module");
        module->setCurrentIndex(module->findData(int(Module::Contacts)));
        child<QLineEdit>(*editor, "name")->setText(QStringLiteral("Welcome"));
        child<QPlainTextEdit>(*editor, "body")
            ->setPlainText(QStringLiteral("Welcome, $[Contacts.First Name]!"));
        child<QPushButton>(*editor, "saveButton")->click();
        QVERIFY(editor->isSaving()); // the click returned at once; the hub answers later
        QVERIFY(!child<QPushButton>(*editor, "saveButton")->isEnabled());
        QVERIFY(saved.wait(10000));
        const Id id = saved.first().first().value<PredefinedText>().id;
        QVERIFY(id > 0);
        QJsonObject stored = hubText(hub, token, id);
        QCOMPARE(stored[QStringLiteral("name")].toString(), QStringLiteral("Welcome"));
        QCOMPARE(stored[QStringLiteral("module")].toString(), QStringLiteral("Contacts"));
        // Listed before the mirror has it, and still listed once it does.
        QCOMPARE(names(*manager.model()), QStringList{QStringLiteral("Welcome")});
        sync();
        manager.reload();
        QTRY_VERIFY(!manager.model()->isLoading());
        QCOMPARE(names(*manager.model()), QStringList{QStringLiteral("Welcome")});
        QCOMPARE(MirrorReads(mirror.database()).predefinedTexts().size(), 1);

        // Edit: the module stays.
        manager.selectText(id);
        editor = manager.editCurrent();
        QVERIFY(editor);
        QVERIFY(!child<QComboBox>(*editor, "module")->isEnabled());
        child<QPlainTextEdit>(*editor, "body")
            ->setPlainText(QStringLiteral("Welcome back, $[Contacts.First Name]!"));
        child<QPushButton>(*editor, "saveButton")->click();
        QVERIFY(saved.wait(10000));
        stored = hubText(hub, token, id);
        QCOMPARE(stored[QStringLiteral("body")].toString(),
                 QStringLiteral("Welcome back, $[Contacts.First Name]!"));
        QCOMPARE(stored[QStringLiteral("module")].toString(), QStringLiteral("Contacts"));
        QCOMPARE(manager.currentText().body, stored[QStringLiteral("body")].toString());

        // Saving a text someone else deleted meanwhile: the hub's refusal, translated.
        const HttpReply other = hub.post(
            QStringLiteral("/api/v1/predefined-texts"),
            {{"name", "Temp"}, {"module", "Leads"}, {"body", "Hello $[Leads.First Name]"}}, token);
        QCOMPARE(other.status, 201);
        const Id otherId =
            other.json()[QStringLiteral("predefined_text")][QStringLiteral("id")].toInteger();
        sync();
        manager.reload();
        QTRY_VERIFY(!manager.model()->isLoading());
        manager.selectText(otherId);
        editor = manager.editCurrent();
        QVERIFY(editor);
        const Headers auth = {{"Authorization", "Bearer " + token.toUtf8()}};
        QCOMPARE(httpCall("DELETE",
                          hub.url(QStringLiteral("/api/v1/predefined-texts/%1").arg(otherId)), {},
                          auth)
                     .status,
                 200);
        child<QLineEdit>(*editor, "name")->setText(QStringLiteral("Temp 2"));
        child<QPushButton>(*editor, "saveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
        QCOMPARE(editor->errorText(),
                 QStringLiteral("This predefined text no longer exists; someone may have "
                                "deleted it."));
        QVERIFY(editor->isVisible()); // still open, to copy the text or cancel
        editor->reject();
        sync();
        manager.reload();
        QTRY_VERIFY(!manager.model()->isLoading());

        // Delete, after a confirmation.
        manager.selectText(id);
        QMessageBox *question = manager.deleteCurrent();
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("\"Welcome\"")));
        child<QPushButton>(*question, "confirmDelete")->click();
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.first().first().value<Id>(), id);
        QVERIFY(hubText(hub, token, id).isEmpty());
        QCOMPARE(manager.model()->rowCount(), 0);
        QVERIFY(manager.errorText().isEmpty());
        sync();
        manager.reload();
        QTRY_VERIFY(!manager.model()->isLoading());
        QCOMPARE(manager.model()->rowCount(), 0);

        // "New predefined text" beside the composer (R5.2): written, saved, then ready to pick.
        PredefinedTextPicker picker(mirror.database(), &client);
        picker.setRecords({record(AnaLead, Module::Leads,
                                  {{QStringLiteral("First Name"), QStringLiteral("Ana")}})});
        QTRY_VERIFY(picker.isLoaded());
        picker.show();
        editor = picker.newText();
        QVERIFY(editor);
        QCOMPARE(editor->module(), Module::Leads); // the conversation's record's module
        child<QLineEdit>(*editor, "name")->setText(QStringLiteral("Hello"));
        child<QPlainTextEdit>(*editor, "body")->setPlainText(greeting);
        QSignalSpy pickerSaved(editor, &PredefinedTextEditor::saved);
        child<QPushButton>(*editor, "saveButton")->click();
        QVERIFY(pickerSaved.wait(10000));
        QCOMPARE(picker.currentText().name, QStringLiteral("Hello"));
        QCOMPARE(picker.currentPreview().result.text, QStringLiteral("Hi Ana, how can I help?"));
    }
};

QTEST_MAIN(PredefinedTextManagerTest)
#include "tst_predefinedtextmanager.moc"
