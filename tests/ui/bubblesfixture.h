#pragma once

// What the bubble suites share: a real mirror holding a customer's message of every kind WhatsApp
// sends (issue #10), with a reply, an edit, a deletion and the team's messages and reaction, shown
// in the real conversation pane with its model and delegate. tst_bubbles checks each kind's
// bubble, tst_replyandreact replying and reacting from the view.
#include "inboxfixture.h"

#include "core/domain/messagedetails.h"
#include "core/mirror/conversationqueries.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/bubblecontent.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"

#include <QApplication>
#include <QJsonArray>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace parley::testing {

class BubblesFixture {
protected:
    static inline const TimestampMs T0 = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;

    static QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
    {
        QJsonObject json;
        for (const auto &field : fields)
            json.insert(field.first, field.second);
        return json;
    }

    static Message customer(Id id, MessageKind kind, const QString &type,
                            const QJsonObject &details, const QString &text = QString())
    {
        Message m = textMessage(id, 1, Direction::In, text, T0 + id * 1000);
        m.kind = kind;
        m.whatsappType = type;
        m.details = details;
        return m;
    }

    // The mirror filled and conversation 1 shown with every message loaded.
    void showEveryKind()
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

        m_pane = std::make_unique<ui::ConversationPane>(m_inbox->database());
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

    QListView *view() const { return m_pane->messageView(); }

    QModelIndex indexOf(Id id) const
    {
        ui::MessageListModel *model = m_pane->messages();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(ui::MessageListModel::OutboxIdRole).toString().isEmpty() &&
                index.data(ui::MessageListModel::MessageRole).value<Message>().id == id)
                return index;
        }
        return {};
    }

    static ui::BubbleContent contentAt(const QModelIndex &index)
    {
        return index.data(ui::MessageListModel::BubbleRole).value<ui::BubbleContent>();
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

    void click(const QModelIndex &index, ui::MessageDelegate::Part part)
    {
        view()->scrollTo(index);
        QApplication::processEvents();
        auto *delegate = qobject_cast<ui::MessageDelegate *>(view()->itemDelegate());
        const QRect rect = delegate->partRect(optionFor(index), index, part);
        QVERIFY2(rect.isValid(), "the part is painted");
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<InboxFixture> m_inbox;
    std::unique_ptr<ui::ConversationPane> m_pane;
};

} // namespace parley::testing
