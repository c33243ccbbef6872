// Small screens (issue #16): on a 1366×768 laptop, or a 2732×1536 screen at 200 % (the same
// 1366×768 to Qt), the main window, Administration and the dialogs fit the available area, with
// Send and the status bar on the screen.
#include "core/sync/hubclient.h"
#include "inboxfixture.h"
#include "listsettle.h"
#include "shownmainwindow.h"
#include "ui/admin/adminwindow.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/mainwindow.h"
#include "ui/main/screenfit.h"
#include "ui/sync/synccontroller.h"

#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

// A 1366×768 screen with a 28-pixel top panel, and a window manager's title bar.
const QRect laptop(0, 28, 1366, 740);
const QMargins titleBar(1, 30, 1, 1);

bool inside(const QRect &frame, const QRect &available)
{
    return available.contains(frame.topLeft()) && available.contains(frame.bottomRight());
}

} // namespace

class ScreenFitTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { useScratchXdgHome(m_dir); }

    void aWindowIsShrunkAndMovedInside()
    {
        // The old default: 1280×800 at y=40 ran 72 pixels and the frame off the screen.
        const QRect fit =
            ScreenFit::fitted(QRect(0, 40, 1280, 800), QSize(600, 400), titleBar, laptop);
        QVERIFY(inside(fit.marginsAdded(titleBar), laptop));
        QCOMPARE(fit.width(), 1280);
        QCOMPARE(fit.height(), 740 - 31);
        // A window that fits stays where it is.
        const QRect small(100, 100, 600, 400);
        QCOMPARE(ScreenFit::fitted(small, QSize(), QMargins(), laptop), small);
        // One too far right comes back in.
        const QRect right =
            ScreenFit::fitted(QRect(1200, 500, 600, 400), QSize(), titleBar, laptop);
        QVERIFY(inside(right.marginsAdded(titleBar), laptop));
        // Never below the minimum: then the top-left corner stays on the screen.
        const QRect tooBig = ScreenFit::fitted(QRect(0, 0, 900, 900), QSize(900, 900), {}, laptop);
        QCOMPARE(tooBig.size(), QSize(900, 900));
        QCOMPARE(tooBig.topLeft(), laptop.topLeft());
    }

    void theMainWindowFitsALaptopWithSendAndTheStatusBarOnIt()
    {
        ShownMainWindow shown(m_dir.filePath(QStringLiteral("fit.sqlite")), Role::Admin);
        shown.show();
        if (QTest::currentTestFailed())
            return;
        MainWindow &window = shown.window();
        window.openConversation(1);
        QVERIFY(listSettled(window));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(
            minimum.height() + titleBar.top() + titleBar.bottom() <= laptop.height(),
            qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
        QVERIFY(minimum.width() <= laptop.width());

        const QRect fit = ScreenFit::fitted(QRect(0, 40, 1280, 800), minimum, titleBar, laptop);
        QVERIFY(inside(fit.marginsAdded(titleBar), laptop));
        window.setGeometry(fit);
        QTRY_COMPARE(window.size(), fit.size());
        auto *send = window.pane()->composer()->findChild<QPushButton *>(QStringLiteral("send"));
        QVERIFY(send);
        QTRY_VERIFY(send->isVisible());
        const QRect sendRect(send->mapTo(&window, QPoint(0, 0)), send->size());
        QVERIFY2(window.rect().contains(sendRect),
                 qPrintable(QStringLiteral("Send at %1,%2 in %3×%4")
                                .arg(sendRect.x())
                                .arg(sendRect.bottom())
                                .arg(window.width())
                                .arg(window.height())));
        const QRect status(window.statusBar()->mapTo(&window, QPoint(0, 0)),
                           window.statusBar()->size());
        QVERIFY(window.rect().contains(status));
    }

    void administrationFitsALaptop()
    {
        InboxFixture inbox(m_dir.filePath(QStringLiteral("admin.sqlite")));
        QVERIFY(inbox.ok());
        HubClient hub;
        AdminWindow admin(inbox.database(), &hub);
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        for (int page : {0, 1, 2, 3, int(AdminWindow::Page::Csat)}) {
            admin.showPage(AdminWindow::Page(page));
            const QSize minimum = admin.minimumSizeHint().expandedTo(admin.minimumSize());
            QVERIFY2(minimum.height() + titleBar.top() + titleBar.bottom() <= laptop.height() &&
                         minimum.width() <= laptop.width(),
                     qPrintable(QStringLiteral("page %1: minimum %2×%3")
                                    .arg(page)
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        }
    }
};

QTEST_MAIN(ScreenFitTest)
#include "tst_screenfit.moc"
