// The record beside the chat fits the window it is in. The README's screenshot at 1280 px showed
// the panel narrower than its content: "Mobile" showed part of the number and "Save fields" was
// cut at the right edge. At 1280×800 and 1024×700, in each language the desktop speaks
// (Portuguese labels are the longest), every control of the panel lies inside what its scroll
// area shows and inside its group, none is squeezed below its own minimum, and the mobile number
// shows whole; at 1280 px the panel is as wide as it would like.
#include "../core/mirrorfixture.h"
#include "core/sync/hubclient.h"
#include "fitlanguages.h"
#include "listsettle.h"
#include "ui/main/mainwindow.h"
#include "ui/record/recordfieldseditor.h"
#include "ui/record/recordpanel.h"
#include "ui/sync/synccontroller.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QScrollArea>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const Id leadId = 40;
const QString mobile = QStringLiteral("+55 31 99123-4567");

// Where `widget` lies in the viewport's coordinates.
QRect inViewport(const QWidget *widget, const QWidget *viewport)
{
    return {widget->mapTo(viewport, QPoint(0, 0)), widget->size()};
}

// The controls an agent reads or uses; a list's own viewport and scroll bars are the list's.
bool isControl(const QWidget *widget)
{
    return qobject_cast<const QLabel *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QGroupBox *>(widget) ||
           qobject_cast<const QListWidget *>(widget);
}

} // namespace

class RecordPanelFitTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;
    Agent m_me{1, QStringLiteral("bruno"), QStringLiteral("Bruno Agent"), Role::Agent, {}, true};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("fit.sqlite"))),
                 Mirror::OpenStatus::Ok);
        EventLog log;
        Channel channel;
        channel.id = 1;
        channel.name = QStringLiteral("Loja Parley");
        channel.status = ChannelStatus::Connected;
        Agent longName = m_me;
        longName.id = 2;
        longName.login = QStringLiteral("maria");
        longName.name = QStringLiteral("Maria Fernanda de Albuquerque Cavalcanti");
        // A lead as the demo makes them: every standard field, the mobile number filled in.
        Record lead;
        lead.id = leadId;
        lead.module = Module::Leads;
        lead.ownerId = longName.id;
        lead.fields = {{QStringLiteral("First Name"), QStringLiteral("Carla")},
                       {QStringLiteral("Last Name"), QStringLiteral("Mendes")},
                       {QStringLiteral("Full Name"), QStringLiteral("Carla Mendes")},
                       {QStringLiteral("Mobile"), mobile}};
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        Conversation c;
        c.id = 1;
        c.channelId = 1;
        c.customerNumber = QStringLiteral("5531991234567");
        c.customerName = QStringLiteral("Carla Mendes");
        c.ownerId = m_me.id;
        c.recordId = leadId;
        c.lastInboundAt = now;
        c.lastMessageAt = now;
        c.lastMessageText = QStringLiteral("Tem tamanho maior?");
        QVERIFY(m_mirror.apply(
            batchOf({log.raw(EventType::ChannelUpdated, toJson(channel)),
                     log.raw(EventType::AgentUpdated, toJson(m_me)),
                     log.raw(EventType::AgentUpdated, toJson(longName)),
                     log.raw(EventType::RecordUpdated, toJson(lead)), log.conversation(c),
                     log.message(textMessage(11, 1, Direction::In, c.lastMessageText, now))})));
    }

    void everyControlIsInsideThePanel_data()
    {
        testing::addLanguageSizeRows({QSize(1280, 800), QSize(1024, 700)});
    }

    void everyControlIsInsideThePanel()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        const testing::ScopedLanguage language(lang);
        QVERIFY(language.loaded());
        SyncController sync;
        HubClient hub;
        MainWindow window(m_mirror.database(), &sync, &hub, m_me);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The offscreen screen is smaller than either size: set after the show, which clamps.
        window.setGeometry(QRect(QPoint(0, 0), size));
        QTRY_COMPARE(window.size(), size);
        QVERIFY(listSettled(window));
        // The panel is hidden beside no conversation, and appears with the first one.
        auto *panel = window.findChild<RecordPanel *>(QStringLiteral("recordPanel"));
        QVERIFY(panel);
        // Chosen in the list, as an agent does: the triage bar shows over the list too.
        QListView *list = window.conversationView();
        list->selectionModel()->select(list->model()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect);
        QVERIFY(listSettled(window));
        QTRY_VERIFY(panel->isVisible() && !panel->isLoading() && panel->recordId() == leadId);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(window.size(), size);

        const QRect panelRect(panel->mapTo(&window, QPoint(0, 0)), panel->size());
        QVERIFY2(window.rect().contains(panelRect),
                 qPrintable(QStringLiteral("panel %1 px wide at x=%2 in a %3 px window")
                                .arg(panel->width())
                                .arg(panelRect.x())
                                .arg(window.width())));
        // Where there is room, the panel is as wide as it would like beside the chat (to a
        // pixel or two: the splitter rounds as it shares its width out).
        if (size.width() >= 1280)
            QVERIFY2(panel->width() >= RecordPanel::preferredWidth - 2,
                     qPrintable(QString::number(panel->width())));
        auto *scroll = panel->findChild<QScrollArea *>();
        QVERIFY(scroll);
        const QWidget *viewport = scroll->viewport();
        int checked = 0;
        const QList<QWidget *> widgets = scroll->widget()->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!isControl(widget) || !widget->isVisibleTo(scroll->widget()) ||
                qobject_cast<const QListWidget *>(widget->parentWidget()) ||
                qobject_cast<const QComboBox *>(widget->parentWidget()))
                continue;
            ++checked;
            const QRect rect = inViewport(widget, viewport);
            const QString what = QStringLiteral("%1 \"%2\" at x=%3..%4, %5 px shown (min %6)")
                                     .arg(QString::fromLatin1(widget->metaObject()->className()),
                                          widget->objectName())
                                     .arg(rect.left())
                                     .arg(rect.right())
                                     .arg(viewport->width())
                                     .arg(widget->minimumSizeHint().width());
            QVERIFY2(rect.left() >= 0 && rect.right() < viewport->width(), qPrintable(what));
            // Nor past its own group's edge.
            const QWidget *parent = widget->parentWidget();
            QVERIFY2(widget->x() >= 0 && widget->geometry().right() < parent->width(),
                     qPrintable(what +
                                QStringLiteral(", in a %1 px %2")
                                    .arg(parent->width())
                                    .arg(QString::fromLatin1(parent->metaObject()->className()))));
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), qPrintable(what));
        }
        QVERIFY(checked > 20);
        // The number an agent calls is shown whole, not scrolled inside its field.
        QLineEdit *number = panel->fields()->editorFor(QStringLiteral("Mobile"));
        QVERIFY(number);
        QCOMPARE(number->text(), mobile);
        const int frame =
            number->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, number);
        QVERIFY2(number->fontMetrics().horizontalAdvance(mobile) + 2 * frame + 4 <= number->width(),
                 qPrintable(QStringLiteral("Mobile is %1 px wide").arg(number->width())));
    }
};

QTEST_MAIN(RecordPanelFitTest)
#include "tst_recordpanelfit.moc"
