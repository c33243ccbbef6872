// The GUI thread never waits on the mirror (issue #11), for the Administration window and the
// notification center: in the assembled window over a real mirror whose write lock another
// connection holds (as the sync worker holds it while it applies a batch), each admin page
// (templates and their automations, channels, credits, people, the satisfaction survey) and
// the automation dialog show the mirror's data, read on the store's reader thread, also after
// a batch changed it; and making a notification center reads where it starts announcing there
// too. The statement probe (SqlThreadProbe) finds no SQL on the GUI thread meanwhile.
#include "guithreadsuite.h"
#include "ui/admin/adminwindow.h"
#include "ui/admin/automationdialog.h"
#include "ui/admin/automationpanel.h"
#include "ui/admin/channelspage.h"
#include "ui/admin/creditspage.h"
#include "ui/admin/csatpage.h"
#include "ui/admin/peoplepage.h"
#include "ui/admin/templatespage.h"
#include "ui/notify/notificationcenter.h"

#include <QComboBox>
#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class GuiThreadAdminTest : public GuiThreadSuite {
    Q_OBJECT

    AdminWindow *openAdmin()
    {
        m_window->openAdmin();
        return m_window->findChild<AdminWindow *>();
    }

    static QStringList agentNames(const PeoplePage &page)
    {
        QStringList names;
        for (const Agent &agent : page.agents())
            names.append(agent.name);
        return names;
    }

    // What every page shows once the mirror's answers are in.
    void checkPagesShowTheMirror(AdminWindow *admin)
    {
        QTRY_COMPARE(windowStore()->inFlight(), 0);
        TemplatesPage *templates = admin->templates();
        QCOMPARE(templates->rowCount(), 1);
        QCOMPARE(templates->cellText(0, TemplatesPage::NameColumn), QStringLiteral("pedido_saiu"));
        QCOMPARE(admin->channels()->channels().size(), 1);
        QCOMPARE(admin->channels()->channels().first().name, QStringLiteral("Loja Azul"));
        QVERIFY(admin->credits()->canBuy()); // a connected number, from the mirror
        QCOMPARE(agentNames(*admin->people()),
                 (QStringList{QStringLiteral("Bo"), QStringLiteral("Carla Dias")}));
        auto *survey = admin->csat()->findChild<QComboBox *>(QStringLiteral("csatChannel1"));
        QVERIFY(survey); // a box for the mirror's channel
    }

private slots:
    void initTestCase() { openSettledWindow(); }

    void cleanupTestCase() { closeWindow(); }
    void init() { lockMirror(); }

    void cleanup() { closeDialogsAndUnlock(); }

    void everyAdminPageReadsTheMirrorOffTheGuiThread()
    {
        AdminWindow *admin = openAdmin();
        QVERIFY(admin);
        for (int page : {0, 1, 2, 3, int(AdminWindow::Page::Csat)})
            admin->showPage(AdminWindow::Page(page));
        checkPagesShowTheMirror(admin);
        QVERIFY(noGuiSql());
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);
    }

    void aBatchReReadsThePagesOffTheGuiThread()
    {
        AdminWindow *admin = openAdmin();
        QTRY_COMPARE(windowStore()->inFlight(), 0);
        SqlThreadProbe::reset();
        QSignalSpy channels(admin->channels(), &ChannelsPage::channelsShown);
        QSignalSpy agents(admin->people(), &PeoplePage::agentsShown);
        MirrorChanges changes;
        changes.channels = true;
        changes.agents = true;
        changes.templates = true;
        emit m_sync.mirrorChanged(changes);
        QTRY_COMPARE(windowStore()->inFlight(), 0);
        QCOMPARE(channels.count(), 1);
        QCOMPARE(agents.count(), 1);
        checkPagesShowTheMirror(admin);
        QVERIFY(noGuiSql());
    }

    void theAutomationDialogOffersTheMirrorsChoices()
    {
        AdminWindow *admin = openAdmin();
        QTRY_COMPARE(windowStore()->inFlight(), 0);
        SqlThreadProbe::reset();
        AutomationDialog *dialog = admin->templates()->automations()->add();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &AutomationDialog::choicesLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog->templateCount(), 1); // the approved template of Leads
        QVERIFY(dialog->chooseChannel(1));
        QVERIFY(dialog->chooseAgent(7));
        QVERIFY(dialog->chooseLabel(vipLabel));
        QVERIFY(noGuiSql());
    }

    void makingTheNotificationCenterRunsNoSqlOnTheGuiThread()
    {
        const QDBusConnection nowhere = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/parley-test-bus"), QStringLiteral("nowhere"));
        {
            NotificationCenter center(m_mirror.database(), nowhere, nullptr);
            center.setMirrorStore(windowStore());
            QTRY_VERIFY(center.isListening()); // the newest message id, from the reader thread
            QTRY_VERIFY(center.snoozes()->isLoaded());
            QVERIFY(noGuiSql());
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
    }
};

QTEST_MAIN(GuiThreadAdminTest)
#include "tst_guithreadadmin.moc"
