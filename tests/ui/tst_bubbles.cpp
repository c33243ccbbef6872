// A bubble per kind of WhatsApp message (issue #10 item 7): a real mirror, the real pane, model and
// delegate (bubblesfixture.h). Replying and reacting from the view: tst_replyandreact.
#include "bubblesfixture.h"

#include <QDesktopServices>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

// Opens the browser's URLs here instead of in a browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class BubblesTest : public QObject, protected BubblesFixture {
    Q_OBJECT
private slots:
    void initTestCase() { showEveryKind(); }

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
};

QTEST_MAIN(BubblesTest)
#include "tst_bubbles.moc"
