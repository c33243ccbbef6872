// Older history when the agent scrolls up (issue #11, first sync), with the real parley-cloudsim
// as WhatsApp, the real parley-hub and the desktop (DesktopApp, as parley's main() runs it) in a
// private session: a customer has written far more than the first sync brings (the snapshot
// sends each conversation's newest messages, the conversation opens on its newest page); the
// agent scrolls the message view to the top again and again, and every message the hub holds
// comes in above, in the hub's order, each once, none missing.
#include "core/protocol/entitycodec.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/conversation/conversationpane.h"
#include "ui/main/desktopapp.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/session/logindialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString customer = QStringLiteral("5511987650777");
constexpr int written = 160; // the snapshot brings 20, the conversation opens on 50

} // namespace

class OlderHistoryScrollTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PARLEY_DESKTOP_SESSION"))
            QSKIP("runs inside tests/ui/desktopsession.sh (private D-Bus, keyring, X display)");
        QApplication::setOrganizationName(QStringLiteral("Parley"));
        QApplication::setApplicationName(QStringLiteral("parley"));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        for (int i = 1; i <= written; ++i)
            QVERIFY(!m_sim
                         .inbound(customer, QStringLiteral("Rafael Souza"),
                                  QStringLiteral("mensagem %1").arg(i))
                         .isEmpty());
        m_token = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_token.isEmpty());
        // Every message stored before the desktop's first sync.
        QTRY_VERIFY_WITH_TIMEOUT(conversationOnHub() != 0 && hubMessages().size() == written,
                                 30000);
    }

    void scrollingToTheTopBringsEveryOlderMessageOnceInOrder()
    {
        DesktopApp::Options options;
        options.hub = m_hub.url();
        options.login = QStringLiteral("bo");
        m_app = std::make_unique<DesktopApp>(options);
        m_app->start();
        QTRY_VERIFY_WITH_TIMEOUT(loginDialog() != nullptr, 10000);
        loginDialog()
            ->findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("bo-password"));
        loginDialog()->findChild<QPushButton *>(QStringLiteral("logIn"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
        MainWindow *window = m_app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // What the hub holds, in the order the desktop shows it (oldest first by time, then by
        // the order the hub stored them).
        QList<Message> expected = hubMessages();
        std::sort(expected.begin(), expected.end(), [](const Message &a, const Message &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
        });
        QCOMPARE(expected.size(), written);
        const Id conversation = conversationOnHub();
        ConversationListModel *list = window->conversations();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(conversation) >= 0, 15000);
        window->openConversation(conversation);
        QTRY_COMPARE_WITH_TIMEOUT(window->pane()->conversationId(), conversation, 10000);
        MessageListModel *messages = window->pane()->messages();
        QListView *view = window->pane()->messageView();
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > 0 && !messages->isLoading(), 10000);
        // The newest page, the newest message last: the rest is above, to scroll to.
        QVERIFY(messages->rowCount() < written);
        QCOMPARE(messages->index(messages->rowCount() - 1)
                     .data(MessageListModel::MessageRole)
                     .value<Message>()
                     .id,
                 expected.last().id);

        // The agent scrolls to the top until nothing older is left, in the mirror or on the hub.
        int scrolls = 0;
        const auto scrollToTop = [&] {
            if (!messages->isLoading()) {
                QScrollBar *bar = view->verticalScrollBar();
                if (bar->value() == bar->minimum())
                    bar->setValue(bar->minimum() + 1);
                bar->setValue(bar->minimum());
                ++scrolls;
            }
            return !messages->hasOlder() && !messages->olderOnHub() && !messages->isLoading();
        };
        QTRY_VERIFY_WITH_TIMEOUT(scrollToTop(), 60000);
        QVERIFY(scrolls > 1);

        // Every one once, none missing, none out of place.
        QList<Id> shown;
        QSet<QString> texts;
        for (int row = 0; row < messages->rowCount(); ++row) {
            const QModelIndex index = messages->index(row);
            shown.append(index.data(MessageListModel::MessageRole).value<Message>().id);
            texts.insert(index.data(MessageListModel::TextRole).toString());
        }
        QList<Id> wanted;
        for (const Message &m : std::as_const(expected))
            wanted.append(m.id);
        QCOMPARE(shown, wanted);
        QCOMPARE(texts.size(), written);
        for (int i = 1; i <= written; ++i)
            QVERIFY2(texts.contains(QStringLiteral("mensagem %1").arg(i)),
                     qPrintable(QString::number(i)));
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    static LoginDialog *loginDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<LoginDialog *>(w); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    // The customer's conversation, from the hub's event log (0 until it is there).
    Id conversationOnHub()
    {
        for (const QJsonValue &event : m_hub.events(m_token)) {
            const QJsonObject data = event[QStringLiteral("data")].toObject();
            if (data[QStringLiteral("customer_number")].toString() == customer)
                return data[QStringLiteral("id")].toInteger();
        }
        return 0;
    }

    // Every message of the conversation as the hub holds it.
    QList<Message> hubMessages()
    {
        QList<Message> messages;
        const QJsonArray list = m_hub.getList(
            QStringLiteral("/api/v1/conversations/%1/messages?limit=500").arg(conversationOnHub()),
            QStringLiteral("messages"), m_token);
        for (const QJsonValue &value : list) {
            Message m;
            if (fromJson(value.toObject(), &m, nullptr))
                messages.append(m);
        }
        return messages;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_token;
    std::unique_ptr<DesktopApp> m_app;
};

QTEST_MAIN(OlderHistoryScrollTest)
#include "tst_olderhistoryscroll.moc"
