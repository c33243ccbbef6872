// A bubble per kind of WhatsApp message (issue #10 item 7), and replying to and reacting to a
// message from the conversation view (item 6): a real mirror, the real pane, model and delegate.
#include "inboxfixture.h"

#include "core/domain/messagedetails.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/outbox.h"
#include "core/protocol/commands.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/bubblecontent.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const TimestampMs T0 = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject json;
    for (const auto &field : fields)
        json.insert(field.first, field.second);
    return json;
}

Message customer(Id id, MessageKind kind, const QString &type, const QJsonObject &details,
                 const QString &text = QString())
{
    Message m = textMessage(id, 1, Direction::In, text, T0 + id * 1000);
    m.kind = kind;
    m.whatsappType = type;
    m.details = details;
    return m;
}

// Opens the browser's URLs here instead of in a browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class BubblesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        useScratchXdgHome(m_dir);
        m_inbox = std::make_unique<InboxFixture>(m_dir.filePath(QStringLiteral("mirror.sqlite")));
        QVERIFY(m_inbox->ok());
        EventLog log;
        for (int i = 0; i < 100; ++i)
            log.raw(QStringLiteral("skip"), {}); // after the fixture's own events
        QList<Event> events;
        Agent bo{1, QStringLiteral("bo"), QStringLiteral("Bo Lima"), Role::Agent, {}, true};
        events << log.raw(EventType::AgentUpdated, toJson(bo));

        events << log.message(customer(
            101, MessageKind::Location, QStringLiteral("location"),
            object({{QStringLiteral("location"),
                     object({{QStringLiteral("latitude"), -23.550520},
                             {QStringLiteral("longitude"), -46.633308},
                             {QStringLiteral("name"), QStringLiteral("Praça da Sé")},
                             {QStringLiteral("address"), QStringLiteral("Sé, São Paulo")}})}})));
        const QJsonArray phones{
            object({{QStringLiteral("phone"), QStringLiteral("+55 11 91234-5678")},
                    {QStringLiteral("wa_id"), QStringLiteral("5511912345678")},
                    {QStringLiteral("type"), QStringLiteral("CELL")}})};
        events << log.message(customer(
            102, MessageKind::Contacts, QStringLiteral("contacts"),
            object(
                {{QStringLiteral("contacts"),
                  QJsonArray{object(
                      {{QStringLiteral("name"),
                        object({{QStringLiteral("formatted_name"), QStringLiteral("Carla Dias")}})},
                       {QStringLiteral("phones"), phones},
                       {QStringLiteral("org"), object({{QStringLiteral("company"),
                                                        QStringLiteral("Dias & Filhos")}})}})}}})));
        const QJsonArray items{
            object({{QStringLiteral("product_retailer_id"), QStringLiteral("SODA")},
                    {QStringLiteral("quantity"), 2},
                    {QStringLiteral("item_price"), 10.5},
                    {QStringLiteral("currency"), QStringLiteral("BRL")}}),
            object({{QStringLiteral("product_retailer_id"), QStringLiteral("CAKE")},
                    {QStringLiteral("quantity"), 1},
                    {QStringLiteral("item_price"), 30},
                    {QStringLiteral("currency"), QStringLiteral("BRL")}})};
        events << log.message(
            customer(103, MessageKind::Unsupported, QStringLiteral("order"),
                     object({{QStringLiteral("order"),
                              object({{QStringLiteral("catalog_id"), QStringLiteral("cat1")},
                                      {QStringLiteral("text"), QStringLiteral("Para sábado")},
                                      {QStringLiteral("items"), items}})}})));
        events << log.message(customer(
            104, MessageKind::Interactive, QStringLiteral("interactive"),
            object({{QStringLiteral("reply"),
                     object({{QStringLiteral("type"), QStringLiteral("list_reply")},
                             {QStringLiteral("id"), QStringLiteral("opt2")},
                             {QStringLiteral("title"), QStringLiteral("Entrega amanhã")},
                             {QStringLiteral("description"), QStringLiteral("Até 18h")}})}})));
        events << log.message(customer(
            105, MessageKind::Interactive, QStringLiteral("interactive"),
            object({{QStringLiteral("reply"),
                     object({{QStringLiteral("type"), QStringLiteral("nfm_reply")},
                             {QStringLiteral("name"), QStringLiteral("flow")},
                             {QStringLiteral("body"), QStringLiteral("Sent")},
                             {QStringLiteral("fields"),
                              object({{QStringLiteral("size"), QStringLiteral("38")},
                                      {QStringLiteral("colors"),
                                       QJsonArray{QStringLiteral("azul"), QStringLiteral("preto")}},
                                      {QStringLiteral("flow_token"), QStringLiteral("t")}})}})}})));
        Message fromAd = customer(
            106, MessageKind::Text, QStringLiteral("text"),
            object({{QStringLiteral("referral"),
                     object({{QStringLiteral("headline"), QStringLiteral("Tênis em promoção")},
                             {QStringLiteral("body"), QStringLiteral("Só esta semana")},
                             {QStringLiteral("source_type"), QStringLiteral("ad")},
                             {QStringLiteral("source_url"),
                              QStringLiteral("https://fb.me/ad123")}})}}),
            QStringLiteral("Vi o anúncio"));
        events << log.message(fromAd);
        Message quoting =
            textMessage(107, 1, Direction::In, QStringLiteral("E em azul?"), T0 + 107000);
        quoting.replyTo = QStringLiteral("wamid.test.101"); // the location
        quoting.reaction = QStringLiteral("❤️");
        quoting.forwarded = true;
        events << log.message(quoting);
        Message edited =
            textMessage(108, 1, Direction::In, QStringLiteral("Tamanho 39"), T0 + 108000);
        edited.editedAt = T0 + 108500;
        edited.earlierVersions = {
            object({{QStringLiteral("text"), QStringLiteral("Tamanho 38")},
                    {QStringLiteral("until"), QStringLiteral("2026-01-01T10:00:00.000Z")}})};
        events << log.message(edited);
        Message deleted =
            textMessage(109, 1, Direction::In, QStringLiteral("número errado"), T0 + 109000);
        deleted.deletedAt = T0 + 109500;
        events << log.message(deleted);
        events << log.message(customer(
            110, MessageKind::Unsupported, QStringLiteral("system"),
            object({{QStringLiteral("system"),
                     object({{QStringLiteral("type"), QStringLiteral("user_changed_number")},
                             {QStringLiteral("body"),
                              QStringLiteral("The customer changed their number")}})}})));
        events << log.message(
            customer(111, MessageKind::Unsupported, QStringLiteral("call"),
                     object({{QStringLiteral("call"),
                              object({{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                                      {QStringLiteral("duration"), 125}})}})));
        Message unsupported = customer(
            112, MessageKind::Unsupported, QStringLiteral("unsupported"),
            object({{QStringLiteral("errors"),
                     QJsonArray{
                         object({{QStringLiteral("code"), 131051},
                                 {QStringLiteral("title"), QStringLiteral("Message type unknown")},
                                 {QStringLiteral("details"),
                                  QStringLiteral("Message type is not currently supported")}})}}}));
        events << log.message(unsupported);
        Message byAgent =
            textMessage(113, 1, Direction::Out, QStringLiteral("Temos sim!"), T0 + 113000, 1);
        events << log.message(byAgent);
        Message echo =
            textMessage(114, 1, Direction::Out, QStringLiteral("Enviado pelo app"), T0 + 114000);
        echo.whatsappType = QStringLiteral("text");
        events << log.message(echo);
        // The team's reaction to the agent's own… no: to the customer's edited message.
        Message teamReaction =
            textMessage(115, 1, Direction::Out, QStringLiteral("👍"), T0 + 115000, 1);
        teamReaction.kind = MessageKind::Reaction;
        teamReaction.whatsappType = QStringLiteral("reaction");
        teamReaction.details =
            agentReactionDetails(QStringLiteral("wamid.test.108"), QStringLiteral("👍"));
        events << log.message(teamReaction);
        Message button = customer(
            116, MessageKind::Button, QStringLiteral("button"),
            object({{QStringLiteral("reply"),
                     object({{QStringLiteral("type"), QStringLiteral("button")},
                             {QStringLiteral("payload"), QStringLiteral("STOP")},
                             {QStringLiteral("text"), QStringLiteral("Parar promoções")}})}}));
        events << log.message(button);
        QVERIFY2(m_inbox->mirror().apply(batchOf(events)),
                 qPrintable(m_inbox->mirror().errorString()));

        m_pane = std::make_unique<ConversationPane>(m_inbox->database());
        m_pane->resize(900, 700);
        m_pane->setRole(Role::Agent);
        Conversation conversation;
        QString error;
        QVERIFY(fetchConversation(m_inbox->database(), 1, &conversation, &error));
        conversation.lastInboundAt = QDateTime::currentMSecsSinceEpoch();
        m_pane->showConversation(conversation);
        // The messages are read on the store's reader thread.
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->messages()->isLoading(), 10000);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void eachKindHasItsBubble_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("bodyHas");
        QTest::addColumn<int>("shape");
        QTest::newRow("location") << qint64(101) << QStringLiteral("📍 Praça da Sé")
                                  << QStringList{QStringLiteral("Sé, São Paulo"),
                                                 QLocale().toString(-23.550520, 'f', 6)}
                                  << int(BubbleContent::Shape::Bubble);
        QTest::newRow("contact card") << qint64(102) << QStringLiteral("👤 Contact card")
                                      << QStringList{QStringLiteral("Carla Dias (Dias & Filhos)"),
                                                     QStringLiteral("+55 11 91234-5678")}
                                      << int(BubbleContent::Shape::Bubble);
        QTest::newRow("order") << qint64(103) << QStringLiteral("🛒 Order")
                               << QStringList{QStringLiteral("Para sábado"),
                                              QStringLiteral("2 × SODA"),
                                              QLocale().toCurrencyString(51.0,
                                                                         QStringLiteral("BRL"))}
                               << int(BubbleContent::Shape::Bubble);
        QTest::newRow("list reply")
            << qint64(104) << QStringLiteral("🔘 Chose: Entrega amanhã")
            << QStringList{QStringLiteral("Até 18h")} << int(BubbleContent::Shape::Bubble);
        QTest::newRow("flow answers")
            << qint64(105) << QStringLiteral("📝 Form answers")
            << QStringList{QStringLiteral("size: 38"), QStringLiteral("colors: azul, preto")}
            << int(BubbleContent::Shape::Bubble);
        QTest::newRow("template button")
            << qint64(116) << QStringLiteral("🔘 Chose: Parar promoções") << QStringList{}
            << int(BubbleContent::Shape::Bubble);
        QTest::newRow("referral") << qint64(106) << QString()
                                  << QStringList{QStringLiteral(
                                                     "Came from an ad: Tênis em promoção"),
                                                 QStringLiteral("Só esta semana"),
                                                 QStringLiteral("Vi o anúncio")}
                                  << int(BubbleContent::Shape::Bubble);
        QTest::newRow("deleted") << qint64(109) << QString()
                                 << QStringList{QStringLiteral(
                                        "The customer deleted this message.")}
                                 << int(BubbleContent::Shape::Bubble);
        QTest::newRow("system") << qint64(110) << QString()
                                << QStringList{QStringLiteral("The customer changed their number")}
                                << int(BubbleContent::Shape::Line);
        QTest::newRow("call") << qint64(111) << QString()
                              << QStringList{QStringLiteral("Call from the customer"),
                                             QStringLiteral("2:05")}
                              << int(BubbleContent::Shape::Line);
        QTest::newRow("unsupported")
            << qint64(112) << QStringLiteral("⚠ A kind of message Parley cannot show")
            << QStringList{QStringLiteral("Message type is not currently supported")}
            << int(BubbleContent::Shape::Bubble);
    }

    void eachKindHasItsBubble()
    {
        QFETCH(qint64, id);
        QFETCH(QString, title);
        QFETCH(QStringList, bodyHas);
        QFETCH(int, shape);
        const QModelIndex index = indexOf(id);
        QVERIFY(index.isValid());
        const BubbleContent content = contentAt(index);
        QCOMPARE(content.title, title);
        for (const QString &part : bodyHas)
            QVERIFY2(content.body.contains(part), qPrintable(content.body));
        QCOMPARE(int(content.shape), shape);
        // Painted and sized from the same content: the whole body fits in the row.
        const QRect row = view()->visualRect(index);
        QVERIFY(row.height() > QFontMetrics(view()->font()).height());
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(bodyHas.value(0, title)));
        QImage image(row.size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        QStyleOptionViewItem option = optionFor(index);
        option.rect = QRect(QPoint(0, 0), row.size());
        view()->itemDelegate()->paint(&painter, option, index);
        painter.end();
        QVERIFY(!image.isNull());
    }

    void theLocationOpensAMapAndTheContactStartsAChat()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        const QModelIndex location = indexOf(101);
        QCOMPARE(contentAt(location).action, QStringLiteral("Open map"));
        click(location, MessageDelegate::Part::Action);
        QTRY_COMPARE(catcher.opened.size(), 1);
        QCOMPARE(catcher.opened.first(), mapUrl(-23.550520, -46.633308));
        QCOMPARE(catcher.opened.first().host(), QStringLiteral("www.openstreetmap.org"));
        QVERIFY(catcher.opened.first().query().contains(QStringLiteral("mlat=-23.550520")));
        // The ad a customer came from opens too.
        click(indexOf(106), MessageDelegate::Part::Action);
        QTRY_COMPARE(catcher.opened.size(), 2);
        QCOMPARE(catcher.opened.last(), QUrl(QStringLiteral("https://fb.me/ad123")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

        QSignalSpy chat(m_pane.get(), &ConversationPane::startChatRequested);
        const QModelIndex card = indexOf(102);
        QCOMPARE(contentAt(card).action, QStringLiteral("Start WhatsApp chat"));
        click(card, MessageDelegate::Part::Action);
        QTRY_COMPARE(chat.size(), 1);
        QCOMPARE(chat.first().first().toString(), QStringLiteral("5511912345678"));
    }

    void aReplyShowsWhatItQuotesAndLeadsThere()
    {
        const QModelIndex reply = indexOf(107);
        const BubbleContent content = contentAt(reply);
        QCOMPARE(content.quote, QStringLiteral("Customer: Praça da Sé"));
        QCOMPARE(content.quotedId, Id(101));
        QVERIFY(content.header.contains(QStringLiteral("Forwarded")));
        view()->setCurrentIndex(indexOf(113));
        click(reply, MessageDelegate::Part::Quote);
        QTRY_COMPARE(view()->currentIndex(), indexOf(101));
    }

    void reactionsEditsAuthorsAndEchoes()
    {
        // The customer's reaction and the team's sit under the message they are about; the
        // team's own reaction message is no bubble of its own.
        QCOMPARE(contentAt(indexOf(107)).reactions, QStringLiteral("❤️"));
        QCOMPARE(contentAt(indexOf(108)).reactions, QStringLiteral("👍"));
        QVERIFY(!indexOf(115).isValid());
        QVERIFY(m_pane->messageView()->itemDelegate());
        auto *delegate = qobject_cast<MessageDelegate *>(view()->itemDelegate());
        QVERIFY(
            delegate
                ->partRect(optionFor(indexOf(107)), indexOf(107), MessageDelegate::Part::Reactions)
                .isValid());
        // Edited: marked, the earlier text on demand.
        const BubbleContent edited = contentAt(indexOf(108));
        QCOMPARE(edited.marker, QStringLiteral("edited"));
        QVERIFY(edited.details.contains(QStringLiteral("Tamanho 38")));
        QVERIFY(
            indexOf(108).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Tamanho 38")));
        QVERIFY(contentAt(indexOf(109)).details.contains(QStringLiteral("número errado")));
        // Who wrote the team's messages.
        QCOMPARE(contentAt(indexOf(113)).header, QStringLiteral("Bo Lima"));
        QCOMPARE(contentAt(indexOf(114)).header,
                 QStringLiteral("Sent from the WhatsApp Business app"));
        QCOMPARE(contentAt(indexOf(101)).header, QString());
    }

    void anEditUpdatesItsRowAlone()
    {
        QSignalSpy reset(m_pane->messages(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_pane->messages(), &QAbstractItemModel::dataChanged);
        Message located =
            m_pane->messages()->data(indexOf(101), MessageListModel::MessageRole).value<Message>();
        located.deletedAt = T0 + 200000;
        EventLog log;
        for (int i = 0; i < 200; ++i)
            log.raw(QStringLiteral("skip"), {});
        const Event update{log.seq() + 1, EventType::MessageUpdated, toJson(located)};
        MirrorChanges changes;
        QVERIFY(m_inbox->mirror().apply(batchOf({update}), &changes));
        m_pane->refresh(changes);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->messages()->isLoading(), 10000);
        QCOMPARE(reset.size(), 0);
        // The location's row, and the reply quoting it.
        QCOMPARE(changed.size(), 2);
        QVERIFY(contentAt(indexOf(101)).body.contains(QStringLiteral("deleted")));
        QCOMPARE(contentAt(indexOf(107)).quote, QStringLiteral("Customer: Deleted message"));
    }

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

private:
    QListView *view() const { return m_pane->messageView(); }

    QModelIndex indexOf(Id id) const
    {
        MessageListModel *model = m_pane->messages();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(MessageListModel::OutboxIdRole).toString().isEmpty() &&
                index.data(MessageListModel::MessageRole).value<Message>().id == id)
                return index;
        }
        return {};
    }

    static BubbleContent contentAt(const QModelIndex &index)
    {
        return index.data(MessageListModel::BubbleRole).value<BubbleContent>();
    }

    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.initFrom(view()->viewport());
        option.font = view()->font();
        option.widget = view();
        option.rect = view()->visualRect(index);
        return option;
    }

    void click(const QModelIndex &index, MessageDelegate::Part part)
    {
        view()->scrollTo(index);
        QApplication::processEvents();
        auto *delegate = qobject_cast<MessageDelegate *>(view()->itemDelegate());
        const QRect rect = delegate->partRect(optionFor(index), index, part);
        QVERIFY2(rect.isValid(), "the part is painted");
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<InboxFixture> m_inbox;
    std::unique_ptr<ConversationPane> m_pane;
};

QTEST_MAIN(BubblesTest)
#include "tst_bubbles.moc"
