// Predefined texts (R4.2, R5): the picker's preview of merge values, the editor, and the Manage
// dialog creating, editing and deleting texts through a real parley-hub.
#include "../core/mirrorfixture.h"
#include "core/sync/huberror.h"
#include "hubprocess.h"
#include "ui/texts/predefinedtexteditor.h"
#include "ui/texts/predefinedtextmanager.h"
#include "ui/texts/predefinedtextmodel.h"
#include "ui/texts/predefinedtextpicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr Id AnaLead = 11;
const QString greeting = QStringLiteral("Hi $[Leads.First Name], how can I help?");
const QString companyCheck = QStringLiteral(
    "Hi $[Leads.First Name] from $[Leads.Company], your size is $[Leads.Shoe Size]?");

Record record(Id id, Module module, const QVariantMap &fields)
{
    Record r;
    r.id = id;
    r.module = module;
    r.fields = fields;
    r.updatedAt = 1000;
    return r;
}

PredefinedText text(Id id, const char *name, Module module, const QString &body)
{
    PredefinedText t;
    t.id = id;
    t.name = QString::fromUtf8(name);
    t.module = module;
    t.body = body;
    t.updatedAt = 1000;
    return t;
}

QStringList names(const PredefinedTextModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}

QJsonArray hubTexts(HubProcess &hub, const QString &token)
{
    return hub.get(QStringLiteral("/api/v1/predefined-texts"), token)
        .json()
        .value(QStringLiteral("predefined_texts"))
        .toArray();
}

QJsonObject hubText(HubProcess &hub, const QString &token, Id id)
{
    for (const QJsonValue &each : hubTexts(hub, token)) {
        if (each[QStringLiteral("id")].toInteger() == id)
            return each.toObject();
    }
    return {};
}

} // namespace

class PredefinedTextsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;

    template <typename T> static T *child(const QObject &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    Conversation anasConversation() const
    {
        Conversation c;
        c.id = 5;
        c.recordModule = QStringLiteral("Leads");
        c.recordId = AnaLead;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("texts.sqlite"))),
                 Mirror::OpenStatus::Ok);
        EventLog log;
        const QList<Event> events = {
            log.raw(EventType::RecordUpdated,
                    toJson(record(AnaLead, Module::Leads,
                                  {{QStringLiteral("First Name"), QStringLiteral("Ana")},
                                   {QStringLiteral("Company"), QStringLiteral("  ")}}))),
            log.raw(EventType::PredefinedTextUpdated,
                    toJson(text(1, "Greeting", Module::Leads, greeting))),
            log.raw(EventType::PredefinedTextUpdated,
                    toJson(text(2, "Company check", Module::Leads, companyCheck))),
            log.raw(EventType::PredefinedTextUpdated,
                    toJson(text(3, "Contact thanks", Module::Contacts,
                                QStringLiteral("Thanks, $[Contacts.First Name]!")))),
            log.raw(EventType::PredefinedTextUpdated,
                    toJson(text(4, "deal update", Module::Deals,
                                QStringLiteral("Your deal <b>$[Deals.Deal Name]</b> moved")))),
        };
        QVERIFY2(m_mirror.apply(batchOf(events)), qPrintable(m_mirror.errorString()));
    }

    void thePickerPreviewsTheCustomersValues()
    {
        PredefinedTextPicker picker(m_mirror.database(), nullptr);
        QAbstractItemModelTester tester(picker.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        picker.setConversation(anasConversation());
        QTRY_VERIFY(picker.isLoaded()); // read on the store's reader thread
        picker.show();
        QVERIFY(!child<QPushButton>(picker, "newText")->isEnabled()); // no hub to save to
        QCOMPARE(names(*picker.model()),
                 (QStringList{QStringLiteral("Company check"), QStringLiteral("Contact thanks"),
                              QStringLiteral("deal update"), QStringLiteral("Greeting")}));

        QTest::keyClicks(child<QLineEdit>(picker, "search"), QStringLiteral("GREET"));
        QCOMPARE(picker.model()->rowCount(), 1);
        QCOMPARE(picker.currentText().id, Id(1));
        QCOMPARE(picker.currentPreview().result.text, QStringLiteral("Hi Ana, how can I help?"));
        QVERIFY(picker.currentPreview().issues.isEmpty());
        QVERIFY(!child<QLabel>(picker, "issues")->isVisible());
        QVERIFY(picker.currentPreview().html.contains(QStringLiteral(">Ana</span>")));
        QCOMPARE(child<QTextBrowser>(picker, "preview")->toPlainText(),
                 QStringLiteral("Hi Ana, how can I help?"));

        QSignalSpy chosen(&picker, &PredefinedTextPicker::textChosen);
        QTest::keyClick(child<QLineEdit>(picker, "search"), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("Hi Ana, how can I help?"));
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QVERIFY(!picker.isVisible());
    }

    void thePickerFlagsUnknownAndEmptyFields()
    {
        PredefinedTextPicker picker(m_mirror.database(), nullptr);
        picker.setConversation(anasConversation());
        QTRY_VERIFY(picker.isLoaded());
        picker.show();
        picker.selectText(2);
        const MergePreview preview = picker.currentPreview();
        QCOMPARE(preview.result.text,
                 QStringLiteral("Hi Ana from , your size is $[Leads.Shoe Size]?"));
        QCOMPARE(preview.issues,
                 (QStringList{QStringLiteral("No value: $[Leads.Company]"),
                              QStringLiteral("Unknown field: $[Leads.Shoe Size]")}));
        auto *issues = child<QLabel>(picker, "issues");
        QVERIFY(issues->isVisible());
        QVERIFY(issues->text().contains(QStringLiteral("Unknown field: $[Leads.Shoe Size]")));
        QVERIFY(issues->text().contains(QStringLiteral("No value: $[Leads.Company]")));
        // Marked in the preview itself: the unknown field as written, the empty one named.
        QVERIFY(
            preview.html.contains(QStringLiteral("#ffc9c9; color:#1b1b1b;\">$[Leads.Shoe Size]<")));
        QVERIFY(preview.html.contains(QStringLiteral("(no Company)")));

        // A double click inserts, as Enter does.
        QSignalSpy chosen(&picker, &PredefinedTextPicker::textChosen);
        auto *list = child<QListView>(picker, "texts");
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        const QPoint center = list->visualRect(list->currentIndex()).center();
        // Item views act on a double click only after the press that starts it.
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, center);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), preview.result.text);

        // A conversation without a lead: nothing to fill from, and the picker says so.
        picker.setRecords({});
        picker.selectText(1);
        QCOMPARE(picker.currentPreview().issues,
                 QStringList{
                     QStringLiteral("No Leads record for this conversation: $[Leads.First Name]")});
        // Text from the body is shown as text, never as markup.
        picker.selectText(4);
        QVERIFY(picker.currentPreview().html.contains(QStringLiteral("&lt;b&gt;")));
    }

    void thePickerSearchesAndFiltersByModule()
    {
        PredefinedTextPicker picker(m_mirror.database(), nullptr);
        picker.setConversation(anasConversation());
        QTRY_VERIFY(picker.isLoaded());
        auto *module = child<QComboBox>(picker, "module");
        module->setCurrentIndex(module->findData(int(Module::Contacts)));
        QCOMPARE(names(*picker.model()), QStringList{QStringLiteral("Contact thanks")});
        QCOMPARE(picker.currentPreview().issues,
                 QStringList{QStringLiteral(
                     "No Contacts record for this conversation: $[Contacts.First Name]")});
        module->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(picker, "search"), QStringLiteral("zzz"));
        QCOMPARE(picker.model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(picker, "insertButton")->isEnabled());
        child<QLineEdit>(picker, "search")->clear();
        // The arrows move through the list while the search keeps the focus.
        picker.selectText(3);
        QTest::keyClick(child<QLineEdit>(picker, "search"), Qt::Key_Down);
        QCOMPARE(picker.currentText().id, Id(4));
        QTest::keyClick(child<QLineEdit>(picker, "search"), Qt::Key_Up);
        QTest::keyClick(child<QLineEdit>(picker, "search"), Qt::Key_Up);
        QCOMPARE(picker.currentText().id, Id(2));
    }

    void theEditorLocksTheModuleOfAnExistingText()
    {
        PredefinedTextEditor editor(nullptr);
        auto *module = child<QComboBox>(editor, "module");
        auto *save = child<QPushButton>(editor, "saveButton");
        QVERIFY(module->isEnabled());
        QVERIFY(!save->isEnabled()); // a name and a message first

        editor.startNew(Module::Contacts);
        QCOMPARE(editor.module(), Module::Contacts);
        QMenu *fields = child<QToolButton>(editor, "insertField")->menu();
        QStringList offered;
        for (QAction *action : fields->actions())
            offered.append(action->text());
        QCOMPARE(offered, moduleFields(Module::Contacts));
        child<QLineEdit>(editor, "name")->setText(QStringLiteral("Thanks"));
        child<QPlainTextEdit>(editor, "body")->setPlainText(QStringLiteral("Thanks, "));
        child<QPlainTextEdit>(editor, "body")->moveCursor(QTextCursor::End);
        fields->actions().at(0)->trigger();
        QCOMPARE(editor.body(), QStringLiteral("Thanks, $[Contacts.First Name]"));
        QVERIFY(save->isEnabled());
        QVERIFY(!child<QLabel>(editor, "fieldWarnings")->isVisibleTo(&editor));
        child<QPlainTextEdit>(editor, "body")->appendPlainText(QStringLiteral("$[Contacts.Shoe]"));
        QCOMPARE(child<QLabel>(editor, "fieldWarnings")->text(),
                 QStringLiteral("Unknown field: $[Contacts.Shoe]"));

        editor.edit(text(2, "Company check", Module::Leads, companyCheck));
        QVERIFY(editor.isEditing());
        QVERIFY(!module->isEnabled());
        QCOMPARE(editor.module(), Module::Leads);
        QCOMPARE(editor.name(), QStringLiteral("Company check"));
        QCOMPARE(editor.body(), companyCheck);
        QCOMPARE(fields->actions().size(), moduleFields(Module::Leads).size());

        editor.startNew();
        QVERIFY(module->isEnabled());
    }

    void hubRefusalsReadInTheUsersLanguage()
    {
        QCOMPARE(hubErrorText(QStringLiteral("predefined_text_module_locked"),
                              QStringLiteral("locked"), HubSubject::PredefinedText)
                     .left(48),
                 QStringLiteral("The module of a predefined text cannot be change"));
        // A rule code: its translated text, unless it needs values only the hub's text has.
        const RuleError bodyMissing{QStringLiteral("template_body_missing"), {}};
        QCOMPARE(hubErrorText(bodyMissing.code, {}, HubSubject::PredefinedText),
                 bodyMissing.message());
        QCOMPARE(hubErrorText(QStringLiteral("merge_field_empty"),
                              QStringLiteral("$[Leads.Company] has no value."),
                              HubSubject::PredefinedText),
                 QStringLiteral("$[Leads.Company] has no value."));
        QCOMPARE(hubErrorText(QStringLiteral("brand_new"), QStringLiteral("New."),
                              HubSubject::PredefinedText),
                 QStringLiteral("New."));
    }

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

QTEST_MAIN(PredefinedTextsTest)
#include "tst_predefinedtexts.moc"
