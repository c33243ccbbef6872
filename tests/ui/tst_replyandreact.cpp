// Replying to and reacting to a message from the conversation view (issue #10 item 6), online and
// while the hub cannot be reached: a real mirror, the real pane, model and delegate
// (bubblesfixture.h).
#include "bubblesfixture.h"

#include "core/mirror/outbox.h"
#include "core/protocol/commands.h"
#include "ui/conversation/composer.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class ReplyAndReactTest : public QObject, protected BubblesFixture {
    Q_OBJECT
private slots:
    void initTestCase() { showEveryKind(); }

    void theComposerRepliesToTheChosenMessage()
    {
        QSignalSpy replies(m_pane.get(), &ConversationPane::sendReply);
        QSignalSpy texts(m_pane.get(), &ConversationPane::sendText);
        view()->setCurrentIndex(indexOf(104));
        QMenu *menu = m_pane->messageMenu(indexOf(104));
        QVERIFY(menu);
        auto *reply = menu->findChild<QAction *>(QStringLiteral("replyToMessage"));
        QVERIFY(reply);
        reply->trigger();
        auto *bar = m_pane->composer()->findChild<QWidget *>(QStringLiteral("replyBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("Entrega amanhã")));
        m_pane->composer()->setText(QStringLiteral("Combinado!"));
        m_pane->composer()->send();
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().at(1).toString(), QStringLiteral("Combinado!"));
        QCOMPARE(replies.first().at(2).toLongLong(), 104);
        QCOMPARE(texts.size(), 0);
        QVERIFY(!bar->isVisible());
        delete menu;

        // Cancelled: the next reply quotes nothing.
        m_pane->replyTo(indexOf(104));
        QVERIFY(bar->isVisible());
        bar->findChild<QToolButton *>(QStringLiteral("cancelReply"))->click();
        QVERIFY(!bar->isVisible());
        m_pane->composer()->setText(QStringLiteral("Oi"));
        m_pane->composer()->send();
        QCOMPARE(texts.size(), 1);
        QCOMPARE(replies.size(), 1);
        // A line of WhatsApp's own can be neither quoted nor reacted to.
        QVERIFY(!indexOf(110).data(MessageListModel::AnswerableRole).toBool());
        QVERIFY(!m_pane->reactionMenu(indexOf(110), m_pane.get()));
    }

    void theReactionPickerReactsAndTakesItBack()
    {
        QSignalSpy reactions(m_pane.get(), &ConversationPane::sendReaction);
        QMenu *picker = m_pane->reactionMenu(indexOf(102), m_pane.get());
        QVERIFY(picker);
        QCOMPARE(picker->actions().first()->text(), ConversationPane::reactionChoices().first());
        picker->actions().first()->trigger();
        picker->findChild<QAction *>(QStringLiteral("removeReaction"))->trigger();
        QCOMPARE(reactions.size(), 2);
        QCOMPARE(reactions.at(0).at(1).toLongLong(), 102);
        QCOMPARE(reactions.at(0).at(2).toString(), QStringLiteral("👍"));
        QCOMPARE(reactions.at(1).at(2).toString(), QString());
        delete picker;
        for (const QString &emoji : ConversationPane::reactionChoices())
            QVERIFY2(isReactionEmoji(emoji), qPrintable(emoji));
    }

    void pendingRepliesAndReactionsShowWhileOffline()
    {
        // What the sync worker stores while the hub cannot be reached.
        Outbox outbox(m_inbox->database());
        QVERIFY(outbox.enqueue(
            QStringLiteral("out-r"), 1, QStringLiteral("text"),
            toJson(SendTextRequest{QStringLiteral("Já vou ver"), 102, std::nullopt}), T0 + 300000));
        QVERIFY(outbox.enqueue(QStringLiteral("out-e"), 1, QStringLiteral("reaction"),
                               toJson(SendReactionRequest{102, QStringLiteral("🙏")}), T0 + 300001));
        m_pane->outboxChanged(1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->messages()->isLoading(), 10000);
        const int last = m_pane->messages()->rowCount() - 1;
        const QModelIndex pending = m_pane->messages()->index(last);
        QCOMPARE(pending.data(MessageListModel::OutboxIdRole).toString(), QStringLiteral("out-r"));
        QCOMPARE(contentAt(pending).quote, QStringLiteral("Customer: Carla Dias"));
        QCOMPARE(contentAt(indexOf(102)).reactions, QStringLiteral("🙏"));
    }
};

QTEST_MAIN(ReplyAndReactTest)
#include "tst_replyandreact.moc"
