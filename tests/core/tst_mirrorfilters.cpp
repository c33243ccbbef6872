// Every filter and built-in view against a small mirror whose answers were worked out by hand.
#include "core/filter/builtinviews.h"
#include "core/mirror/conversationqueries.h"
#include "mirrorfixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

constexpr TimestampMs Minute = 60 * 1000;
constexpr TimestampMs Hour = 60 * Minute;
constexpr TimestampMs Day = 24 * Hour;
const TimestampMs Now =
    QDateTime::fromString(QStringLiteral("2026-11-21T15:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
const TimestampMs TwoAmUtc =
    QDateTime::fromString(QStringLiteral("2026-11-21T02:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
constexpr Id Me = 1;
constexpr Id Other = 2;

struct Fixture {
    Id id;
    Id owner;
    ConversationStatus status;
    Id channel;
    const char *department;
    TimestampMs inbound;  // 0: the customer never wrote
    TimestampMs outbound; // 0: nobody replied
    Id repliedBy;
    int unread;
    const char *name;
    const char *inboundText;
};

// Activity order, newest first: c7, c1, c2, c3, c6, c5, c8, c4.
const Fixture fixtures[] = {
    {1, Me, ConversationStatus::Open, 1, "Sales", Now - Hour, 0, 0, 2, "Ana Souza",
     "Olá, vocês entregam em Campinas?"},
    {2, Me, ConversationStatus::Open, 1, "Sales", Now - 3 * Day, Now - 2 * Hour, Me, 0,
     "Bruno Lima", "Quero trocar o tamanho"},
    {3, Other, ConversationStatus::Open, 2, "Support", Now - 5 * Hour, Now - 10 * Day, Other, 1,
     "王芳", "你好，我的订单还没有到"},
    {4, Other, ConversationStatus::Closed, 2, "Support", Now - 40 * Day, Now - 39 * Day, Other, 0,
     "John Carter", "Thanks, all sorted"},
    {5, 0, ConversationStatus::Open, 1, "Sales", Now - 2 * Day, 0, 0, 1, "佐藤 健",
     "注文した商品はいつ届きますか"},
    // Replied at 02:00 UTC: "today" in UTC, but 23:00 yesterday in São Paulo.
    {6, Me, ConversationStatus::Closed, 2, "Support", Now - 20 * Hour, TwoAmUtc, Me, 0,
     "Carla Dias", "Obrigada pela ajuda"},
    {7, Other, ConversationStatus::Open, 1, "Sales", 0, Now - 30 * Minute, Other, 0, "Mei Tanaka",
     ""},
    {8, Me, ConversationStatus::Open, 2, "Sales", Now - 32 * Day, Now - 45 * Day, Other, 0,
     "Diego Ramos", "Still waiting for the invoice"},
};

} // namespace

class MirrorFiltersTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("fixture.sqlite"))),
                 Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        Id messageId = 100;
        for (const Fixture &f : fixtures) {
            Conversation c;
            c.id = f.id;
            c.channelId = f.channel;
            c.customerNumber = QStringLiteral("55119876500%1").arg(f.id);
            c.customerName = QString::fromUtf8(f.name);
            c.status = f.status;
            c.ownerId = f.owner;
            c.department = QString::fromUtf8(f.department);
            c.lastInboundAt = f.inbound;
            c.lastOutboundAt = f.outbound;
            c.lastMessageAt = qMax(f.inbound, f.outbound);
            c.lastRepliedBy = f.repliedBy;
            c.unreadCount = f.unread;
            events << log.conversation(c);
            if (f.inbound)
                events << log.message(textMessage(++messageId, f.id, Direction::In,
                                                  QString::fromUtf8(f.inboundText), f.inbound));
            if (f.outbound)
                events << log.message(textMessage(++messageId, f.id, Direction::Out,
                                                  QStringLiteral("Reply %1").arg(f.id), f.outbound,
                                                  f.repliedBy));
        }
        QVERIFY2(m_mirror.apply(batchOf(events)), qPrintable(m_mirror.errorString()));
    }

    void everyBuiltinView_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QList<Id>>("expected");
        QTest::newRow("Unreplied: mine, customer wrote last")
            << int(BuiltinView::Unreplied) << "America/Sao_Paulo" << QList<Id>{1, 8};
        QTest::newRow("All unreplied")
            << int(BuiltinView::AllUnreplied) << "America/Sao_Paulo" << QList<Id>{1, 3, 5, 8};
        QTest::newRow("Sent today in São Paulo: 02:00 UTC was yesterday")
            << int(BuiltinView::SentToday) << "America/Sao_Paulo" << QList<Id>{7, 2};
        QTest::newRow("Sent today in UTC: 02:00 UTC is today")
            << int(BuiltinView::SentToday) << "UTC" << QList<Id>{7, 2, 6};
        QTest::newRow("My open") << int(BuiltinView::MyOpen) << "UTC" << QList<Id>{1, 2, 8};
        QTest::newRow("Unread") << int(BuiltinView::Unread) << "UTC" << QList<Id>{1, 3, 5};
    }

    void everyBuiltinView()
    {
        QFETCH(int, view);
        QFETCH(QString, zone);
        QFETCH(QList<Id>, expected);
        QCOMPARE(ids(builtinViewFilter(BuiltinView(view)), zone), expected);
        qint64 count = -1;
        QString error;
        QVERIFY(countConversations(m_mirror.database(), builtinViewFilter(BuiltinView(view)),
                                   context(zone), &count, &error));
        QCOMPARE(count, qint64(expected.size()));
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QList<Id>>("expected");
        QTest::newRow("everything, newest activity first")
            << QByteArray("{}") << QList<Id>{7, 1, 2, 3, 6, 5, 8, 4};
        QTest::newRow("My conversations")
            << QByteArray(R"({"scope":"mine"})") << QList<Id>{1, 2, 6, 8};
        QTest::newRow("not replied in 2 days")
            << QByteArray(R"({"not_replied_in":{"count":2,"unit":"days"}})")
            << QList<Id>{1, 3, 5, 8};
        QTest::newRow("not replied in 1 month: c3's reply 10 days ago counts")
            << QByteArray(R"({"not_replied_in":{"count":1,"unit":"months"}})")
            << QList<Id>{1, 5, 8};
        QTest::newRow("replied in 1 day")
            << QByteArray(R"({"replied_in":{"count":1,"unit":"days"}})") << QList<Id>{7, 2, 6};
        QTest::newRow("replied in 2 weeks")
            << QByteArray(R"({"replied_in":{"count":2,"unit":"weeks"}})") << QList<Id>{7, 2, 3, 6};
        QTest::newRow("message time in 1 week")
            << QByteArray(R"({"message_time_in":{"count":1,"unit":"weeks"}})")
            << QList<Id>{7, 1, 2, 3, 6, 5};
        QTest::newRow("message time in 1 month")
            << QByteArray(R"({"message_time_in":{"count":1,"unit":"months"}})")
            << QList<Id>{7, 1, 2, 3, 6, 5};
        QTest::newRow("message time in 2 months")
            << QByteArray(R"({"message_time_in":{"count":2,"unit":"months"}})")
            << QList<Id>{7, 1, 2, 3, 6, 5, 8, 4};
        QTest::newRow("owner is user 2")
            << QByteArray(R"({"owner":{"agent_id":2}})") << QList<Id>{7, 3, 4};
        QTest::newRow("owner is me")
            << QByteArray(R"({"owner":{"me":true}})") << QList<Id>{1, 2, 6, 8};
        QTest::newRow("replied by me")
            << QByteArray(R"({"replied_by":{"me":true}})") << QList<Id>{2, 6};
        QTest::newRow("replied by user 2")
            << QByteArray(R"({"replied_by":{"agent_id":2}})") << QList<Id>{7, 3, 8, 4};
        QTest::newRow("closed") << QByteArray(R"({"status":"closed"})") << QList<Id>{6, 4};
        QTest::newRow("channel 2") << QByteArray(R"({"channels":[2]})") << QList<Id>{3, 6, 8, 4};
        QTest::newRow("channels 1 and 2")
            << QByteArray(R"({"channels":[1,2]})") << QList<Id>{7, 1, 2, 3, 6, 5, 8, 4};
        QTest::newRow("department Support")
            << QByteArray(R"({"departments":["Support"]})") << QList<Id>{3, 6, 4};
        QTest::newRow("mine + channel 2 + not replied in 1 month")
            << QByteArray(R"({"scope":"mine","channels":[2],
                              "not_replied_in":{"count":1,"unit":"months"}})")
            << QList<Id>{8};
        QTest::newRow("replied by 2 + open + message time in 1 week")
            << QByteArray(R"({"replied_by":{"agent_id":2},"status":"open",
                              "message_time_in":{"count":1,"unit":"weeks"}})")
            << QList<Id>{7, 3};
        QTest::newRow("unread + Sales")
            << QByteArray(R"({"unread":true,"departments":["Sales"]})") << QList<Id>{1, 5};
        QTest::newRow("owner 2 + owner me: nothing")
            << QByteArray(R"({"scope":"mine","owner":{"agent_id":2}})") << QList<Id>{};
    }

    void filters()
    {
        QFETCH(QByteArray, json);
        QFETCH(QList<Id>, expected);
        ConversationFilter filter;
        QString error;
        QVERIFY2(fromJson(QJsonDocument::fromJson(json).object(), &filter, &error),
                 qPrintable(error));
        QVERIFY(validate(filter).isEmpty());
        QCOMPARE(ids(filter, QStringLiteral("America/Sao_Paulo")), expected);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Id>>("expected");
        QTest::newRow("Portuguese word") << "Campinas" << QList<Id>{1};
        QTest::newRow("case does not matter") << "campinas" << QList<Id>{1};
        QTest::newRow("Chinese, 4 characters (trigram index)") << "订单还没" << QList<Id>{3};
        QTest::newRow("Chinese, 2 characters (scan)") << "订单" << QList<Id>{3};
        QTest::newRow("Japanese") << "商品はいつ" << QList<Id>{5};
        QTest::newRow("customer name") << "Souza" << QList<Id>{1};
        QTest::newRow("customer name in CJK") << "王芳" << QList<Id>{3};
        QTest::newRow("number digits") << "876500" << QList<Id>{7, 1, 2, 3, 6, 5, 8, 4};
        QTest::newRow("our own reply text") << "Reply 8" << QList<Id>{8};
        QTest::newRow("accents do not matter") << "voces entregam" << QList<Id>{1};
        QTest::newRow("accents and case do not matter") << "OLA, VOCÊS" << QList<Id>{1};
        QTest::newRow("accented short text (scan)") << "OLÁ" << QList<Id>{1};
        QTest::newRow("no match") << "pizza" << QList<Id>{};
        QTest::newRow("quotes and operators are only text") << R"(a" OR "b)" << QList<Id>{};
        QTest::newRow("LIKE wildcards are only text") << "100%_" << QList<Id>{};
        QTest::newRow("SQL is only text") << "'); DROP TABLE messages; --" << QList<Id>{};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QList<Id>, expected);
        ConversationFilter filter;
        filter.search = text;
        QCOMPARE(ids(filter, QStringLiteral("UTC")), expected);
    }

    void searchHitsAreTheMatchingMessageNotTheLast()
    {
        QHash<Id, SearchHit> hits;
        QString error;
        QVERIFY2(
            fetchSearchHits(m_mirror.database(), QStringLiteral("voces"), {1, 2, 8}, &hits, &error),
            qPrintable(error));
        QCOMPARE(hits.keys(), QList<Id>{1});
        QCOMPARE(hits.value(1).text, QStringLiteral("Olá, vocês entregam em Campinas?"));
        QVERIFY(hits.value(1).messageId > 100);
        // Conversation 8's last message is our reply; the hit is the customer's older one.
        QVERIFY(
            fetchSearchHits(m_mirror.database(), QStringLiteral("invoice"), {8}, &hits, &error));
        QCOMPARE(hits.value(8).text, QStringLiteral("Still waiting for the invoice"));
    }

    void oldestFirstPagesWithoutGapsOrRepeats()
    {
        ConversationFilter all;
        QList<Id> seen;
        ConversationCursor after;
        for (int page = 0; page < 10; ++page) {
            ConversationPage result;
            QString error;
            QVERIFY(fetchConversationPage(m_mirror.database(), all, {Me, Now, QTimeZone::utc()},
                                          after, 3, &result, &error,
                                          ConversationOrder::OldestActivity));
            for (const Conversation &c : result.rows)
                seen.append(c.id);
            after = result.next;
            if (result.atEnd)
                break;
        }
        QCOMPARE(seen, (QList<Id>{4, 8, 5, 6, 3, 2, 1, 7}));
    }

    void pagesFollowEachOtherWithoutGapsOrRepeats()
    {
        ConversationFilter all;
        QList<Id> seen;
        ConversationCursor cursor;
        QString error;
        for (int guard = 0; guard < 10; ++guard) {
            ConversationPage page;
            QVERIFY2(fetchConversationPage(m_mirror.database(), all, context(QStringLiteral("UTC")),
                                           cursor, 3, &page, &error),
                     qPrintable(error));
            for (const Conversation &c : page.rows)
                seen.append(c.id);
            cursor = page.next;
            if (page.atEnd)
                break;
        }
        QCOMPARE(seen, (QList<Id>{7, 1, 2, 3, 6, 5, 8, 4}));
    }

    void builtinViewPagesUseAnIndex()
    {
        // No built-in view may read the whole conversations table: that is what keeps the
        // first page flat as the inbox grows (bench/mirror measures it at 100,000).
        for (BuiltinView view : parley::builtinViews()) {
            const SqlCondition sql = conversationPageSql(builtinViewFilter(view),
                                                         context(QStringLiteral("UTC")), {}, 50);
            QSqlQuery q(m_mirror.database());
            QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.sql));
            for (int i = 0; i < sql.values.size(); ++i)
                q.bindValue(i, sql.values.at(i));
            QVERIFY(q.exec());
            QStringList plan;
            while (q.next())
                plan.append(q.value(3).toString());
            const QString text = plan.join(QStringLiteral("; "));
            QVERIFY2(text.contains(QStringLiteral("INDEX")), qPrintable(text));
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("SCAN c$|SCAN c;"))),
                     qPrintable(builtinViewKey(view) + QStringLiteral(": ") + text));
        }
    }

    void badFiltersAreRefusedClearly()
    {
        ConversationFilter filter;
        QString error;
        QVERIFY(
            !fromJson(QJsonDocument::fromJson(R"({"sorcery":true})").object(), &filter, &error));
        QVERIFY(error.startsWith(QStringLiteral("sorcery")));
        QVERIFY(!fromJson(QJsonDocument::fromJson(R"({"replied_in":{"count":2}})").object(),
                          &filter, &error));
        QVERIFY(!fromJson(
            QJsonDocument::fromJson(R"({"replied_in":{"count":2,"unit":"eons"}})").object(),
            &filter, &error));
        QVERIFY(!fromJson(QJsonDocument::fromJson(R"({"status":"archived"})").object(), &filter,
                          &error));
        QVERIFY(!fromJson(QJsonDocument::fromJson(R"({"channels":["one"]})").object(), &filter,
                          &error));

        filter = ConversationFilter();
        filter.repliedIn = Period{0, PeriodUnit::Days};
        filter.owner = UserRef{false, 0};
        const RuleErrors errors = validate(filter);
        QCOMPARE(errors.size(), 2);
        QVERIFY(hasError(errors, QStringLiteral("filter_period_invalid")));
        QVERIFY(hasError(errors, QStringLiteral("filter_user_missing")));
        QCOMPARE(errors.first().message(),
                 QStringLiteral("Enter a number from 1 to 999 for the period."));
        filter.repliedIn = Period{MaxPeriodCount + 1, PeriodUnit::Months};
        QVERIFY(hasError(validate(filter), QStringLiteral("filter_period_invalid")));
        filter.repliedIn = Period{MaxPeriodCount, PeriodUnit::Months};
        filter.owner = UserRef{true, 0};
        QVERIFY(validate(filter).isEmpty());
    }

    void savedViewJsonRoundTrips()
    {
        ConversationFilter filter;
        filter.scope = Scope::Mine;
        filter.notRepliedIn = Period{3, PeriodUnit::Weeks};
        filter.repliedIn = Period{1, PeriodUnit::Today};
        filter.messageTimeIn = Period{2, PeriodUnit::Months};
        filter.owner = UserRef{false, 7};
        filter.repliedBy = UserRef{true, 0};
        filter.status = ConversationStatus::Closed;
        filter.channelIds = {1, 3};
        filter.departments = {QStringLiteral("Vendas"), QStringLiteral("客服")};
        filter.unreadOnly = true;
        filter.awaitingReply = true;
        filter.search = QStringLiteral("注文");
        ConversationFilter back;
        QString error;
        QVERIFY2(fromJson(toJson(filter), &back, &error), qPrintable(error));
        QVERIFY(back == filter);
    }

private:
    FilterContext context(const QString &zone) const
    {
        return {Me, Now, QTimeZone(zone.toLatin1())};
    }

    QList<Id> ids(const ConversationFilter &filter, const QString &zone)
    {
        ConversationPage page;
        QString error;
        if (!fetchConversationPage(m_mirror.database(), filter, context(zone), {}, 100, &page,
                                   &error))
            qWarning() << "query failed:" << error;
        QList<Id> out;
        for (const Conversation &c : page.rows)
            out.append(c.id);
        return out;
    }

    QTemporaryDir m_dir;
    Mirror m_mirror;
};

QTEST_GUILESS_MAIN(MirrorFiltersTest)
#include "tst_mirrorfilters.moc"
