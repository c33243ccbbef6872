// The record beside the chat and the quick actions (R3.5, R4.5, R4.6, R7.3) against a real
// parley-hub: every change goes to the hub over HTTP and comes back through sync into a real
// mirror, from which the panel redraws.
#include "../hub/hubapifixture.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/recordreads.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/messagelistmodel.h"
#include "ui/record/activitydialog.h"
#include "ui/record/quickactions.h"
#include "ui/record/recordfieldseditor.h"
#include "ui/record/recordpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class RecordPanelTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;

    template <typename T> static T *child(const QObject &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    MirrorChanges sync()
    {
        SyncBatch batch;
        QString error;
        MirrorChanges changes;
        if (!fromJson(
                m_hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(m_mirror.lastSeq()), m_admin)
                    .json(),
                &batch, &error) ||
            !m_mirror.apply(batch, &changes))
            qWarning() << "sync failed:" << error << m_mirror.errorString();
        return changes;
    }

    // Waits for the hub's answer to one quick action, then brings its events into the mirror
    // and the panel.
    bool settle(QSignalSpy &finished, RecordPanel &panel, int answers = 1)
    {
        while (finished.size() < answers) {
            if (!finished.wait(10000))
                return false;
        }
        for (const QList<QVariant> &answer : std::as_const(finished)) {
            if (!answer.at(0).toBool()) {
                qWarning() << "the hub refused:" << answer.at(1).toString();
                return false;
            }
        }
        finished.clear();
        panel.refresh(sync());
        // The panel reads what changed on its store's reader thread.
        return QTest::qWaitFor([&panel] { return !panel.isLoading(); }, 10000);
    }

    Conversation mirrored(Id id)
    {
        Conversation c;
        QString error;
        fetchConversation(m_mirror.database(), id, &c, &error);
        return c;
    }

    QStringList texts(const QListWidget &list)
    {
        QStringList out;
        for (int row = 0; row < list.count(); ++row)
            out.append(list.item(row)->text());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(setUpHub(), m_hub.log().constData());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("panel.sqlite"))),
                 Mirror::OpenStatus::Ok);
        sync();
        QVERIFY(mirrored(m_fresh).recordId > 0);
    }

    void anAgentChangesTheRecordAndTheConversation()
    {
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        const Agent me = agentFor(m_agent);
        QVERIFY(me.id > 0);
        RecordPanel panel(m_mirror.database(), &client, me);
        ConversationPane pane(m_mirror.database());
        pane.setRole(me.role);
        panel.follow(&pane);
        panel.show();
        QSignalSpy finished(panel.quickActions(), &QuickActions::finished);
        const Conversation conversation = mirrored(m_fresh);
        pane.showConversation(conversation);
        QTRY_VERIFY(!panel.isLoading()); // read on the store's reader thread
        QCOMPARE(panel.recordId(), conversation.recordId);
        QVERIFY(child<QLabel>(panel, "recordHeading")->text().startsWith(QStringLiteral("Lead")));

        // A field edited in place round-trips through the hub into the mirror.
        auto *firstName = panel.fields()->editorFor(QStringLiteral("First Name"));
        QVERIFY(firstName && !firstName->isReadOnly());
        auto *save = child<QPushButton>(panel, "saveFields");
        QVERIFY(!save->isEnabled());
        firstName->selectAll();
        QTest::keyClicks(firstName, QStringLiteral("Mariana"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(!save->isEnabled()); // while the hub answers
        QVERIFY(settle(finished, panel));
        const std::optional<Record> stored =
            RecordReads(m_mirror.database()).record(conversation.recordId);
        QVERIFY(stored);
        QCOMPARE(stored->field(QStringLiteral("First Name")), QStringLiteral("Mariana"));
        QCOMPARE(firstName->text(), QStringLiteral("Mariana"));
        QVERIFY(!save->isEnabled());

        // A note, and a message added as a note from the message list's context menu.
        QInputDialog *note = panel.addNote();
        QVERIFY(note);
        note->setTextValue(QStringLiteral("Wants the blue ones in size 38"));
        note->accept();
        QVERIFY(settle(finished, panel));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.messages()->isLoading(), 10000);
        const QModelIndex customerMessage = pane.messages()->index(0, 0);
        QCOMPARE(customerMessage.data(MessageListModel::TextRole).toString(),
                 QStringLiteral("Oi! Tem azul?"));
        QMenu *menu = pane.messageMenu(customerMessage);
        QVERIFY(menu);
        auto *asNote = child<QAction>(*menu, "addMessageAsNote");
        QVERIFY(asNote->isEnabled());
        asNote->trigger();
        QVERIFY(settle(finished, panel));
        const QStringList notes = texts(*child<QListWidget>(panel, "notes"));
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(0).contains(QStringLiteral("Oi! Tem azul?")), qPrintable(notes.at(0)));
        QVERIFY(notes.at(1).startsWith(QStringLiteral("Wants the blue ones in size 38")));
        QCOMPARE(RecordReads(m_mirror.database()).notes(m_fresh).size(), 2);

        // A call with a due time, then marked done.
        ActivityDialog *call = panel.newActivity(ActivityKind::Call);
        QVERIFY(call);
        QVERIFY(!child<QPushButton>(*call, "createActivity")->isEnabled()); // no title yet
        child<QLineEdit>(*call, "title")->setText(QStringLiteral("Call about the fitting"));
        child<QCheckBox>(*call, "hasDue")->setChecked(true);
        const TimestampMs due = call->dueAt();
        child<QPushButton>(*call, "createActivity")->click();
        QVERIFY(settle(finished, panel));
        auto *activities = child<QListWidget>(panel, "activities");
        QCOMPARE(activities->count(), 1);
        QVERIFY(
            activities->item(0)->text().startsWith(QStringLiteral("Call: Call about the fitting")));
        QCOMPARE(activities->item(0)->checkState(), Qt::Unchecked);
        const QList<Activity> planned =
            RecordReads(m_mirror.database()).activities(conversation.recordId);
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().dueAt, due / 1000 * 1000); // the wire carries milliseconds
        QCOMPARE(planned.first().conversationId, m_fresh);
        activities->item(0)->setCheckState(Qt::Checked);
        QVERIFY(settle(finished, panel));
        QVERIFY(RecordReads(m_mirror.database()).activities(conversation.recordId).first().done);
        QCOMPARE(activities->item(0)->checkState(), Qt::Checked);

        // A deal and a new company, both linked to the lead.
        QInputDialog *deal = panel.newDeal();
        QVERIFY(deal);
        deal->setTextValue(QStringLiteral("Summer order"));
        deal->accept();
        QVERIFY(settle(finished, panel));
        QCOMPARE(texts(*child<QListWidget>(panel, "deals")),
                 QStringList{QStringLiteral("Summer order")});
        panel.linkCompany(); // opens once the companies are read on the reader thread
        QInputDialog *company = nullptr;
        QTRY_VERIFY((company = panel.findChild<QInputDialog *>(QStringLiteral("companyDialog"))));
        company->setTextValue(QStringLiteral("Sapataria Azul"));
        company->accept();
        QVERIFY(settle(finished, panel, 2)); // created, then linked
        QCOMPARE(child<QLabel>(panel, "companyName")->text(), QStringLiteral("Sapataria Azul"));

        // Owner change and close from the panel.
        const Agent admin = agentFor(m_admin);
        auto *assignee = child<QComboBox>(panel, "assignee");
        const int adminRow = assignee->findData(admin.id);
        QVERIFY(adminRow >= 0);
        assignee->setCurrentIndex(adminRow);
        emit assignee->activated(adminRow);
        QVERIFY(settle(finished, panel));
        QCOMPARE(mirrored(m_fresh).ownerId, admin.id);
        QCOMPARE(assignee->currentData().toLongLong(), admin.id);
        // Resolving sits in the conversation's header and acts through the panel's actions.
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("statusButton")));
        auto *status = child<QPushButton>(pane, "resolveButton");
        QCOMPARE(status->text(), QStringLiteral("Resolve"));
        status->click();
        QVERIFY(settle(finished, panel));
        QCOMPARE(mirrored(m_fresh).status, ConversationStatus::Closed);
        MirrorChanges resolved;
        resolved.conversations.insert(mirrored(m_fresh).id);
        pane.refresh(resolved);
        QTRY_COMPARE(status->text(), QStringLiteral("Reopen")); // read on the reader thread

        // The same actions from the conversation list's menu.
        QuickActions listActions(m_mirror.database(), &client, me);
        QSignalSpy listFinished(&listActions, &QuickActions::finished);
        std::unique_ptr<QMenu> listMenu(listActions.menuFor(mirrored(m_fresh), nullptr));
        child<QAction>(*listMenu, "assignToMe")->trigger();
        QVERIFY(settle(listFinished, panel));
        QCOMPARE(mirrored(m_fresh).ownerId, me.id);
        listMenu.reset(listActions.menuFor(mirrored(m_fresh), nullptr));
        QVERIFY(!child<QAction>(*listMenu, "assignToMe")->isEnabled()); // already mine
        child<QAction>(*listMenu, "toggleStatus")->trigger();
        QVERIFY(settle(listFinished, panel));
        QCOMPARE(mirrored(m_fresh).status, ConversationStatus::Open);

        // "Send WhatsApp template…" hands the record to whoever builds the dialog.
        QSignalSpy template_(&panel, &RecordPanel::sendTemplateRequested);
        child<QPushButton>(panel, "sendTemplate")->click();
        QCOMPARE(template_.size(), 1);
        QCOMPARE(template_.first().first().value<Id>(), conversation.recordId);
    }

    void aRefusalIsShownAndNothingIsLost()
    {
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        RecordPanel panel(m_mirror.database(), &client, agentFor(m_agent));
        QSignalSpy finished(panel.quickActions(), &QuickActions::finished);
        panel.showConversation(mirrored(m_stale));
        QTRY_VERIFY(!panel.isLoading());
        // The hub refuses a link to a record that is not a company.
        panel.quickActions()->updateRecord(
            panel.recordId(), {{QStringLiteral("Company Id"), QString::number(panel.recordId())}});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(panel.messageText(),
                 QStringLiteral("The linked company or person no longer exists; choose another "
                                "one."));
        // An edit the hub has not taken stays in the editor across a refresh.
        auto *lastName = panel.fields()->editorFor(QStringLiteral("Last Name"));
        lastName->selectAll();
        QTest::keyClicks(lastName, QStringLiteral("Souza"));
        panel.refresh(sync());
        MirrorChanges everything;
        everything.records = true;
        panel.refresh(everything);
        QVERIFY(panel.isLoading());
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(lastName->text(), QStringLiteral("Souza"));
        QCOMPARE(panel.fields()->changedFields(),
                 (QVariantMap{{QStringLiteral("Last Name"), QStringLiteral("Souza")}}));
    }

    void aViewerSeesEverythingAndCanChangeNothing()
    {
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_viewer);
        const Agent viewer = agentFor(m_viewer);
        QCOMPARE(viewer.role, Role::Viewer);
        RecordPanel panel(m_mirror.database(), &client, viewer);
        ConversationPane pane(m_mirror.database());
        pane.setRole(viewer.role);
        panel.follow(&pane);
        panel.show();
        pane.showConversation(mirrored(m_fresh));
        QTRY_VERIFY(!panel.isLoading());

        // Everything the agent did is visible.
        QCOMPARE(panel.fields()->editorFor(QStringLiteral("First Name"))->text(),
                 QStringLiteral("Mariana"));
        QCOMPARE(child<QListWidget>(panel, "notes")->count(), 2);
        QCOMPARE(child<QListWidget>(panel, "activities")->count(), 1);
        QCOMPARE(child<QListWidget>(panel, "deals")->count(), 1);
        QCOMPARE(child<QLabel>(panel, "companyName")->text(), QStringLiteral("Sapataria Azul"));

        // Nothing can be changed, and each control says why.
        const QString reason =
            QStringLiteral("You have view-only access: you can see this but not change it.");
        for (const char *name : {"assignee", "sendTemplate", "recordOwner", "linkCompany",
                                 "newDeal", "newActivity", "addNote"}) {
            auto *control = child<QWidget>(panel, QLatin1String(name));
            QVERIFY2(!control->isEnabled(), name);
            QCOMPARE(control->toolTip(), reason);
        }
        auto *resolve = child<QPushButton>(pane, "resolveButton");
        QVERIFY(!resolve->isEnabled());
        QCOMPARE(resolve->toolTip(), reason);
        QVERIFY(panel.fields()->editorFor(QStringLiteral("First Name"))->isReadOnly());
        QVERIFY(!child<QPushButton>(panel, "saveFields")->isVisible());
        QVERIFY(
            !(child<QListWidget>(panel, "activities")->item(0)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!panel.newActivity(ActivityKind::Task));
        QVERIFY(!panel.addNote());
        QVERIFY(!panel.newDeal());

        std::unique_ptr<QMenu> menu(panel.quickActions()->menuFor(mirrored(m_fresh), nullptr));
        int actions = 0;
        for (QAction *action : menu->findChildren<QAction *>()) {
            if (action->objectName().isEmpty())
                continue; // separators and submenu titles
            ++actions;
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QCOMPARE(action->toolTip(), reason);
        }
        QVERIFY(actions >= 8); // assign, status, note, four activities, agents to assign to
        QTRY_VERIFY_WITH_TIMEOUT(!pane.messages()->isLoading(), 10000);
        QMenu *messageMenu = pane.messageMenu(pane.messages()->index(0, 0));
        QVERIFY(messageMenu);
        QVERIFY(!child<QAction>(*messageMenu, "addMessageAsNote")->isEnabled());

        // Even a command called directly never reaches the hub.
        const int before = RecordReads(m_mirror.database()).notes(m_fresh).size();
        QSignalSpy finished(panel.quickActions(), &QuickActions::finished);
        panel.quickActions()->addNote(m_fresh, QStringLiteral("sneaky"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        sync();
        QCOMPARE(RecordReads(m_mirror.database()).notes(m_fresh).size(), before);
    }
};

QTEST_MAIN(RecordPanelTest)
#include "tst_recordpanel.moc"
