// The GUI thread never waits on the mirror (issue #11), for the screens that read or write it
// beside the list and the conversation (tst_guithreadreads has those): the sidebar's saved views
// and counts, the list's channel names and labels, snoozes, the quick actions' menu, the company
// picker, the filter builder, "New WhatsApp chat" and "Send WhatsApp template", "Convert to
// ticket", the predefined texts and the notification choice. In the assembled window over a
// real mirror whose write lock another connection holds (as the sync worker holds it while it
// applies a batch): each shows the mirror's data, read on the store's reader thread, a snooze
// is kept at once and written on the store's writer thread, and the statement probe
// (SqlThreadProbe) finds no SQL on the GUI thread meanwhile.
#include "core/mirror/localstore.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/snoozebook.h"
#include "guithreadsuite.h"
#include "ui/conversation/conversationpane.h"
#include "ui/conversation/newchatdialog.h"
#include "ui/filters/filterbuilderdialog.h"
#include "ui/filters/viewlistmodel.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/notifychoicebox.h"
#include "ui/record/quickactions.h"
#include "ui/record/recordpanel.h"
#include "ui/sync/synccontroller.h"
#include "ui/texts/predefinedtextmanager.h"
#include "ui/texts/predefinedtextmodel.h"
#include "ui/texts/predefinedtextpicker.h"
#include "ui/tickets/convertticketdialog.h"
#include "ui/tickets/ticketbar.h"
#include "ui/triage/triagebar.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr Id bruno = 2;

QAction *namedAction(QObject &owner, const QString &name)
{
    for (QAction *action : owner.findChildren<QAction *>()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

bool hasActionText(QObject &owner, const QString &text)
{
    for (QAction *action : owner.findChildren<QAction *>()) {
        if (action->text() == text)
            return true;
    }
    return false;
}

} // namespace

class GuiThreadScreensTest : public GuiThreadSuite {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QMenu *>(); // QuickActions::menuLoaded, for QSignalSpy
        openSettledWindow();
    }

    void cleanupTestCase() { closeWindow(); }
    void init() { lockMirror(); }

    void cleanup() { closeDialogsAndUnlock(); }

    void theSidebarReadsItsViewsAndCountsOffTheGuiThread()
    {
        auto *views = m_window->findChild<ViewListModel *>();
        QVERIFY(views);
        views->reloadSavedViews();
        QSignalSpy counted(views, &ViewListModel::countsRefreshed);
        views->refreshCounts();
        QVERIFY(counted.wait(10000));
        QTRY_COMPARE(windowStore()->inFlight(), 0);
        const QModelIndex saved = views->indexForSavedView(savedView);
        QVERIFY(saved.isValid());
        QCOMPARE(saved.data().toString(), QStringLiteral("Não lidas"));
        QCOMPARE(views->indexForKey(QStringLiteral("all")).data(ViewListModel::CountRole),
                 QVariant(qint64(2)));
        QVERIFY(noGuiSql());
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);
    }

    void theListsChannelNamesAndLabelsAreReadOffTheGuiThread()
    {
        MirrorChanges changes;
        changes.channels = true;
        changes.labels = true;
        emit m_sync.mirrorChanged(changes);
        QTRY_COMPARE(windowStore()->inFlight(), 0);
        QCOMPARE(m_window->conversations()
                     ->index(0)
                     .data(ConversationListModel::ChannelNameRole)
                     .toString(),
                 QStringLiteral("Loja Azul"));
        auto *triage = m_window->findChild<TriageBar *>();
        QVERIFY(triage);
        QVERIFY(hasActionText(*triage, TriageBar::tr("Add “%1”").arg(QStringLiteral("VIP"))));
        QVERIFY(noGuiSql());
    }

    void aSnoozeIsKeptAtOnceAndWrittenWhenTheLockIsGone()
    {
        // The local store (snoozes, outbox) locked too, as the sync worker locks it to queue.
        auto localLock = std::make_unique<MirrorWriteLock>(localStorePath(m_path));
        QVERIFY(localLock->isHeld());
        SqlThreadProbe::reset();
        NotificationCenter *center = m_window->notifications();
        QTRY_VERIFY(center->snoozes()->isLoaded());
        const TimestampMs until = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        QVERIFY(center->snoozeUntil(bruno, until));
        QCOMPARE(center->snoozes()->find(bruno).value_or(Snooze{}).untilAt, until);
        const int row = m_window->conversations()->rowOf(bruno);
        QVERIFY(row >= 0);
        QVERIFY(m_window->conversations()
                    ->index(row)
                    .data(ConversationListModel::SnoozedRole)
                    .toBool());
        // Waiting on the writer thread, not here: nothing is lost while the lock holds.
        QCOMPARE(center->snoozes()->unwritten(), 1);
        QVERIFY(noGuiSql());

        localLock.reset();
        QTRY_COMPARE_WITH_TIMEOUT(center->snoozes()->unwritten(), 0, 20000);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("snooze-check"));
            db.setDatabaseName(localStorePath(m_path));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("SELECT until_at FROM snoozes WHERE conversation_id = %1")
                               .arg(bruno)));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toLongLong(), until);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("snooze-check"));
        center->snoozes()->clear(bruno);
        QTRY_COMPARE(center->snoozes()->unwritten(), 0);
    }

    void theQuickActionsMenuReadsItsChoicesOffTheGuiThread()
    {
        QuickActions *actions = m_window->recordPanel()->quickActions();
        Conversation conversation;
        conversation.id = ana;
        conversation.ownerId = 1;
        QSignalSpy loaded(actions, &QuickActions::menuLoaded);
        std::unique_ptr<QMenu> menu(actions->menuFor(conversation, nullptr));
        QVERIFY(loaded.wait(10000));
        QAction *carla = namedAction(*menu, QStringLiteral("assign:7"));
        QVERIFY(carla);
        QCOMPARE(carla->text(), QStringLiteral("Carla Dias"));
        QAction *mute = namedAction(*menu, QStringLiteral("toggleMute"));
        QVERIFY(mute && mute->isEnabled());
        QCOMPARE(mute->text(), QuickActions::tr("Mute notifications"));
        QVERIFY(noGuiSql());
    }

    void theCompanyPickerOffersTheMirrorsCompanies()
    {
        m_window->openConversation(ana);
        RecordPanel *panel = m_window->recordPanel();
        QTRY_VERIFY(!panel->isLoading() && panel->recordId() == lead);
        SqlThreadProbe::reset();
        panel->linkCompany();
        QInputDialog *picker = nullptr;
        QTRY_VERIFY((picker = panel->findChild<QInputDialog *>(QStringLiteral("companyDialog"))));
        QCOMPARE(picker->comboBoxItems(), QStringList{QStringLiteral("Sapataria Azul")});
        QVERIFY(noGuiSql());
    }

    void theFilterBuilderOffersTheMirrorsChoices()
    {
        QAction *filter = m_window->commandAction(Command::Filter);
        QVERIFY(filter);
        filter->trigger();
        FilterBuilderDialog *builder = nullptr;
        QTRY_VERIFY((builder = shown<FilterBuilderDialog>(*m_window)) != nullptr);
        QStringList offered;
        for (QListWidget *list : builder->findChildren<QListWidget *>())
            offered += texts(list);
        for (QComboBox *combo : builder->findChildren<QComboBox *>()) {
            for (int i = 0; i < combo->count(); ++i)
                offered += combo->itemText(i);
        }
        QVERIFY2(offered.contains(QStringLiteral("Loja Azul")), qPrintable(offered.join(", ")));
        QVERIFY2(offered.contains(QStringLiteral("Carla Dias")), qPrintable(offered.join(", ")));
        QVERIFY(noGuiSql());
    }

    void aNewChatOffersTheTemplatesAndCustomers()
    {
        QAction *newChat = m_window->commandAction(Command::NewChat);
        QVERIFY(newChat);
        newChat->trigger();
        NewChatDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shown<NewChatDialog>(*m_window)) != nullptr);
        QCOMPARE(dialog->templateCount(), 1);
        QVERIFY(dialog->chooseCustomer(deal)); // the deal, offered with the lead it names
        QCOMPARE(dialog->customerRecordId(), lead);
        dialog->close();

        // "Send WhatsApp template" from the record beside the chat.
        emit m_window->recordPanel()->sendTemplateRequested(lead);
        QTRY_VERIFY((dialog = shown<NewChatDialog>(*m_window)) != nullptr);
        QCOMPARE(dialog->recordId(), lead);
        QCOMPARE(dialog->templateCount(), 1);
        QVERIFY2(dialog->previewText().contains(QStringLiteral("Olá Ana, seu pedido saiu.")),
                 qPrintable(dialog->previewText()));
        QVERIFY(noGuiSql());
    }

    void convertingToATicketOffersTheAgents()
    {
        m_window->openConversation(bruno);
        auto *bar = m_window->findChild<TicketBar *>();
        QVERIFY(bar);
        QTRY_VERIFY(!bar->isLoading() && bar->action()->isEnabled());
        SqlThreadProbe::reset();
        bar->action()->click();
        ConvertTicketDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = bar->findChild<ConvertTicketDialog *>()) != nullptr);
        QVERIFY(dialog->assignee()->findData(Id(7)) >= 0);
        QCOMPARE(dialog->assignee()->currentData().toLongLong(), 1); // the conversation's owner
        QVERIFY(noGuiSql());
    }

    void thePredefinedTextsAreReadOffTheGuiThread()
    {
        m_window->openConversation(ana);
        QTRY_VERIFY(!m_window->recordPanel()->isLoading());
        SqlThreadProbe::reset();
        QAction *insert = m_window->commandAction(Command::InsertText);
        QVERIFY(insert);
        insert->trigger();
        PredefinedTextPicker *picker = nullptr;
        QTRY_VERIFY((picker = shown<PredefinedTextPicker>(*m_window)) != nullptr);
        QCOMPARE(picker->model()->rowCount(), 1);
        QCOMPARE(picker->currentText().id, greetingText);
        QCOMPARE(picker->currentPreview().result.text, QStringLiteral("Oi Ana, tudo bem?"));
        picker->close();

        QAction *manage = m_window->commandAction(Command::ManageTexts);
        QVERIFY(manage);
        manage->trigger();
        PredefinedTextManager *manager = nullptr;
        QTRY_VERIFY((manager = shown<PredefinedTextManager>(*m_window)) != nullptr);
        QTRY_COMPARE(manager->model()->rowCount(), 1);
        QVERIFY(noGuiSql());
    }

    void theNotificationChoiceIsReadOffTheGuiThread()
    {
        m_window->openSettings();
        NotifyChoiceBox *choice = nullptr;
        QTRY_VERIFY((choice = m_window->findChild<NotifyChoiceBox *>()) != nullptr);
        QTRY_VERIFY(choice->isLoaded());
        QCOMPARE(choice->choice(), NotifyChoice::Default);
        QVERIFY(noGuiSql());
    }
};

QTEST_MAIN(GuiThreadScreensTest)
#include "tst_guithreadscreens.moc"
