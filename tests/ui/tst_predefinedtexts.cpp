// Predefined texts (R4.2, R5): the picker's preview of merge values, the editor, and the hub's
// refusals in the user's language. The Manage dialog creating, editing and deleting texts
// through a real parley-hub: tst_predefinedtextmanager.
#include "../core/mirrorfixture.h"
#include "core/sync/huberror.h"
#include "predefinedtextsfixture.h"
#include "ui/texts/predefinedtexteditor.h"
#include "ui/texts/predefinedtextmodel.h"
#include "ui/texts/predefinedtextpicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
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

const QString companyCheck = QStringLiteral(
    "Hi $[Leads.First Name] from $[Leads.Company], your size is $[Leads.Shoe Size]?");

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

} // namespace

class PredefinedTextsTest : public QObject, protected PredefinedTextsFixture {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;

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
};

QTEST_MAIN(PredefinedTextsTest)
#include "tst_predefinedtexts.moc"
